/**
 * The plan laid out on the calendar: which session a date counts from, and the dates a rule is
 * in force within each stretch between sessions. `status.ts` and `milestones.ts` both read it.
 *
 * A stretch (segment) runs from one session to the day before the next. Each session restarts
 * the per-session rules, so within a stretch only its own session counts. A rule anchored to the
 * final session counts its end from the session marked final (or, while none is, the latest
 * session of the plan), and never from earlier than the stretch's own session: the stricter reading.
 */
import { compareDates, dateOfDay, parseIsoDate, shiftDays, shiftYears } from './dates.ts';
import type { IsoDate, Plan, Rule } from './types.ts';

/** A plan checked and sorted for calendar work. */
export interface Schedule {
  /** Session dates, sorted, without duplicates. */
  readonly sessions: readonly IsoDate[];
  /** The session the final-anchored rules count from, or null with no sessions. */
  readonly finalAnchor: IsoDate | null;
  /** False when no session is marked final and the latest one stands in for it. */
  readonly finalMarked: boolean;
}

/** The dates a rule is in force within one stretch; `end` null = until the plan changes. */
export interface Span {
  readonly start: IsoDate;
  readonly end: IsoDate | null;
  /** The rule's own end before clipping to the stretch; null = never lifts. */
  readonly naturalEnd: IsoDate | null;
}

/** Checks every session date (naming a bad one) and sorts the sessions. */
export function scheduleOf(plan: Plan): Schedule {
  if (!plan || !Array.isArray(plan.sessions)) {
    throw new TypeError('The plan must be an object with a "sessions" list.');
  }
  const dates = new Set<IsoDate>();
  let marked: IsoDate | null = null;
  for (const session of plan.sessions) {
    const date = parseIsoDate(session?.date, 'The session date');
    dates.add(date);
    if (session.final === true && (marked === null || compareDates(date, marked) > 0)) marked = date;
  }
  const sessions = [...dates].sort(compareDates);
  return { sessions, finalAnchor: marked ?? sessions.at(-1) ?? null, finalMarked: marked !== null };
}

/** Index of the latest session on or before `date`, or -1 when there is none. */
export function segmentIndexOn(schedule: Schedule, date: IsoDate): number {
  let index = -1;
  for (const [i, session] of schedule.sessions.entries()) {
    if (compareDates(session, date) <= 0) index = i;
    else break;
  }
  return index;
}

/** Last date of stretch `index`: the day before the next session, or null for the last stretch. */
export function segmentEnd(schedule: Schedule, index: number): IsoDate | null {
  const next = schedule.sessions[index + 1];
  return next === undefined ? null : shiftDays(next, -1);
}

function naturalEndFrom(rule: Rule, anchor: IsoDate): IsoDate | null {
  const window = rule.window;
  if ('toYears' in window) {
    // A year after 29 February is 1 March in a common year (the stricter reading), not 28 February.
    const anniversary = shiftYears(anchor, window.toYears);
    const lifted =
      anchor.endsWith('-02-29') && !anniversary.endsWith('-02-29') ? shiftDays(anniversary, 1) : anniversary;
    return shiftDays(lifted, -1);
  }
  return window.toDay === null ? null : dateOfDay(anchor, window.toDay);
}

/** The dates `rule` is in force within stretch `index`, or null when it is not in force there. */
export function spanIn(schedule: Schedule, rule: Rule, index: number): Span | null {
  const session = schedule.sessions[index];
  if (session === undefined) return null;
  let anchor = session;
  if (rule.window.anchor === 'final-session' && schedule.finalAnchor !== null) {
    anchor = compareDates(schedule.finalAnchor, session) > 0 ? schedule.finalAnchor : session;
  }
  const start = dateOfDay(session, rule.window.fromDay);
  const naturalEnd = naturalEndFrom(rule, anchor);
  const stretchEnd = segmentEnd(schedule, index);
  if (stretchEnd !== null && compareDates(start, stretchEnd) > 0) return null;
  if (naturalEnd !== null && compareDates(naturalEnd, start) < 0) return null;
  let end = naturalEnd;
  if (stretchEnd !== null && (end === null || compareDates(end, stretchEnd) > 0)) end = stretchEnd;
  return { start, end, naturalEnd };
}

/** True when `rule` is in force on `date`. */
export function inForceOn(schedule: Schedule, rule: Rule, date: IsoDate): boolean {
  const span = spanIn(schedule, rule, segmentIndexOn(schedule, date));
  return (
    span !== null && compareDates(span.start, date) <= 0 && (span.end === null || compareDates(date, span.end) <= 0)
  );
}

/**
 * The last date of the unbroken run of days, from `date` on, on which `rule` is in force,
 * following it across planned sessions that renew it; null when the run never ends.
 */
export function lastDayInForce(schedule: Schedule, rule: Rule, date: IsoDate): IsoDate | null {
  let index = segmentIndexOn(schedule, date);
  for (;;) {
    const span = spanIn(schedule, rule, index);
    if (span === null) return null;
    const stretchEnd = segmentEnd(schedule, index);
    const next = schedule.sessions[index + 1];
    if (span.end === null || stretchEnd === null || next === undefined || span.end !== stretchEnd) return span.end;
    const following = spanIn(schedule, rule, index + 1);
    if (following === null || following.start !== next) return span.end;
    index += 1;
  }
}

/** The first date of the stretch-local run of days in which `rule` is in force on `date`. */
export function firstDayInForce(schedule: Schedule, rule: Rule, date: IsoDate): IsoDate {
  const span = spanIn(schedule, rule, segmentIndexOn(schedule, date));
  return span?.start ?? date;
}
