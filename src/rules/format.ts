/** Pure date wording for the rules' own texts (badge titles, milestones), in the active language. */
import { msg, str } from '@lit/localize';
import { UTCDateMini as UTCDate } from '@date-fns/utc/date/mini';
import type { IsoDate } from './types.ts';
import { wordsLanguage } from '../vocabulary/words.ts';

// UTC gives the same weekday in every time zone. Not Intl.DateTimeFormat: the first one a page
// creates costs it 20–35 ms (the locale data loads) on a cold start. Not date-fns' locales either:
// an English and a Spanish one cost the first screen and the extension's worker about 2 KB gzip
// each. The names and their order are messages of the catalogue instead, one per month (a
// translation puts the day, month and year in its own order: en-US "Dec 1, 2026", es "1 dic
// 2026"), so they load with the language, and the extension's worker gets them from chrome.i18n.
// (test/rules/format.test.ts checks them against Intl in each language.)
const WEEKDAYS = [
  () => msg('Sun', { id: 'weekdayShort0' }),
  () => msg('Mon', { id: 'weekdayShort1' }),
  () => msg('Tue', { id: 'weekdayShort2' }),
  () => msg('Wed', { id: 'weekdayShort3' }),
  () => msg('Thu', { id: 'weekdayShort4' }),
  () => msg('Fri', { id: 'weekdayShort5' }),
  () => msg('Sat', { id: 'weekdayShort6' }),
];
const SHORT = [
  (d: number, y: number) => msg(str`${d} Jan ${y}`, { id: 'dateShort1' }),
  (d: number, y: number) => msg(str`${d} Feb ${y}`, { id: 'dateShort2' }),
  (d: number, y: number) => msg(str`${d} Mar ${y}`, { id: 'dateShort3' }),
  (d: number, y: number) => msg(str`${d} Apr ${y}`, { id: 'dateShort4' }),
  (d: number, y: number) => msg(str`${d} May ${y}`, { id: 'dateShort5' }),
  (d: number, y: number) => msg(str`${d} Jun ${y}`, { id: 'dateShort6' }),
  (d: number, y: number) => msg(str`${d} Jul ${y}`, { id: 'dateShort7' }),
  (d: number, y: number) => msg(str`${d} Aug ${y}`, { id: 'dateShort8' }),
  (d: number, y: number) => msg(str`${d} Sep ${y}`, { id: 'dateShort9' }),
  (d: number, y: number) => msg(str`${d} Oct ${y}`, { id: 'dateShort10' }),
  (d: number, y: number) => msg(str`${d} Nov ${y}`, { id: 'dateShort11' }),
  (d: number, y: number) => msg(str`${d} Dec ${y}`, { id: 'dateShort12' }),
];
const LONG = [
  (d: number, y: number) => msg(str`${d} January ${y}`, { id: 'dateLong1' }),
  (d: number, y: number) => msg(str`${d} February ${y}`, { id: 'dateLong2' }),
  (d: number, y: number) => msg(str`${d} March ${y}`, { id: 'dateLong3' }),
  (d: number, y: number) => msg(str`${d} April ${y}`, { id: 'dateLong4' }),
  (d: number, y: number) => msg(str`${d} May ${y}`, { id: 'dateLong5' }),
  (d: number, y: number) => msg(str`${d} June ${y}`, { id: 'dateLong6' }),
  (d: number, y: number) => msg(str`${d} July ${y}`, { id: 'dateLong7' }),
  (d: number, y: number) => msg(str`${d} August ${y}`, { id: 'dateLong8' }),
  (d: number, y: number) => msg(str`${d} September ${y}`, { id: 'dateLong9' }),
  (d: number, y: number) => msg(str`${d} October ${y}`, { id: 'dateLong10' }),
  (d: number, y: number) => msg(str`${d} November ${y}`, { id: 'dateLong11' }),
  (d: number, y: number) => msg(str`${d} December ${y}`, { id: 'dateLong12' }),
];

const DATE_SHAPE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * Whether a date can be put in words: a date stored before dates were checked (year 0, or not a date
 * at all) is shown as it is, never as a wrong weekday (Date reads years 0–99 as 1900–1999).
 */
function describable(date: string): boolean {
  const match = DATE_SHAPE.exec(date);
  return match !== null && Number(match[1]) >= 1000;
}

// The same few dates recur day after day.
const described = new Map<string, string>();

/**
 * A short date for an ISO date, the same in every time zone, in the active language:
 * en-GB "Thu 5 Mar 2026", en-US "Thu, Mar 5, 2026", es "jue, 5 mar 2026".
 */
export function describeDate(date: IsoDate): string {
  if (!describable(date)) return date;
  const key = `${wordsLanguage()} ${date}`;
  let text = described.get(key);
  if (text === undefined) {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const weekday = (WEEKDAYS[new UTCDate(y, m - 1, d).getDay()] as () => string)();
    // The weekday's separator is a message of its own (en-US and es: ", "): an expression beside
    // another with only a space between would be one placeholder to a translator.
    text = `${weekday}${msg(' ', { id: 'weekdaySeparator' })}${(SHORT[m - 1] as (typeof SHORT)[number])(d, y)}`;
    if (described.size > 5000) described.clear();
    described.set(key, text);
  }
  return text;
}

/** A date in full words, the same in every time zone: en-GB "1 December 2026", en-US "December 1, 2026", es "1 de diciembre de 2026". */
export function describeDateLong(date: IsoDate): string {
  if (!describable(date)) return date;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return (LONG[m - 1] as (typeof LONG)[number])(d, y);
}
