/** The words the comparison puts on its photos: captions, alt texts, option labels, the gap between two. */
import { daysBetween, describeDate, isIsoDate } from '../../rules/index.ts';
import { msg, str } from '@lit/localize';
import type { ComparePhoto } from './photo-compare.ts';

/** "Tue 3 Mar 2026 · day 3", without the day when it is unknown. */
export function photoWords(photo: ComparePhoto): string {
  const date = isIsoDate(photo.date) ? describeDate(photo.date) : photo.date;
  return photo.day === null ? date : msg(str`${date} · day ${photo.day}`);
}

/** Alt text of a photo: "Crown, Tue 3 Mar 2026 (day 3)". */
export function photoAlt(photo: ComparePhoto): string {
  const date = isIsoDate(photo.date) ? describeDate(photo.date) : photo.date;
  const area = photo.areaLabel;
  return photo.day === null ? msg(str`${area}, ${date}`) : msg(str`${area}, ${date} (day ${photo.day})`);
}

/** "3 days apart", "1 day apart", "Taken the same day"; '' when a date cannot be read. */
export function daysApartWords(a: ComparePhoto, b: ComparePhoto): string {
  if (!isIsoDate(a.date) || !isIsoDate(b.date)) return '';
  const days = Math.abs(daysBetween(a.date, b.date));
  if (days === 0) return msg('Taken the same day');
  return days === 1 ? msg('1 day apart') : msg(str`${days} days apart`);
}

/** Option texts, told apart when two photos share a day ("… · photo 2"). */
export function optionLabels(photos: readonly ComparePhoto[]): string[] {
  const seen = new Map<string, number>();
  return photos.map((photo) => {
    const words = photoWords(photo);
    const count = (seen.get(words) ?? 0) + 1;
    seen.set(words, count);
    return count === 1 ? words : msg(str`${words} · photo ${count}`);
  });
}
