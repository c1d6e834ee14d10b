/**
 * The daily photo reminder's rule, shared by the PWA and the extension: a time of day (`HH:MM`,
 * 24-hour, local), and when a reminder is due — the time is reached, today has no photo yet, and
 * none was shown today. Pure: the caller passes "now" and what it knows.
 */
import { localDateOf } from '../calendar/local-date.ts';
import type { IsoDate } from '../rules/index.ts';
import type { ReminderTime } from './reminder-time.ts';

export { isReminderTime, reminderTimeSchema, type ReminderTime } from './reminder-time.ts';

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
