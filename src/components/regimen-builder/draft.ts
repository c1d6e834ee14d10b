/**
 * The regimen as the builder edits it: every field as typed (a number may be NaN while a field is
 * empty), turned into regimen JSON for the rules' own validation on every change.
 */
import { MAX_RULE_ID_LENGTH, type Regimen, type Rule, type RuleAnchor, type RuleKind } from '../../rules/index.ts';

/** How a rule's window ends. */
export type RuleEnd = 'day' | 'years' | 'never';

/** One rule being edited. */
export interface DraftRule {
  readonly id: string;
  readonly kind: RuleKind;
  readonly anchor: RuleAnchor;
  readonly fromDay: number;
  readonly end: RuleEnd;
  readonly toDay: number;
  readonly toYears: number;
  readonly title: string;
  readonly text: string;
  readonly milestone: string;
  readonly timesPerDay?: number;
}

/** The regimen being edited. */
export interface Draft {
  /** The studio's name, which is the regimen's name on the client's card. */
  readonly name: string;
  readonly strictUntilDay: number;
  readonly cautionUntilDay: number;
  readonly limitedUntilDay: number;
  readonly rules: readonly DraftRule[];
}

/** A rule as the builder edits it. */
export function draftRuleOf(rule: Rule): DraftRule {
  const w = rule.window;
  return {
    id: rule.id,
    kind: rule.kind,
    anchor: w.anchor,
    fromDay: w.fromDay,
    end: 'toYears' in w ? 'years' : w.toDay === null ? 'never' : 'day',
    toDay: 'toDay' in w && w.toDay !== null ? w.toDay : w.fromDay,
    toYears: 'toYears' in w ? w.toYears : 1,
    title: rule.title,
    text: rule.text,
    milestone: rule.milestone ?? '',
    ...(rule.timesPerDay === undefined ? {} : { timesPerDay: rule.timesPerDay }),
  };
}

/** A regimen as the builder edits it; the name starts empty (the studio's own is asked for). */
export function draftOf(regimen: Regimen, name = ''): Draft {
  return {
    name,
    strictUntilDay: regimen.levels.strictUntilDay,
    cautionUntilDay: regimen.levels.cautionUntilDay,
    limitedUntilDay: regimen.levels.limitedUntilDay,
    rules: regimen.rules.map(draftRuleOf),
  };
}

/** A new, empty rule with an id no other rule of `draft` has. */
export function newDraftRule(draft: Draft): DraftRule {
  const ids = new Set(draft.rules.map((rule) => rule.id));
  let n = 1;
  while (ids.has(`own-rule-${n}`)) n += 1;
  return {
    id: `own-rule-${n}`,
    kind: 'avoid',
    anchor: 'each-session',
    fromDay: 1,
    end: 'day',
    toDay: 7,
    toYears: 1,
    title: '',
    text: '',
    milestone: '',
  };
}

/** A regimen id from the studio's name ("Ink & Co." → "ink-co"), within the id's limit. */
export function idOf(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_RULE_ID_LENGTH)
    .replace(/^-+|-+$/g, '');
  // A name in another script has no letters for an id: the regimen still needs one.
  return slug || 'studio';
}

/**
 * The regimen JSON of a draft, not yet checked. Rules carry no `source`: the studio is their
 * source (and the link stays short); an empty milestone is left out.
 */
export function regimenJsonOf(draft: Draft): unknown {
  return {
    format: 1,
    id: idOf(draft.name),
    name: draft.name,
    levels: {
      strictUntilDay: draft.strictUntilDay,
      cautionUntilDay: draft.cautionUntilDay,
      limitedUntilDay: draft.limitedUntilDay,
    },
    rules: draft.rules.map((rule) => ({
      id: rule.id,
      kind: rule.kind,
      window:
        rule.end === 'years'
          ? { anchor: rule.anchor, fromDay: rule.fromDay, toYears: rule.toYears }
          : { anchor: rule.anchor, fromDay: rule.fromDay, toDay: rule.end === 'never' ? null : rule.toDay },
      title: rule.title,
      text: rule.text,
      ...(rule.milestone.trim() ? { milestone: rule.milestone } : {}),
      ...(rule.timesPerDay === undefined ? {} : { timesPerDay: rule.timesPerDay }),
    })),
  };
}
