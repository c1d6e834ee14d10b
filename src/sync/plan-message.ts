/**
 * The one message the PWA sends the companion extension: the plan (session dates only), the level
 * of the open symptom flag (urgent, watch, or none; never the check-in itself), and the
 * technician's regimen when one replaces the standard. Photos, check-ins and session notes never
 * cross. The extension validates it with this module (the plan and the regimen with the same
 * schemas as every import) and ignores anything else.
 *
 * Versions: 1 had no regimen (read as the standard one); 2 adds `regimen` (null = the standard);
 * 3 replaces `urgent: boolean` with `flag` (the open flag's level, or null), so a "watch" flag
 * reaches the badge too. Versions 1 and 2 are read with `flag: 'urgent'` for `urgent: true`.
 * 4 adds two optional fields for the daily photo reminder: `photoToday` (only yes or no: never the
 * photo) and `photoReminder` (the time set in the app, or null when turned off there); a message
 * without them (or of versions 1 to 3) leaves the extension's reminder as it is.
 * 5 adds an optional `advice`: the strongest advice of the open flags ('now', 'today' or 'contact',
 * as Today's heading words them), so the badge and the popup say "see a doctor today" for spreading
 * redness; a message without it (and any of versions 1 to 4) is worded by the level alone.
 */
import { msg, str } from '@lit/localize';
import * as v from 'valibot';
import { firstIssueText } from '../vocabulary/index.ts';
import { reminderTimeSchema, type ReminderTime } from '../reminder/reminder-time.ts';
import {
  DEFAULT_REGIMEN,
  validatePlan,
  validateRegimen,
  type Advice,
  type OpenFlagLevel,
  type Plan,
  type Regimen,
  type Validated,
} from '../rules/index.ts';

/** The newest message version this code writes and reads. */
const PLAN_MESSAGE_VERSION = 5;

/** The message, version 5 (versions 1 to 4 are read as this, without the fields they lack). */
export interface PlanMessage {
  readonly type: 'smp-plan';
  readonly version: typeof PLAN_MESSAGE_VERSION;
  readonly plan: Plan;
  /** The most serious open flag of the latest check-in, or null when none is open. */
  readonly flag: OpenFlagLevel | null;
  /** The strongest advice of the open flags (null when none is open); absent when the sender did not say. */
  readonly advice?: Advice | null;
  /** A technician's own regimen, or null for the standard one. */
  readonly regimen: Regimen | null;
  /** Whether today's diary has a photo (yes or no only); absent when the sender did not say. */
  readonly photoToday?: boolean;
  /** The daily photo reminder's time set in the app, null when turned off there; absent when never set. */
  readonly photoReminder?: ReminderTime | null;
}

/** What the app tells the extension for the daily photo reminder (version 4). */
export interface ReminderFacts {
  readonly photoToday: boolean;
  /** As the app's settings hold it: absent when never set. */
  readonly photoReminder?: ReminderTime | null | undefined;
}

/** `make()`'s value, made on the first call only. */
function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

const header = once(() => v.object({ type: v.literal('smp-plan'), version: v.number() }));

/**
 * The envelope of each version, made on first use: the PWA only writes messages, so its first
 * screen leaves these schemas out (a call at module level would be kept by the bundler).
 */
const envelopes = once(() => {
  const base = { type: v.literal('smp-plan'), plan: v.unknown() };
  const v4 = {
    ...base,
    flag: v.nullable(v.picklist(['urgent', 'watch'])),
    regimen: v.unknown(),
    photoToday: v.optional(v.boolean(() => msg('must be true or false'))),
    photoReminder: v.optional(v.nullable(reminderTimeSchema)),
  };
  return {
    1: v.strictObject({ ...base, version: v.literal(1), urgent: v.boolean() }),
    2: v.strictObject({ ...base, version: v.literal(2), urgent: v.boolean(), regimen: v.unknown() }),
    3: v.strictObject({
      ...base,
      version: v.literal(3),
      flag: v.nullable(v.picklist(['urgent', 'watch'])),
      regimen: v.unknown(),
    }),
    4: v.strictObject({ ...v4, version: v.literal(4) }),
    5: v.strictObject({
      ...v4,
      version: v.literal(5),
      advice: v.optional(v.nullable(v.picklist(['now', 'today', 'contact']))),
    }),
  } as const;
});

