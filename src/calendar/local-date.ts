/**
 * The one place where an instant becomes a calendar date: the device's local date of "now".
 * Everything after this works on `YYYY-MM-DD` dates, so DST changes and travel never shift a day.
 */
import type { IsoDate } from '../rules/index.ts';

/** The local calendar date of `instant` in the device's current time zone. */
export function localDateOf(instant: Date): IsoDate {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(instant.getFullYear(), 4)}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}` as IsoDate;
}

/** Today's local calendar date. */
export function localToday(): IsoDate {
  return localDateOf(new Date());
}

/** Milliseconds from `instant` to the next local midnight (for refreshing "today"). */
export function msUntilNextLocalMidnight(instant: Date): number {
  const next = new Date(instant.getFullYear(), instant.getMonth(), instant.getDate() + 1, 0, 0, 0, 0);
  return Math.max(1000, next.getTime() - instant.getTime());
}
