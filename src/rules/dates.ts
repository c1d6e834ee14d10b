/**
 * Calendar-date arithmetic for the rules.
 *
 * Dates are plain calendar dates, so the arithmetic runs on `UTCDate`: a day is always a day,
 * whatever the device's time zone or a DST change. Turning "now" into a local date is not done
 * here (the rules have no clock); see `src/calendar/local-date.ts`.
 */
import { msg, str } from '@lit/localize';
// The minimal UTCDate: the full one builds three Intl formatters on import (25 ms on a cold start).
import { UTCDateMini as UTCDate } from '@date-fns/utc/date/mini';
import { addDays, addYears, differenceInCalendarDays, isValid } from 'date-fns';
import type { IsoDate } from './types.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/**
 * The years a date may fall in: anything outside is a typing slip or a hostile file, and refusing it
 * at every edge keeps the views bounded (a session in year 0 would make a timeline of 700,000 days).
 */
export const YEAR_RANGE = { first: 1900, last: 2100 } as const;
const CACHE_LIMIT = 20_000;
/** Dates already checked: plans are re-read every day, and checking builds a Date. */
const knownValid = new Set<string>();

/** Thrown for a date that is malformed or does not exist; the message names the value. */
export class InvalidDateError extends RangeError {
  override readonly name = 'InvalidDateError';
  /** The value that was refused. */
  readonly value: unknown;
  constructor(value: unknown, what: string, reason: string) {
    super(`${what} ${JSON.stringify(value)} is not a valid date: ${reason}.`);
    this.value = value;
  }
}

/** Why `value` is not a real `YYYY-MM-DD` date within `YEAR_RANGE` (a phrase), or null when it is one. */
export function whyNotIsoDate(value: unknown): string | null {
  if (typeof value === 'string' && knownValid.has(value)) return null;
  if (typeof value !== 'string') return msg('it must be text like 2026-03-01');
  const match = ISO_DATE.exec(value);
  if (!match) return msg('it must look like 2026-03-01 (year, month, day)');
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < YEAR_RANGE.first || year > YEAR_RANGE.last) {
    return msg(str`the year must be between ${YEAR_RANGE.first} and ${YEAR_RANGE.last}`);
  }
  if (month < 1 || month > 12) return msg(str`there is no month ${month}`);
  const date = new UTCDate(year, month - 1, day);
  if (!isValid(date) || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return msg(str`${year}-${match[2]} has no day ${day}`);
  }
  if (knownValid.size >= CACHE_LIMIT) knownValid.clear();
  knownValid.add(value);
  return null;
}

/** Checks that `value` is a real `YYYY-MM-DD` calendar date within `YEAR_RANGE` and returns it branded. */
export function parseIsoDate(value: unknown, what = 'The date'): IsoDate {
  const problem = whyNotIsoDate(value);
  if (problem !== null) throw new InvalidDateError(value, what, problem);
  return value as IsoDate;
}

/** True when `value` is a real `YYYY-MM-DD` date within `YEAR_RANGE`. */
export function isIsoDate(value: unknown): value is IsoDate {
  return whyNotIsoDate(value) === null;
}

function toUtc(date: IsoDate): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new UTCDate(y, m - 1, d);
}

function fromUtc(date: Date): IsoDate {
  const y = String(date.getUTCFullYear()).padStart(4, '0');
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}` as IsoDate;
}

// Dates are turned into day ordinals (whole calendar days since 1970-01-01, counted by date-fns)
// once and remembered: a year of `statusOn` touches a few hundred distinct dates many times over.
const EPOCH = new UTCDate(1970, 0, 1);
const ordinalOf = new Map<string, number>();
const dateOfOrdinal = new Map<number, IsoDate>();

function remember<K, V>(cache: Map<K, V>, key: K, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

function toOrdinal(date: IsoDate): number {
  return ordinalOf.get(date) ?? remember(ordinalOf, date, differenceInCalendarDays(toUtc(date), EPOCH));
}

function fromOrdinal(ordinal: number): IsoDate {
  return dateOfOrdinal.get(ordinal) ?? remember(dateOfOrdinal, ordinal, fromUtc(addDays(EPOCH, ordinal)));
}

/** The date `days` calendar days after `date` (negative for before). */
export function shiftDays(date: IsoDate, days: number): IsoDate {
  return fromOrdinal(toOrdinal(date) + days);
}

/** The date `years` calendar years after `date` (29 February falls back to 28 February). */
export function shiftYears(date: IsoDate, years: number): IsoDate {
  return fromUtc(addYears(toUtc(date), years));
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toOrdinal(to) - toOrdinal(from);
}

/** The day number of `date` counted from `session` (the session itself is day 1). */
export function dayNumber(session: IsoDate, date: IsoDate): number {
  return daysBetween(session, date) + 1;
}

/** The date of day `day` counted from `session`. */
export function dateOfDay(session: IsoDate, day: number): IsoDate {
  return shiftDays(session, day - 1);
}

/** Compares two ISO dates (they sort as text). */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
