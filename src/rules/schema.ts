/**
 * Validation at the edge: a technician's regimen, a plan from a file, a message or storage is
 * checked here once, with a message that names the wrong field, and trusted inside afterwards.
 */
import { msg, str } from '@lit/localize';
import * as v from 'valibot';
import { filledText, isoDate, plainText } from './schema-parts.ts';
import type { Plan, Regimen, Rule } from './types.ts';
import { firstIssueText } from '../vocabulary/issues.ts';
import { hasHiddenCharacters, quoteValue } from '../vocabulary/text.ts';
import { plural } from '../vocabulary/words.ts';

// Text from outside that could hide or reverse what a person reads is refused (src/vocabulary/text.ts).
export { hasHiddenCharacters };

const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Longest day number a rule window may name (ten years). */
export const MAX_RULE_DAY = 3660;
/** Longest rule or regimen id; the ticks of a day are stored per rule id within the same limit. */
export const MAX_RULE_ID_LENGTH = 60;
/**
 * The built-in regimen's id and name, which no other regimen may use (a look-alike could pass for
 * it). `names` is its name in every language the app speaks, as the catalogues translate it (the
 * rules are pure and read no catalogue; test/e2e/i18n-catalogue.test.mjs holds these to the XLIFF,
 * and test/rules/regimen.test.ts holds their keys to `LANGUAGES`).
 */
export const RESERVED_REGIMEN = {
  id: 'default',
  name: 'Standard SMP aftercare',
  names: { 'en-GB': 'Standard SMP aftercare', 'en-US': 'Standard SMP aftercare', es: 'Cuidados SMP estándar' },
} as const;

/** A name as compared with the reserved ones: spaces collapsed, case and accents ignored. */
const nameKey = (name: string): string =>
  name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/\s+/gu, ' ').trim().toLowerCase();
const RESERVED_NAME_KEYS = new Set(Object.values(RESERVED_REGIMEN.names).map(nameKey));

/** Whether `name` is the built-in regimen's name in any of the app's languages, give or take spaces, case and accents. */
export const isReservedName = (name: string): boolean => RESERVED_NAME_KEYS.has(nameKey(name));

const dayNumber = v.pipe(
  v.number(() => msg('must be a day number')),
  v.integer(() => msg('must be a whole day number')),
  v.minValue(1, () => msg('must be 1 or more (day 1 is the session day)')),
  v.maxValue(MAX_RULE_DAY, () => msg(str`must be day ${MAX_RULE_DAY} at the latest`)),
);

const id = (example: string) =>
  v.pipe(
    v.string(() => msg('must be text')),
    v.maxLength(MAX_RULE_ID_LENGTH, () => msg(str`is too long (at most ${MAX_RULE_ID_LENGTH} characters)`)),
    v.regex(RULE_ID, () => msg(str`must be lower-case letters, digits and dashes, like “${example}”`)),
  );

const anchor = v.picklist(['each-session', 'final-session'], (issue) =>
  msg(str`must be “each-session” or “final-session”, not ${quoteValue(issue.input)}`),
);

const windowSchema = v.union(
  [
    v.strictObject({ anchor, fromDay: dayNumber, toDay: v.nullable(dayNumber) }),
    v.strictObject({
      anchor,
      fromDay: dayNumber,
      toYears: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10)),
    }),
  ],
  () => msg('must give what it counts from, its first day, and either its last day or a number of years'),
);

const ruleSchema = v.pipe(
  v.strictObject({
    id: id('keep-dry'),
    kind: v.picklist(['avoid', 'do'], (issue) => msg(str`must be “avoid” or “do”, not ${quoteValue(issue.input)}`)),
    window: windowSchema,
    title: filledText(80),
    text: filledText(400),
    milestone: v.optional(filledText(120)),
    timesPerDay: v.optional(
      v.pipe(
        v.number(),
        v.integer(),
        v.minValue(1),
        v.maxValue(12, () => msg('must be at most 12')),
      ),
    ),
    // Optional: the built-in rules point at their clinic passage; a studio's own rules are its own word.
    source: v.optional(v.strictObject({ section: filledText(200), quote: filledText(300) })),
  }),
  v.check(
    (rule) => !('toDay' in rule.window) || rule.window.toDay === null || rule.window.toDay >= rule.window.fromDay,
    () => msg('ends before it starts (its last day is before its first day)'),
  ),
);

