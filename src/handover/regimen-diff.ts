/**
 * What a regimen from a link or file would change, rule by rule, in words a person reads before
 * saying yes: "Keep your scalp dry: 3 days instead of 5", "New: …", "Removed: …", "Levels: strict
 * care for 3 days instead of 5". Rules are matched by id; where a rule comes from (`source`) is
 * not advice, so it is not compared.
 */
import { msg, str } from '@lit/localize';
import type { LevelBounds, Regimen, Rule, RuleWindow } from '../rules/index.ts';
import { LEVEL_LABELS, plural } from '../vocabulary/index.ts';

/** How long a rule window lasts, in words: "5 days", "days 6–10", "from day 31 on", "always", "1 year after the final session". */
export function windowWords(window: RuleWindow): string {
  const span = spanWords(window);
  return window.anchor === 'final-session' ? msg(str`${span} after the final session`) : span;
}

const days = (n: number) => plural(n, msg('day'), msg('days'));
const years = (n: number) => plural(n, msg('year'), msg('years'));

function spanWords(window: RuleWindow): string {
  const { fromDay } = window;
  if ('toYears' in window) {
    const length = years(window.toYears);
    return fromDay === 1 ? length : msg(str`from day ${fromDay} for ${length}`);
  }
  const { toDay } = window;
  if (toDay === null) return fromDay === 1 ? msg('always') : msg(str`from day ${fromDay} on`);
  if (fromDay === 1) return days(toDay);
  return fromDay === toDay ? msg(str`day ${fromDay}`) : msg(str`days ${fromDay}–${toDay}`);
}

/** "3 days instead of 5" when both are a plain number of days from day 1, else both in full. */
function windowChange(was: RuleWindow, now: RuleWindow): string {
  const plain = (w: RuleWindow) => ('toDay' in w && w.fromDay === 1 && w.toDay !== null ? w.toDay : null);
  const [before, after] = [plain(was), plain(now)];
  if (before !== null && after !== null && was.anchor === now.anchor) {
    const length = days(after);
    return now.anchor === 'final-session'
      ? msg(str`${length} instead of ${before} after the final session`)
      : msg(str`${length} instead of ${before}`);
  }
  const [then, today] = [windowWords(was), windowWords(now)];
  return msg(str`${today} instead of ${then}`);
}

const sameWindow = (a: RuleWindow, b: RuleWindow) => windowWords(a) === windowWords(b);

/** The changes to one rule kept under the same id, each as a sentence. */
function ruleChanges(was: Rule, now: Rule): string[] {
  const name = now.title;
  const changes: string[] = [];
  if (was.title !== now.title) changes.push(msg(str`“${was.title}” is now called “${now.title}”`));
  if (was.kind !== now.kind)
    changes.push(
      now.kind === 'do'
        ? msg(str`${name}: now something to do (it was something to avoid)`)
        : msg(str`${name}: now something to avoid (it was something to do)`),
    );
  if (!sameWindow(was.window, now.window)) changes.push(`${name}: ${windowChange(was.window, now.window)}`);
  if (was.text !== now.text) changes.push(msg(str`${name}: the advice now reads “${now.text}”`));
  if (was.milestone !== now.milestone)
    changes.push(
      now.milestone === undefined
        ? msg(str`${name}: no milestone any more (it was “${was.milestone ?? ''}”)`)
        : msg(str`${name}: the milestone now reads “${now.milestone}”`),
    );
  const [timesWas, timesNow] = [was.timesPerDay ?? 1, now.timesPerDay ?? 1];
  if (timesWas !== timesNow) {
    const times = plural(timesNow, msg('time'), msg('times'));
    changes.push(msg(str`${name}: ${times} a day instead of ${timesWas}`));
  }
  return changes;
}

/** The level changes, as one sentence, or none. */
function levelChanges(was: LevelBounds, now: LevelBounds): string[] {
  const word = (level: 'strict' | 'caution' | 'limited') => LEVEL_LABELS[level].toLowerCase();
  const parts: string[] = [];
  if (was.strictUntilDay !== now.strictUntilDay) {
    const [level, length, before] = [word('strict'), days(now.strictUntilDay), was.strictUntilDay];
    parts.push(msg(str`${level} for ${length} instead of ${before}`));
  }
  if (was.cautionUntilDay !== now.cautionUntilDay) {
    const [level, day, before] = [word('caution'), now.cautionUntilDay, was.cautionUntilDay];
    parts.push(msg(str`${level} until day ${day} instead of ${before}`));
  }
  if (was.limitedUntilDay !== now.limitedUntilDay) {
    const [level, day, before] = [word('limited'), now.limitedUntilDay, was.limitedUntilDay];
    parts.push(msg(str`${level} until day ${day} instead of ${before}`));
  }
  const list = parts.join('; ');
  return parts.length ? [msg(str`Levels: ${list}`)] : [];
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
    .map((rule) => {
      const window = windowWords(rule.window);
      return rule.kind === 'do'
        ? msg(str`New: ${rule.title} (to do, ${window})`)
        : msg(str`New: ${rule.title} (to avoid, ${window})`);
    });
  const removed = current.rules
    .filter((rule) => !after.has(rule.id))
    .map((rule) => {
      const window = windowWords(rule.window);
      return msg(str`Removed: ${rule.title} (${window})`);
    });
  return [...changed, ...added, ...removed, ...levelChanges(current.levels, incoming.levels)];
}

/**
 * Whether `incoming` would change anything the person is told or whose regimen they follow: its
 * id, its name (shown on the card) or its advice. The app and the extension's options page both ask this.
 */
export function regimenDiffers(current: Regimen, incoming: Regimen): boolean {
  return (
    current.id !== incoming.id || current.name !== incoming.name || describeRegimenChanges(current, incoming).length > 0
  );
}
