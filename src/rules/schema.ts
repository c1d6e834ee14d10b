/**
 * Validation at the edge: a technician's regimen, a plan from a file, a message or storage is
 * checked here once, with a message that names the wrong field, and trusted inside afterwards.
 */
import * as v from 'valibot';
import { isIsoDate } from './dates.ts';
import type { Plan, Regimen } from './types.ts';
// eslint-disable-next-line no-restricted-imports -- pure, like the rules; until the lint's rules boundary lists src/vocabulary
import { firstIssueText } from '../vocabulary/issues.ts';

const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Longest day number a rule window may name (ten years). */
export const MAX_RULE_DAY = 3660;

const isoDate = v.pipe(
  v.string('expected a date like 2026-03-01'),
  v.check(
    (value: string) => isIsoDate(value),
    (issue) => `${JSON.stringify(issue.input)} is not a real date (YYYY-MM-DD)`,
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
    id: v.pipe(v.string(), v.regex(RULE_ID, 'expected a lower-case id like "keep-dry"')),
    kind: v.picklist(['avoid', 'do'], 'expected "avoid" or "do"'),
    window: windowSchema,
    title: text(80),
    text: text(400),
    milestone: v.optional(text(120)),
    timesPerDay: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12, 'at most 12 times a day'))),
    source: v.strictObject({ section: text(200), quote: text(300) }),
  }),
  v.check(
    (rule) => !('toDay' in rule.window) || rule.window.toDay === null || rule.window.toDay >= rule.window.fromDay,
    'window.toDay is before window.fromDay',
  ),
);

const regimenSchema = v.pipe(
  v.strictObject({
    format: v.literal(1, 'this app reads regimen format 1'),
    id: v.pipe(v.string(), v.regex(RULE_ID, 'expected a lower-case id like "studio-x"')),
    name: text(80),
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
);

/** Longest note on a session. */
export const MAX_SESSION_NOTE = 200;

const sessionSchema = v.strictObject({
  date: isoDate,
  final: v.optional(v.boolean('expected true or false')),
  note: v.optional(v.pipe(v.string(), v.maxLength(MAX_SESSION_NOTE, `at most ${MAX_SESSION_NOTE} characters`))),
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
