/**
 * The daily photo reminder's time of day and its check, apart from the rule (photo-reminder.ts), so
 * the first screen, which checks settings and writes the plan message, carries only this.
 */
import * as v from 'valibot';
import { quoteValue } from '../vocabulary/text.ts';

/** A time of day, `HH:MM` (00:00–23:59), in the device's local time. */
export type ReminderTime = string & { readonly __reminderTime: true };

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Whether `value` is a reminder time (`HH:MM`, 24-hour). */
export function isReminderTime(value: unknown): value is ReminderTime {
  return typeof value === 'string' && TIME.test(value);
}

/** Schema of a reminder time, refused with a sentence part ("is "7pm", not a time like 19:30"). */
export const reminderTimeSchema = v.pipe(
  v.string('must be a time like 19:30'),
  v.check(
    (value: string) => TIME.test(value),
    (issue) => `is ${quoteValue(issue.input)}, not a time of day like 19:30`,
  ),
  v.transform((value: string) => value as ReminderTime),
);
