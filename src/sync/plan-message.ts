/**
 * The one message the PWA sends the companion extension: the plan (sessions only) and whether an
 * urgent symptom flag is showing. Photos and check-ins never cross. The extension validates it
 * with this schema (the plan part is the same schema as every import) and ignores anything else.
 */
import * as v from 'valibot';
import { validatePlan, type Plan, type Validated } from '../rules/index.ts';

/** The message, version 1. */
export interface PlanMessage {
  readonly type: 'smp-plan';
  readonly version: 1;
  readonly plan: Plan;
  readonly urgent: boolean;
}

const envelope = v.strictObject({
  type: v.literal('smp-plan'),
  version: v.literal(1),
  plan: v.unknown(),
  urgent: v.boolean(),
});

/** Checks a message from outside; the plan inside is checked with the plan schema. */
export function validatePlanMessage(input: unknown): Validated<PlanMessage> {
  const outer = v.safeParse(envelope, input);
  if (!outer.success) {
    const issue = outer.issues[0];
    const path = (issue?.path ?? []).map((p) => String(p.key)).join('.');
    return {
      ok: false,
      error: `The message is not a plan message: ${path ? `${path}: ` : ''}${issue?.message ?? 'invalid'}.`,
    };
  }
  const plan = validatePlan(outer.output.plan);
  if (!plan.ok) return { ok: false, error: plan.error };
  // Only the dates and the final mark cross; notes stay in the journal.
  const sessions = plan.value.sessions.map((s) => (s.final ? { date: s.date, final: true } : { date: s.date }));
  return { ok: true, value: { type: 'smp-plan', version: 1, plan: { sessions }, urgent: outer.output.urgent } };
}
