/**
 * Follows the PWA's plan: accepts the plan message only from the PWA's origin, validates it, and
 * stores it (which refreshes the badge). Anything else is ignored and logged.
 */
import { PWA_ORIGIN } from '../src/config.ts';
import { validatePlanMessage } from '../src/sync/plan-message.ts';
import { savePlan, saveUrgent } from './plan-storage.ts';

/** Handles one external message; answers `{ ok }` so the PWA can tell it arrived. */
export async function receivePlanMessage(message: unknown, senderOrigin: string | undefined): Promise<{ ok: boolean }> {
  if (senderOrigin !== PWA_ORIGIN) {
    console.warn(
      `Ignored a message from ${senderOrigin ?? 'an unknown sender'}: plans are accepted only from ${PWA_ORIGIN}.`,
    );
    return { ok: false };
  }
  const checked = validatePlanMessage(message);
  if (!checked.ok) {
    console.warn(`Ignored a message from the journal: ${checked.error}`);
    return { ok: false };
  }
  const refused = await savePlan(checked.value.plan);
  if (refused) return { ok: false };
  await saveUrgent(checked.value.urgent);
  return { ok: true };
}
