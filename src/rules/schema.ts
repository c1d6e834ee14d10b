/**
 * Validation at the edge: a technician's regimen, a plan from a file, a message or storage is
 * checked here once, with a message that names the wrong field, and trusted inside afterwards.
 */
import * as v from 'valibot';
import { isIsoDate, whyNotIsoDate } from './dates.ts';
import type { Plan, Regimen, Rule } from './types.ts';
import { firstIssueText } from '../vocabulary/issues.ts';

const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Longest day number a rule window may name (ten years). */
export const MAX_RULE_DAY = 3660;
/** Longest rule or regimen id; the ticks of a day are stored per rule id within the same limit. */
export const MAX_RULE_ID_LENGTH = 60;
/** The built-in regimen's id and name, which no other regimen may use (a look-alike could pass for it). */
export const RESERVED_REGIMEN = { id: 'default', name: 'Standard SMP aftercare' } as const;

// Characters that can hide text or show it reversed (bidirectional embeddings, overrides and
// isolates, the zero-width space, word joiner and invisible operators, a stray byte-order mark)
// and control characters other than the line break and tab. The joiners and direction marks that
// real scripts and emoji need (U+200C–U+200F) stay allowed. Text from outside that holds them is refused, so nothing shows disguised.
// eslint-disable-next-line no-control-regex
const HIDDEN_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B\u202A-\u202E\u2060-\u2069\uFEFF]/u;

/** Whether text holds characters that could hide or reverse what a person reads. */
export function hasHiddenCharacters(text: string): boolean {
  return HIDDEN_CHARACTERS.test(text);
}

const isoDate = v.pipe(
  v.string('expected a date like 2026-03-01'),
  v.check(
    (value: string) => isIsoDate(value),
    (issue) => `${JSON.stringify(issue.input)} is not a real date: ${whyNotIsoDate(issue.input)}`,
  ),
);

const dayNumber = v.pipe(
  v.number('expected a day number'),
  v.integer('expected a whole day number'),
  v.minValue(1, 'day numbers start at 1 (the session day)'),
  v.maxValue(MAX_RULE_DAY, `expected at most day ${MAX_RULE_DAY}`),
);

const text = (max: number) =>
  v.pipe(
    v.string('expected text'),
    v.trim(),
    v.nonEmpty('must not be empty'),
    v.maxLength(max, `at most ${max} characters`),
    v.check((value: string) => !hasHiddenCharacters(value), 'holds hidden or direction-changing characters'),
  );

const id = (example: string) =>
  v.pipe(
    v.string(),
    v.maxLength(MAX_RULE_ID_LENGTH, `at most ${MAX_RULE_ID_LENGTH} characters`),
    v.regex(RULE_ID, `expected a lower-case id like "${example}"`),
  );

const anchor = v.picklist(['each-session', 'final-session'], 'expected "each-session" or "final-session"');

const windowSchema = v.union(
  [
    v.strictObject({ anchor, fromDay: dayNumber, toDay: v.nullable(dayNumber) }),
    v.strictObject({
      anchor,
      fromDay: dayNumber,
      toYears: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10)),
    }),
  ],
  'expected { anchor, fromDay, toDay } or { anchor, fromDay, toYears }',
);

const ruleSchema = v.pipe(
  v.strictObject({
    id: id('keep-dry'),
    kind: v.picklist(['avoid', 'do'], 'expected "avoid" or "do"'),
    window: windowSchema,
    title: text(80),
    text: text(400),
    milestone: v.optional(text(120)),
    timesPerDay: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12, 'at most 12 times a day'))),
    // Optional: the built-in rules point at their clinic passage; a studio's own rules are its own word.
    source: v.optional(v.strictObject({ section: text(200), quote: text(300) })),
  }),
  v.check(
    (rule) => !('toDay' in rule.window) || rule.window.toDay === null || rule.window.toDay >= rule.window.fromDay,
    'window.toDay is before window.fromDay',
  ),
);

