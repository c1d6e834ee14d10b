/**
 * What a regimen from a link or file would change, rule by rule, in words a person reads before
 * saying yes: "Keep your scalp dry: 3 days instead of 5", "New: …", "Removed: …", "Levels: strict
 * care for 3 days instead of 5". Rules are matched by id; where a rule comes from (`source`) is
 * not advice, so it is not compared.
 */
import type { LevelBounds, Regimen, Rule, RuleWindow } from '../rules/index.ts';
import { LEVEL_LABELS, plural } from '../vocabulary/index.ts';

/** How long a rule window lasts, in words: "5 days", "days 6–10", "from day 31 on", "always", "1 year after the final session". */
export function windowWords(window: RuleWindow): string {
  return spanWords(window) + (window.anchor === 'final-session' ? ' after the final session' : '');
}

function spanWords(window: RuleWindow): string {
  if ('toYears' in window)
    return window.fromDay === 1
      ? plural(window.toYears, 'year')
      : `from day ${window.fromDay} for ${plural(window.toYears, 'year')}`;
  if (window.toDay === null) return window.fromDay === 1 ? 'always' : `from day ${window.fromDay} on`;
  if (window.fromDay === 1) return plural(window.toDay, 'day');
  return window.fromDay === window.toDay ? `day ${window.fromDay}` : `days ${window.fromDay}–${window.toDay}`;
}

/** "3 days instead of 5" when both are a plain number of days from day 1, else both in full. */
function windowChange(was: RuleWindow, now: RuleWindow): string {
  const days = (w: RuleWindow) => ('toDay' in w && w.fromDay === 1 && w.toDay !== null ? w.toDay : null);
  const [before, after] = [days(was), days(now)];
  if (before !== null && after !== null && was.anchor === now.anchor)
    return `${plural(after, 'day')} instead of ${before}${now.anchor === 'final-session' ? ' after the final session' : ''}`;
  return `${windowWords(now)} instead of ${windowWords(was)}`;
}

const sameWindow = (a: RuleWindow, b: RuleWindow) => windowWords(a) === windowWords(b);

/** The changes to one rule kept under the same id, each as a sentence. */
function ruleChanges(was: Rule, now: Rule): string[] {
  const name = now.title;
  const changes: string[] = [];
  if (was.title !== now.title) changes.push(`“${was.title}” is now called “${now.title}”`);
  if (was.kind !== now.kind)
    changes.push(`${name}: now something to ${now.kind === 'do' ? 'do' : 'avoid'} (it was something to ${was.kind})`);
  if (!sameWindow(was.window, now.window)) changes.push(`${name}: ${windowChange(was.window, now.window)}`);
  if (was.text !== now.text) changes.push(`${name}: the advice now reads “${now.text}”`);
  if (was.milestone !== now.milestone)
    changes.push(
      now.milestone === undefined
        ? `${name}: no milestone any more (it was “${was.milestone}”)`
        : `${name}: the milestone now reads “${now.milestone}”`,
    );
  const [timesWas, timesNow] = [was.timesPerDay ?? 1, now.timesPerDay ?? 1];
  if (timesWas !== timesNow) changes.push(`${name}: ${plural(timesNow, 'time')} a day instead of ${timesWas}`);
  return changes;
}

/** The level changes, as one sentence, or none. */
function levelChanges(was: LevelBounds, now: LevelBounds): string[] {
  const word = (level: 'strict' | 'caution' | 'limited') => LEVEL_LABELS[level].toLowerCase();
  const parts: string[] = [];
  if (was.strictUntilDay !== now.strictUntilDay)
    parts.push(`${word('strict')} for ${plural(now.strictUntilDay, 'day')} instead of ${was.strictUntilDay}`);
  if (was.cautionUntilDay !== now.cautionUntilDay)
    parts.push(`${word('caution')} until day ${now.cautionUntilDay} instead of ${was.cautionUntilDay}`);
  if (was.limitedUntilDay !== now.limitedUntilDay)
    parts.push(`${word('limited')} until day ${now.limitedUntilDay} instead of ${was.limitedUntilDay}`);
  return parts.length ? [`Levels: ${parts.join('; ')}`] : [];
}

/**
 * The differences between the regimen in use and another one, as sentences in the order a person
 * meets them: changed rules (in the new regimen's order), new rules, removed rules, the levels.
 * Empty when the advice is the same (the name may still differ).
 */
export function describeRegimenChanges(current: Regimen, incoming: Regimen): string[] {
  const before = new Map(current.rules.map((rule) => [rule.id, rule]));
  const after = new Set(incoming.rules.map((rule) => rule.id));
  const changed = incoming.rules.flatMap((rule) => {
    const was = before.get(rule.id);
    return was ? ruleChanges(was, rule) : [];
  });
  const added = incoming.rules
    .filter((rule) => !before.has(rule.id))
    .map((rule) => `New: ${rule.title} (${rule.kind === 'do' ? 'to do' : 'to avoid'}, ${windowWords(rule.window)})`);
  const removed = current.rules
    .filter((rule) => !after.has(rule.id))
    .map((rule) => `Removed: ${rule.title} (${windowWords(rule.window)})`);
  return [...changed, ...added, ...removed, ...levelChanges(current.levels, incoming.levels)];
}
