/**
 * The daily photo reminder's rule, shared by the PWA and the extension: a time of day (`HH:MM`,
 * 24-hour, local), and when a reminder is due — the time is reached, today has no photo yet, and
 * none was shown today. Pure: the caller passes "now" and what it knows.
 */
import * as v from 'valibot';
import { localDateOf } from '../calendar/local-date.ts';
import type { IsoDate } from '../rules/index.ts';
import { quoteValue } from '../vocabulary/index.ts';

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

/** Minutes after local midnight of a reminder time. */
const minutesOf = (time: ReminderTime) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** What decides whether the reminder is due. */
export interface ReminderState {
  /** The reminder's time, or null when it is off. */
  readonly time: ReminderTime | null;
  /** Now, read as local time. */
  readonly now: Date;
  /** Whether today's diary has a photo already. */
  readonly photoToday: boolean;
  /** The day a reminder was last shown, or null. */
  readonly lastShown: IsoDate | null;
}

/** Whether to remind now: on, the time reached, no photo today, none shown today. */
export function reminderDue({ time, now, photoToday, lastShown }: ReminderState): boolean {
  if (time === null || photoToday || lastShown === localDateOf(now)) return false;
  return now.getHours() * 60 + now.getMinutes() >= minutesOf(time);
}

/**
 * The next moment the clock shows `time` after `now` (today's if still ahead, else tomorrow's), as a
 * local time: on a day when clocks change it is still that time on the wall (a time skipped by the
 * change comes when the clock reaches past it).
 */
export function nextReminderAt(time: ReminderTime, now: Date): Date {
  const at = new Date(
    now.getFullYear(),
    now.getMonth(),
    now.getDate(),
    Number(time.slice(0, 2)),
    Number(time.slice(3)),
  );
  if (at.getTime() <= now.getTime()) {
    return new Date(
      now.getFullYear(),
      now.getMonth(),
      now.getDate() + 1,
      Number(time.slice(0, 2)),
      Number(time.slice(3)),
    );
  }
  return at;
}