const regimenSchema = v.pipe(
  v.strictObject({
    format: v.literal(1, 'this app reads regimen format 1'),
    id: v.pipe(
      id('studio-x'),
      v.check(
        (value: string) => value !== RESERVED_REGIMEN.id,
        `"${RESERVED_REGIMEN.id}" is the built-in regimen's id: give yours its own`,
      ),
    ),
    name: v.pipe(
      text(80),
      v.check(
        (value: string) => value.toLowerCase() !== RESERVED_REGIMEN.name.toLowerCase(),
        `“${RESERVED_REGIMEN.name}” is the built-in regimen's name: give yours its own`,
      ),
    ),
    levels: v.pipe(
      v.strictObject({ strictUntilDay: dayNumber, cautionUntilDay: dayNumber, limitedUntilDay: dayNumber }),
      v.check(
        (l) => l.strictUntilDay <= l.cautionUntilDay && l.cautionUntilDay <= l.limitedUntilDay,
        'levels must not decrease (strict ≤ caution ≤ limited)',
      ),
    ),
    rules: v.pipe(v.array(ruleSchema), v.minLength(1, 'a regimen needs at least one rule'), v.maxLength(100)),
  }),
  v.check((r) => new Set(r.rules.map((rule) => rule.id)).size === r.rules.length, 'rule ids must be unique'),
  v.check(
    (r) => ruleOutlastingLevels(r as Regimen) === null,
    (issue) => {
      const regimen = issue.input as Regimen;
      const rule = ruleOutlastingLevels(regimen) as Rule & { window: { toDay: number } };
      return `long-term care starts on day ${regimen.levels.limitedUntilDay + 1}, but “${rule.title}” is still to be avoided until day ${rule.window.toDay}: move long-term care later or end that rule sooner`;
    },
  ),
);

/**
 * The first time-limited avoid rule of each session that is still in force once the levels reach
 * long-term care (the card would then show long-term care beside a rule that forbids something).
 */
function ruleOutlastingLevels(regimen: Regimen): Rule | null {
  return (
    regimen.rules.find(
      (rule) =>
        rule.kind === 'avoid' &&
        rule.window.anchor === 'each-session' &&
        'toDay' in rule.window &&
        rule.window.toDay !== null &&
        rule.window.toDay > regimen.levels.limitedUntilDay,
    ) ?? null
  );
}

/** Longest note on a session. */
export const MAX_SESSION_NOTE = 200;

const sessionSchema = v.strictObject({
  date: isoDate,
  final: v.optional(v.boolean('expected true or false')),
  note: v.optional(
    v.pipe(
      v.string(),
      v.maxLength(MAX_SESSION_NOTE, `at most ${MAX_SESSION_NOTE} characters`),
      v.check((value: string) => !hasHiddenCharacters(value), 'holds hidden or direction-changing characters'),
    ),
  ),
});

const planSchema = v.pipe(
  v.strictObject({ sessions: v.pipe(v.array(sessionSchema), v.maxLength(50, 'at most 50 sessions')) }),
  v.check(
    (p) => new Set(p.sessions.map((s) => s.date)).size === p.sessions.length,
    'two sessions are on the same date',
  ),
  v.check((p) => p.sessions.filter((s) => s.final).length <= 1, 'only one session can be the final one'),
);

/** The result of validating untrusted input: the typed value, or one sentence saying what is wrong. */
export type Validated<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

function describe(issues: readonly v.BaseIssue<unknown>[], what: string): string {
  return issues.length ? `The ${what} is not valid: ${firstIssueText(issues, '')}.` : `The ${what} is not valid.`;
}

function validateWith<T>(schema: v.GenericSchema<unknown, T>, input: unknown, what: string): Validated<T> {
  const result = v.safeParse(schema, input);
  return result.success ? { ok: true, value: result.output } : { ok: false, error: describe(result.issues, what) };
}

/** Validates a regimen from outside (a technician's file or link). */
export function validateRegimen(input: unknown): Validated<Regimen> {
  return validateWith(regimenSchema as v.GenericSchema<unknown, Regimen>, input, 'regimen');
}

/** Validates a plan from outside (storage, a message, a backup). */
export function validatePlan(input: unknown): Validated<Plan> {
  return validateWith(planSchema as v.GenericSchema<unknown, Plan>, input, 'plan');
}
