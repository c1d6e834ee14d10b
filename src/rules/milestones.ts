/** The dated list of changes of a plan: sessions, rules that lift, rules that start. */
import { compareDates, dayNumber, shiftDays } from './dates.ts';
import { DEFAULT_REGIMEN } from './default-regimen.ts';
import { describeDate } from './format.ts';
import { scheduleOf, segmentEnd, spanIn, type Schedule } from './schedule.ts';
import { msg, str } from '@lit/localize';
import type { IsoDate, Milestone, Plan, Regimen, Rule } from './types.ts';
import { lowerFirst } from '../vocabulary/words.ts';

const provisional = () =>
  msg(' (counted from your latest session, as none is marked final: mark the final one to be exact)');
/** The same note, short enough for a countdown and a calendar event's title. */
const provisionalShort = () => msg(' (counted from your latest session)');

/** "Day 31: Sun allowed with SPF 30–50 on the scalp": a milestone's one line (a countdown, a calendar title). */
const summaryOf = (day: number, label: string, note: string) => msg(str`Day ${day}: ${label}${note}`);
/** "From Fri 13 Mar 2026: exercise and sweating allowed." */
const messageOf = (date: IsoDate, label: string, note: string) =>
  msg(str`From ${describeDate(date)}: ${lowerFirst(label)}${note}.`);

function ruleMilestone(
  schedule: Schedule,
  rule: Rule,
  index: number,
  order: number,
): (Found & { order: number }) | null {
  const session = schedule.sessions[index];
  const span = spanIn(schedule, rule, index);
  if (session === undefined || span === null) return null;
  const stretchEnd = segmentEnd(schedule, index);
  const counted = rule.window.anchor === 'final-session' && !schedule.finalMarked;
  const note = counted ? provisional() : '';
  const shortNote = counted ? provisionalShort() : '';
  if (rule.kind === 'avoid') {
    if (span.naturalEnd === null || (stretchEnd !== null && compareDates(span.naturalEnd, stretchEnd) >= 0))
      return null;
    const date = shiftDays(span.naturalEnd, 1);
    const label = rule.milestone ?? msg(str`No longer needed: ${rule.title.toLowerCase()}`);
    const day = dayNumber(session, date);
    return {
      date,
      day,
      sessionDate: session,
      type: 'allowed',
      ruleId: rule.id,
      change: `${label}${shortNote}`,
      summary: summaryOf(day, label, shortNote),
      message: messageOf(date, label, note),
      order,
    };
  }
  if (span.start === session) return null;
  const label = rule.milestone ?? rule.title;
  const day = dayNumber(session, span.start);
  return {
    date: span.start,
    day,
    sessionDate: session,
    type: 'starts',
    ruleId: rule.id,
    change: `${label}${shortNote}`,
    summary: summaryOf(day, label, shortNote),
    message: messageOf(span.start, label, note),
    order,
  };
}

/** A milestone, with what changes in words without its day ("Sun allowed with SPF 30–50 on the scalp"), for `statusOn`. */
export type Found = Milestone & { readonly change: string };

/** Milestones for an already checked schedule (shared with `statusOn`). */
export function milestonesOf(schedule: Schedule, regimen: Regimen): Found[] {
  const found: (Found & { order: number })[] = [];
  for (const [index, session] of schedule.sessions.entries()) {
    found.push({
      date: session,
      day: 1,
      sessionDate: session,
      type: 'session',
      ruleId: null,
      change: msg('treatment session'),
      summary: summaryOf(1, msg('treatment session'), ''),
      message: msg(str`Treatment session on ${describeDate(session)}: the strictest aftercare days start again.`),
      order: -1,
    });
    for (const [order, rule] of regimen.rules.entries()) {
      const milestone = ruleMilestone(schedule, rule, index, order);
      if (milestone) found.push(milestone);
    }
  }
  found.sort((a, b) => compareDates(a.date, b.date) || a.order - b.order);
  return found.map(({ order: _order, ...milestone }) => milestone);
}

/**
 * The dated list of changes for a plan: each session, each rule that lifts ("from … you may …"),
 * each rule that starts after the session day. Sorted by date; for countdowns, the calendar
 * export and notifications.
 */
export function milestones(plan: Plan, regimen: Regimen = DEFAULT_REGIMEN): Milestone[] {
  return milestonesOf(scheduleOf(plan), regimen).map(({ change: _change, ...milestone }) => milestone);
}

/** `milestones` with what changes in words without the day ("Sun allowed with SPF 30–50 on the scalp"), for a notification. */
export function milestonesWithChanges(plan: Plan, regimen: Regimen = DEFAULT_REGIMEN): Found[] {
  return milestonesOf(scheduleOf(plan), regimen);
}
