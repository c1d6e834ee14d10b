/** `statusOn`: what a person may and may not do on one calendar date. */
import { msg, str } from '@lit/localize';
import { compareDates, daysBetween, dayNumber, parseIsoDate } from './dates.ts';
import { DEFAULT_REGIMEN } from './default-regimen.ts';
import { describeDate } from './format.ts';
import { milestonesOf } from './milestones.ts';
import { firstDayInForce, inForceOn, lastDayInForce, scheduleOf, segmentIndexOn, type Schedule } from './schedule.ts';
import type { ActiveRule, Badge, IsoDate, Level, Plan, Regimen, Status } from './types.ts';
// The vocabulary is pure and compiles under this folder's no-DOM tsconfig (see src/vocabulary/README.md).
import { LEVEL_COLORS, LEVEL_LABELS } from '../vocabulary/levels.ts';
import { lowerFirst } from '../vocabulary/words.ts';

/** The longest day number the badge shows (badges fit about 4 characters); beyond it, "999+". */
const BADGE_MAX_DAY = 999;

/** The level of day `day` under a regimen's level bounds. */
export function levelOfDay(day: number | null, regimen: Regimen): Level {
  if (day === null || day < 1) return 'none';
  const { strictUntilDay, cautionUntilDay, limitedUntilDay } = regimen.levels;
  if (day <= strictUntilDay) return 'strict';
  if (day <= cautionUntilDay) return 'caution';
  if (day <= limitedUntilDay) return 'limited';
  return 'clear';
}

function badgeFor(level: Level, day: number | null, active: readonly ActiveRule[], nextSession: IsoDate | null): Badge {
  const color = LEVEL_COLORS[level];
  if (day === null) {
    const title = nextSession
      ? msg(str`SMP aftercare: next session on ${describeDate(nextSession)}`)
      : msg('SMP aftercare: no treatment plan yet, open to add your session date');
    return { text: '', title, color };
  }
  // The day number, on every level: no mark that could read as "all clear" (docs/DESIGN.md, levels).
  const text = day <= BADGE_MAX_DAY ? String(day) : `${BADGE_MAX_DAY}+`;
  const firstAvoid = active.find((rule) => rule.kind === 'avoid' && rule.until !== null);
  const firstDo = active.find((rule) => rule.kind === 'do');
  let headline: string;
  if (level !== 'clear' && firstAvoid) {
    headline = msg(str`${firstAvoid.title} until ${describeDate(firstAvoid.until as IsoDate)}`);
  } else if (firstDo) {
    headline = firstDo.title;
  } else {
    headline = active[0]?.title ?? msg('no restrictions today');
  }
  const label = LEVEL_LABELS[level];
  return { text, title: msg(str`Day ${day} · ${label}: ${lowerFirst(headline)}`), color };
}

/**
 * The day of healing on `date` (a `YYYY-MM-DD` local date): day 1 is the latest session on or
 * before it; null before the first session. The `day` of `statusOn`, without working out the rules
 * (the diary asks it of every day it lists). Throws a RangeError as `statusOn` does.
 */
export function healingDayOn(plan: Plan, date: string): number | null {
  const day = parseIsoDate(date, 'The date');
  const session = sessionOn(scheduleOf(plan), day);
  return session === null ? null : dayNumber(session, day);
}

/** The latest session on or before `date`, or null. */
const sessionOn = (schedule: Schedule, date: IsoDate): IsoDate | null =>
  schedule.sessions[segmentIndexOn(schedule, date)] ?? null;

/**
 * What the plan means on `today` (a `YYYY-MM-DD` local date): the day number, the level, the
 * rules in force with the last date of each, the next session and change, and the badge.
 * Throws a RangeError naming the value for a malformed or impossible date.
 */
export function statusOn(plan: Plan, today: string, regimen: Regimen = DEFAULT_REGIMEN): Status {
  const date = parseIsoDate(today, 'The date');
  const schedule = scheduleOf(plan);
  const sessionDate = sessionOn(schedule, date);
  const day = sessionDate === null ? null : dayNumber(sessionDate, date);
  const level = levelOfDay(day, regimen);
  const upcomingSessions = schedule.sessions.filter((session) => compareDates(session, date) > 0);
  const nextSession = upcomingSessions[0] ?? null;

  const inForce = sessionDate === null ? [] : regimen.rules.filter((rule) => inForceOn(schedule, rule, date));
  const ordered = [...inForce.filter((r) => r.kind === 'avoid'), ...inForce.filter((r) => r.kind === 'do')];
  const active: ActiveRule[] = ordered.map((rule) => {
    const entry: ActiveRule = {
      id: rule.id,
      kind: rule.kind,
      title: rule.title,
      text: rule.text,
      until: lastDayInForce(schedule, rule, date),
      since: firstDayInForce(schedule, rule, date),
      timesPerDay: rule.timesPerDay ?? 1,
    };
    return rule.window.anchor === 'final-session' && !schedule.finalMarked
      ? { ...entry, note: msg('Counted from your latest session, as none is marked final.') }
      : entry;
  });

  const upcoming = milestonesOf(schedule, regimen).find((m) => compareDates(m.date, date) > 0 && m.type !== 'session');
  const nextChange = upcoming
    ? {
        date: upcoming.date,
        inDays: daysBetween(date, upcoming.date),
        ruleId: upcoming.ruleId,
        message: upcoming.change,
      }
    : null;

  return {
    date,
    day,
    level,
    sessionDate,
    active,
    nextSession,
    upcomingSessions,
    nextChange,
    badge: badgeFor(level, day, active, nextSession),
  };
}
