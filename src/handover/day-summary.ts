/**
 * A regimen day by day, for the handout a technician gives clients: runs of days with the same
 * level and the same rules in force ("Days 1–3 · Strict care: avoid …; do …"), counted from one
 * session (which is the final one, so the rules that count from the final session show too).
 */
import { msg, str } from '@lit/localize';
import {
  DEFAULT_REGIMEN,
  shiftDays,
  statusOn,
  type IsoDate,
  type Level,
  type Regimen,
  type Rule,
} from '../rules/index.ts';
import { plural } from '../vocabulary/index.ts';

/** A run of days with the same advice. */
export interface DaySpan {
  readonly fromDay: number;
  /** Last day of the run; null for the last run, which goes on. */
  readonly toDay: number | null;
  readonly level: Level;
  /** Titles of the rules to avoid, with how long a rule lasts when it outlasts the table ("for 1 year after the final session"). */
  readonly avoid: readonly string[];
  readonly do: readonly string[];
}

// Any date does: the rules count in days. One with no leap day near keeps the year rules plain.
const SAMPLE_SESSION = '2025-01-01' as IsoDate;

/** The last day worth a row: the day after the last change a window or level makes. */
function lastChangeDay(regimen: Regimen): number {
  const ends = regimen.rules.map((rule) =>
    'toDay' in rule.window && rule.window.toDay !== null ? rule.window.toDay + 1 : rule.window.fromDay,
  );
  return Math.max(regimen.levels.limitedUntilDay + 1, ...ends);
}

/** A rule's title, with how long it lasts when that is beyond the table (years, or for good). */
function titleOf(rule: Rule, openRow: boolean): string {
  if (openRow && 'toYears' in rule.window) {
    const years = plural(rule.window.toYears, msg('year'), msg('years'));
    return rule.window.anchor === 'final-session'
      ? msg(str`${rule.title} (for ${years} after your final session)`)
      : msg(str`${rule.title} (for ${years} after your session)`);
  }
  return rule.title;
}

/** The regimen as runs of days, in order; the last run has no end. */
export function daySpans(regimen: Regimen = DEFAULT_REGIMEN): DaySpan[] {
  const plan = { sessions: [{ date: SAMPLE_SESSION, final: true }] };
  const rules = new Map(regimen.rules.map((rule) => [rule.id, rule]));
  const last = lastChangeDay(regimen);
  const spans: { fromDay: number; toDay: number; level: Level; key: string; ids: string[] }[] = [];
  for (let day = 1; day <= last; day += 1) {
    const status = statusOn(plan, shiftDays(SAMPLE_SESSION, day - 1), regimen);
    const ids = status.active.map((rule) => rule.id);
    const key = `${status.level}|${ids.join(',')}`;
    const previous = spans.at(-1);
    if (previous?.key === key) previous.toDay = day;
    else spans.push({ fromDay: day, toDay: day, level: status.level, key, ids });
  }
  return spans.map((span, index) => {
    const open = index === spans.length - 1;
    const titles = (kind: Rule['kind']) =>
      span.ids
        .map((id) => rules.get(id))
        .filter((rule): rule is Rule => rule?.kind === kind)
        .map((rule) => titleOf(rule, open));
    return {
      fromDay: span.fromDay,
      toDay: open ? null : span.toDay,
      level: span.level,
      avoid: titles('avoid'),
      do: titles('do'),
    };
  });
}

/** "Day 1", "Days 1–3", "From day 31". */
export function spanDaysWords(span: Pick<DaySpan, 'fromDay' | 'toDay'>): string {
  const { fromDay, toDay } = span;
  if (toDay === null) return msg(str`From day ${fromDay}`);
  return toDay === fromDay ? msg(str`Day ${fromDay}`) : msg(str`Days ${fromDay}–${toDay}`);
}
