/** The diary's days for the photo timeline: which days it lists, each with its photos and check-in. */
import type { TimelineDay } from '../../src/components/photo-timeline/photo-timeline.ts';
import type { CheckInRecord, PhotoRecord } from '../../src/journal/records.ts';
import { compareDates, dayOfHealing, isIsoDate, shiftDays, type IsoDate, type Plan } from '../../src/rules/index.ts';

/**
 * How many days the diary lists one by one, back from today (three years). Older days are listed
 * only when they hold a photo or a session, so however old a stored date, the list stays short.
 */
export const DIARY_SPAN_DAYS = 3 * 366;

/** The diary's days, newest first: every day from the first session or photo to today (at most `DIARY_SPAN_DAYS`), then older days that hold something. */
export function timelineDays(
  plan: Plan,
  today: IsoDate,
  photos: readonly PhotoRecord[],
  checkIns: readonly CheckInRecord[],
): TimelineDay[] {
  // A date the rules cannot count from (year 0, stored by an older version or a crafted restore)
  // never sets the diary's span; its photos are listed last, on a day of their own without a number.
  const starts = [...plan.sessions.map((s) => s.date as IsoDate), ...photos.map((p) => p.date)].filter(
    (d) => isIsoDate(d) && compareDates(d, today) <= 0,
  );
  const unusable = [...new Set(photos.map((p) => p.date).filter((d) => !isIsoDate(d)))].sort(compareDates).reverse();
  if (starts.length === 0 && unusable.length === 0) return [];
  const first = starts.sort(compareDates)[0] ?? today;
  const horizon = shiftDays(today, 1 - DIARY_SPAN_DAYS);
  const dates: IsoDate[] = [];
  if (starts.length > 0)
    for (
      let date = today;
      compareDates(date, first) >= 0 && compareDates(date, horizon) >= 0;
      date = shiftDays(date, -1)
    )
      dates.push(date);
  dates.push(...new Set(starts.filter((d) => compareDates(d, horizon) < 0).reverse()), ...unusable);
  const byDate = new Map<string, PhotoRecord[]>();
  for (const photo of photos) byDate.set(photo.date, [...(byDate.get(photo.date) ?? []), photo]);
  const checkInOf = new Map(checkIns.map((c) => [c.date, c]));
  const sessions = new Set(plan.sessions.map((s) => s.date));
  return dates.map((date) => {
    const checkIn = checkInOf.get(date);
    return {
      date,
      day: dayOfHealing(plan, date),
      session: sessions.has(date),
      photos: byDate.get(date) ?? [],
      checkIn: checkIn ? (checkIn.flags[0]?.level ?? 'ok') : null,
    };
  });
}
