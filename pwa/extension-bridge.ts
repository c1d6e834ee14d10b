/**
 * Sends the plan to the companion extension when both are in the same browser. Chromium defines
 * `chrome.runtime.sendMessage` on this page only when an installed extension lists this origin in
 * `externally_connectable`; otherwise this does nothing. Not a network request.
 */
import { EXTENSION_ID } from '../src/config.ts';
import type { Plan } from '../src/rules/index.ts';
import type { PlanMessage } from '../src/sync/plan-message.ts';

interface ExternalRuntime {
  sendMessage(extensionId: string, message: unknown, callback: (response: unknown) => void): void;
  lastError?: unknown;
}

/** Tells the extension the current plan and whether an urgent flag is showing; never throws. */
export function sendPlanToExtension(plan: Plan, urgent: boolean): void {
  const runtime = (globalThis as { chrome?: { runtime?: ExternalRuntime } }).chrome?.runtime;
  if (!runtime?.sendMessage) return;
  const message: PlanMessage = {
    type: 'smp-plan',
    version: 1,
    plan: { sessions: plan.sessions.map((s) => (s.final ? { date: s.date, final: true } : { date: s.date })) },
    urgent,
  };
  try {
    // Reading lastError in the callback keeps Chromium from logging "extension not installed".
    runtime.sendMessage(EXTENSION_ID, message, () => void runtime.lastError);
  } catch {
    // No extension: the app works the same without it.
  }
}