const regimenSchema = v.pipe(
  v.strictObject({
    format: v.literal(1, (issue) =>
      typeof issue.input === 'number' && issue.input > 1
        ? msg(str`is ${issue.input}, newer than this app reads (format 1): update the app, then load it again`)
        : msg(str`is ${quoteValue(issue.input)}, but this app reads regimen format 1`),
    ),
    id: v.pipe(
      id('studio-x'),
      v.check(
        (value: string) => value !== RESERVED_REGIMEN.id,
        () => msg(str`is “${RESERVED_REGIMEN.id}”, the built-in regimen's id: give yours its own`),
      ),
    ),
    name: v.pipe(
      filledText(80),
      v.check(
        (value: string) => !isReservedName(value),
        // The name as given (a plain, checked text by now), so a Spanish look-alike is named as written.
        (issue) => msg(str`is “${String(issue.input)}”, the built-in regimen's name: give yours its own`),
      ),
    ),
    levels: v.pipe(
      v.strictObject({ strictUntilDay: dayNumber, cautionUntilDay: dayNumber, limitedUntilDay: dayNumber }),
      v.check(
        (l) => l.strictUntilDay <= l.cautionUntilDay && l.cautionUntilDay <= l.limitedUntilDay,
        () =>
          msg(
            'must be in order: the last day of strict care, then the last careful day, then the last day before long-term care',
          ),
      ),
    ),
    rules: v.pipe(
      v.array(ruleSchema),
      v.minLength(1, () => msg('must hold at least one rule')),
      v.maxLength(100, () => msg('cannot be more than 100')),
    ),
  }),
  v.check(
    (r) => new Set(r.rules.map((rule) => rule.id)).size === r.rules.length,
    () => msg('has two rules with the same id'),
  ),
  v.check(
    (r) => ruleOutlastingLevels(r as Regimen) === null,
    (issue) => {
      const regimen = issue.input as Regimen;
      const found = ruleOutlastingLevels(regimen) as Rule;
      if ('toYears' in found.window) {
        const length = plural(found.window.toYears, msg('year'), msg('years'));
        return msg(
          str`starts long-term care on day ${regimen.levels.limitedUntilDay + 1}, but ${quoteValue(found.title, 80)} is still to be avoided for ${length} after each session: move long-term care later or end that rule sooner`,
        );
      }
      const rule = found as Rule & { window: { toDay: number } };
      return msg(
        str`starts long-term care on day ${regimen.levels.limitedUntilDay + 1}, but ${quoteValue(rule.title, 80)} is still to be avoided until day ${rule.window.toDay}: move long-term care later or end that rule sooner`,
      );
    },
  ),
);

/** The last day of a session a time-limited window can still be in force: its last day, or the longest its years can be. */
function lastDayInForce(window: Rule['window']): number | null {
  if ('toYears' in window) return 365 * window.toYears + Math.ceil(window.toYears / 4);
  return window.toDay;
}

/**
 * The first time-limited avoid rule counted from each session (a last day or a number of years)
 * that is still in force once the levels reach long-term care: the card would then show long-term
 * care beside a rule that forbids something. Rules counted from the final session are left out on
 * purpose: the levels follow the skin after the latest session, while those rules follow the course
 * as a whole, and the built-in regimen's own "no giving blood for a year after the final session"
 * rightly runs on for months into long-term care.
 */
function ruleOutlastingLevels(regimen: Regimen): Rule | null {
  return (
    regimen.rules.find((rule) => {
      if (rule.kind !== 'avoid' || rule.window.anchor !== 'each-session') return false;
      const last = lastDayInForce(rule.window);
      return last !== null && last > regimen.levels.limitedUntilDay;
    }) ?? null
  );
}

/** Longest note on a session. */
export const MAX_SESSION_NOTE = 200;

const sessionSchema = v.strictObject({
  date: isoDate,
  final: v.optional(v.boolean(() => msg('must be yes or no (true or false)'))),
  note: v.optional(plainText(MAX_SESSION_NOTE)),
});

const planSchema = v.pipe(
  v.strictObject({
    sessions: v.pipe(
      v.array(sessionSchema),
      v.maxLength(50, () => msg('cannot be more than 50')),
    ),
  }),
  v.check(
    (p) => new Set(p.sessions.map((s) => s.date)).size === p.sessions.length,
    () => msg('has two sessions on the same date'),
  ),
  v.check(
    (p) => p.sessions.filter((s) => s.final).length <= 1,
    () => msg('has more than one final session: only one can be'),
  ),
);

/**
 * The result of validating untrusted input: the typed value, or one sentence saying what is wrong
 * (`error`); `problem` is that sentence's clause naming the field, for a sentence of the caller's own.
 */
export type Validated<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string; readonly problem?: string };

function validateWith<T>(schema: v.GenericSchema<unknown, T>, input: unknown, what: 'regimen' | 'plan'): Validated<T> {
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.output };
  const problem = firstIssueText(result.issues, msg('it is not in a form this app knows'));
  const error =
    what === 'regimen' ? msg(str`The regimen is not valid: ${problem}.`) : msg(str`The plan is not valid: ${problem}.`);
  return { ok: false, error, problem };
}

/** The sentence for a regimen or plan from outside refused on being loaded, from its validation's clause (`problem`). */
export function notLoadedSentence(what: 'regimen' | 'plan', problem: string): string {
  return what === 'regimen'
    ? msg(str`The regimen was not loaded: ${problem}.`)
    : msg(str`The plan was not loaded: ${problem}.`);
}

/** The regimen's schema, for checking one inside a bigger input (a backup's records), where its issues name the place. */
export const REGIMEN_SCHEMA = regimenSchema as v.GenericSchema<unknown, Regimen>;
/** The plan's schema, for checking one inside a bigger input (a backup's records), where its issues name the place. */
export const PLAN_SCHEMA = planSchema as v.GenericSchema<unknown, Plan>;

/** Validates a regimen from outside (a technician's file or link). */
export function validateRegimen(input: unknown): Validated<Regimen> {
  return validateWith(REGIMEN_SCHEMA, input, 'regimen');
}

/** Validates a plan from outside (storage, a message, a backup). */
export function validatePlan(input: unknown): Validated<Plan> {
  return validateWith(PLAN_SCHEMA, input, 'plan');
}
