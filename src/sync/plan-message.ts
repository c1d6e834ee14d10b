/**
 * The one message the PWA sends the companion extension: the plan (session dates only), whether an
 * urgent symptom flag is showing, and the technician's regimen when one replaces the standard.
 * Photos, check-ins and session notes never cross. The extension validates it with this module
 * (the plan and the regimen with the same schemas as every import) and ignores anything else.
 *
 * Versions: 1 had no regimen (read as the standard one); 2 adds `regimen` (null = the standard).
 */
import * as v from 'valibot';
import { firstIssueText } from '../vocabulary/index.ts';
import {
  DEFAULT_REGIMEN,
  validatePlan,
  validateRegimen,
  type Plan,
  type Regimen,
  type Validated,
} from '../rules/index.ts';

/** The newest message version this code writes and reads. */
const PLAN_MESSAGE_VERSION = 2;

/** The message, version 2 (a version 1 message is read as this with `regimen: null`). */
export interface PlanMessage {
  readonly type: 'smp-plan';
  readonly version: typeof PLAN_MESSAGE_VERSION;
  readonly plan: Plan;
  readonly urgent: boolean;
  /** A technician's own regimen, or null for the standard one. */
  readonly regimen: Regimen | null;
}

const header = v.object({ type: v.literal('smp-plan'), version: v.number() });

const fields = { type: v.literal('smp-plan'), plan: v.unknown(), urgent: v.boolean() };
const envelopes = {
  1: v.strictObject({ ...fields, version: v.literal(1) }),
  2: v.strictObject({ ...fields, version: v.literal(2), regimen: v.unknown() }),
} as const;

function notAPlanMessage(issues: readonly v.BaseIssue<unknown>[]): string {
  return `The message is not a plan message: ${firstIssueText(issues, 'invalid')}.`;
}

/** Only the dates and the final mark cross; notes stay in the journal. */
function datesOnly(plan: Plan): Plan {
  return { sessions: plan.sessions.map((s) => (s.final ? { date: s.date, final: true } : { date: s.date })) };
}

/** The message for a plan, a flag and the regimen in use (the standard one is sent as null). */
export function planMessage(plan: Plan, urgent: boolean, regimen: Regimen): PlanMessage {
  return {
    type: 'smp-plan',
    version: PLAN_MESSAGE_VERSION,
    plan: datesOnly(plan),
    urgent,
    regimen: regimen.id === DEFAULT_REGIMEN.id ? null : regimen,
  };
}

/**
 * Checks a message from outside: versions 1 and 2, with the plan and the regimen checked by their
 * schemas. Any wrong part refuses the whole message with one sentence.
 */
export function validatePlanMessage(input: unknown): Validated<PlanMessage> {
  const head = v.safeParse(header, input);
  if (!head.success) return { ok: false, error: notAPlanMessage(head.issues) };
  const { version } = head.output;
  if (Number.isInteger(version) && version > PLAN_MESSAGE_VERSION) {
    return {
      ok: false,
      error: `The plan message is version ${version}, newer than this extension reads (1 and 2): update the extension.`,
    };
  }
  if (version !== 1 && version !== 2) {
    return {
      ok: false,
      error: `The plan message is version ${String(version)}, which this extension does not read (it reads 1 and 2).`,
    };
  }
  const outer = v.safeParse(envelopes[version], input);
  if (!outer.success) return { ok: false, error: notAPlanMessage(outer.issues) };
  const plan = validatePlan(outer.output.plan);
  if (!plan.ok) return { ok: false, error: plan.error };
  let regimen: Regimen | null = null;
  if ('regimen' in outer.output && outer.output.regimen !== null) {
    const checked = validateRegimen(outer.output.regimen);
    if (!checked.ok) return { ok: false, error: checked.error };
    regimen = checked.value;
  }
  return {
    ok: true,
    value: {
      type: 'smp-plan',
      version: PLAN_MESSAGE_VERSION,
      plan: datesOnly(plan.value),
      urgent: outer.output.urgent,
      regimen,
    },
  };
}
