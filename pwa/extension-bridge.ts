/**
 * Sends the plan and the regimen in use to the companion extension when both are in the same
 * browser. Chromium defines `chrome.runtime.sendMessage` on this page only when an installed
 * extension lists this origin in `externally_connectable`; otherwise this does nothing. Not a
 * network request.
 */
import { EXTENSION_ID } from '../src/config.ts';
import type { Advice, OpenFlagLevel, Plan, Regimen } from '../src/rules/index.ts';
import { planMessage, type ReminderFacts } from '../src/sync/plan-message.ts';

interface ExternalRuntime {
  sendMessage(extensionId: string, message: unknown, callback: (response: unknown) => void): void;
  lastError?: unknown;
}

/**
 * Tells the extension the current plan, the level of the open flag Today shows and the strongest
 * advice of the open flags (both null when none is open), the regimen in use (a technician's own,
 * or null for the standard one) and, for the photo reminder, whether today's photo is taken (yes or
 * no) and the reminder time; never throws.
 */
export function sendPlanToExtension(
  plan: Plan,
  flag: OpenFlagLevel | null,
  advice: Advice | null,
  regimen: Regimen,
  reminder?: ReminderFacts,
): void {
  const runtime = (globalThis as { chrome?: { runtime?: ExternalRuntime } }).chrome?.runtime;
  if (!runtime?.sendMessage) return;
  const message = planMessage(plan, flag, advice, regimen, reminder);
  try {
    // Reading lastError in the callback keeps Chromium from logging "extension not installed".
    runtime.sendMessage(EXTENSION_ID, message, () => void runtime.lastError);
  } catch {
    // No extension: the app works the same without it.
  }
}