function notAPlanMessage(issues: readonly v.BaseIssue<unknown>[]): string {
  return msg(str`The message is not a plan message: ${firstIssueText(issues, msg('invalid'))}.`);
}

/** Only the dates and the final mark cross; notes stay in the journal. */
function datesOnly(plan: Plan): Plan {
  return { sessions: plan.sessions.map((s) => (s.final ? { date: s.date, final: true } : { date: s.date })) };
}

/**
 * The message for a plan, the open flag's level and the strongest advice of the open flags, the
 * regimen in use (the standard one is sent as null) and, when given, the reminder's facts (a time
 * never set is left out).
 */
export function planMessage(
  plan: Plan,
  flag: OpenFlagLevel | null,
  advice: Advice | null,
  regimen: Regimen,
  reminder?: ReminderFacts,
): PlanMessage {
  return {
    type: 'smp-plan',
    version: PLAN_MESSAGE_VERSION,
    plan: datesOnly(plan),
    flag,
    advice,
    regimen: regimen.id === DEFAULT_REGIMEN.id ? null : regimen,
    ...(reminder ? { photoToday: reminder.photoToday } : {}),
    ...(reminder?.photoReminder !== undefined ? { photoReminder: reminder.photoReminder } : {}),
  };
}

/**
 * Checks a message from outside: versions 1 to 5, with the plan and the regimen checked by their
 * schemas. Any wrong part refuses the whole message with one sentence.
 */
export function validatePlanMessage(input: unknown): Validated<PlanMessage> {
  const head = v.safeParse(header(), input);
  if (!head.success) return { ok: false, error: notAPlanMessage(head.issues) };
  const { version } = head.output;
  if (Number.isInteger(version) && version > PLAN_MESSAGE_VERSION) {
    return {
      ok: false,
      error: msg(
        str`The plan message is version ${version}, newer than this extension reads (1 to ${PLAN_MESSAGE_VERSION}): update the extension.`,
      ),
    };
  }
  if (version !== 1 && version !== 2 && version !== 3 && version !== 4 && version !== 5) {
    return {
      ok: false,
      error: msg(
        str`The plan message is version ${String(version)}, which this extension does not read (it reads 1 to ${PLAN_MESSAGE_VERSION}).`,
      ),
    };
  }
  const outer = v.safeParse(envelopes()[version], input);
  if (!outer.success) return { ok: false, error: notAPlanMessage(outer.issues) };
  const message = outer.output;
  const plan = validatePlan(message.plan);
  if (!plan.ok) return { ok: false, error: plan.error };
  let regimen: Regimen | null = null;
  if ('regimen' in message && message.regimen !== null) {
    const checked = validateRegimen(message.regimen);
    if (!checked.ok) return { ok: false, error: checked.error };
    regimen = checked.value;
  }
  return {
    ok: true,
    value: {
      type: 'smp-plan',
      version: PLAN_MESSAGE_VERSION,
      plan: datesOnly(plan.value),
      // Versions 1 and 2 said only whether an urgent flag showed.
      flag: 'flag' in message ? message.flag : message.urgent ? 'urgent' : null,
      ...('advice' in message && message.advice !== undefined ? { advice: message.advice } : {}),
      regimen,
      ...('photoToday' in message && message.photoToday !== undefined ? { photoToday: message.photoToday } : {}),
      ...('photoReminder' in message && message.photoReminder !== undefined
        ? { photoReminder: message.photoReminder }
        : {}),
    },
  };
}
