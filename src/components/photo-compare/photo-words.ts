/** The words the comparison puts on its photos: captions, alt texts, option labels, the gap between two. */
import { daysBetween, describeDate, isIsoDate } from '../../rules/index.ts';
import { plural } from '../../vocabulary/index.ts';
import type { ComparePhoto } from './photo-compare.ts';

/** "Tue 3 Mar 2026 · day 3", without the day when it is unknown. */
export function photoWords(photo: ComparePhoto): string {
  const date = isIsoDate(photo.date) ? describeDate(photo.date) : photo.date;
  return photo.day === null ? date : `${date} · day ${photo.day}`;
}

/** Alt text of a photo: "Crown, Tue 3 Mar 2026 (day 3)". */
export function photoAlt(photo: ComparePhoto): string {
  const date = isIsoDate(photo.date) ? describeDate(photo.date) : photo.date;
  return `${photo.areaLabel}, ${date}${photo.day === null ? '' : ` (day ${photo.day})`}`;
}

/** "3 days apart", "1 day apart", "Taken the same day"; '' when a date cannot be read. */
export function daysApartWords(a: ComparePhoto, b: ComparePhoto): string {
  if (!isIsoDate(a.date) || !isIsoDate(b.date)) return '';
  const days = Math.abs(daysBetween(a.date, b.date));
  return days === 0 ? 'Taken the same day' : `${plural(days, 'day')} apart`;
}

/** Option texts, told apart when two photos share a day ("… · photo 2"). */
export function optionLabels(photos: readonly ComparePhoto[]): string[] {
  const seen = new Map<string, number>();
  return photos.map((photo) => {
    const words = photoWords(photo);
    const count = (seen.get(words) ?? 0) + 1;
    seen.set(words, count);
    return count === 1 ? words : `${words} · photo ${count}`;
  });
}
