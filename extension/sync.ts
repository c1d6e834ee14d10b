/**
 * Follows the PWA: accepts the plan message only from the PWA's origin, validates all of it (plan
 * and regimen) before storing anything, then stores what changed (which refreshes the badge).
 * Anything else is refused with a sentence (in the answer and the log), storing nothing.
 */
import { PWA_ORIGIN } from '../src/config.ts';
import { validatePlanMessage } from '../src/sync/plan-message.ts';
import { saveFlag, savePlan } from './plan-storage.ts';
import { receiveReminderFacts } from './photo-reminder.ts';
import { saveRegimen } from './regimen-storage.ts';

/** The answer to the PWA: whether the message was taken, and if not, the sentence saying why. */
export type PlanMessageAnswer = { readonly ok: true } | { readonly ok: false; readonly error: string };

/** Handles one external message; answers so the PWA can tell it arrived (or what was wrong with it). */
export async function receivePlanMessage(
  message: unknown,
  senderOrigin: string | undefined,
): Promise<PlanMessageAnswer> {
  if (senderOrigin !== PWA_ORIGIN) {
    // Other pages on the PWA's host may reach us (match patterns take no port): say why, change nothing.
    const error = `Plans are accepted only from the journal at ${PWA_ORIGIN}, not from ${senderOrigin ?? 'an unknown sender'}.`;
    console.warn(`Ignored a message: ${error}`);
    return { ok: false, error };
  }
  const checked = validatePlanMessage(message);
  if (!checked.ok) {
    console.warn(`Ignored a message from the journal: ${checked.error}`);
    return { ok: false, error: checked.error };
  }
  const { plan, regimen, flag, advice = null } = checked.value;
  const refused = (await saveRegimen(regimen)) ?? (await savePlan(plan));
  if (refused) return { ok: false, error: refused };
  await saveFlag(flag, advice);
  await receiveReminderFacts(checked.value);
  return { ok: true };
}
