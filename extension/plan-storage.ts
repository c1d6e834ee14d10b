/** The extension's copy of the plan in `chrome.storage.local`: validated on the way in and out. */
import { validatePlan, type Plan } from '../src/rules/index.ts';

const PLAN_KEY = 'plan';
const URGENT_KEY = 'urgent';

/** The stored plan, or an empty one when none (or an invalid one) is stored. */
export async function loadPlan(): Promise<Plan> {
  const stored = (await chrome.storage.local.get(PLAN_KEY))[PLAN_KEY];
  const checked = validatePlan(stored ?? { sessions: [] });
  return checked.ok ? checked.value : { sessions: [] };
}

/** Stores a plan after validating it (unchanged plans are not rewritten); returns the error sentence when refused. */
export async function savePlan(plan: unknown): Promise<string | null> {
  const checked = validatePlan(plan);
  if (!checked.ok) return checked.error;
  const current = (await chrome.storage.local.get(PLAN_KEY))[PLAN_KEY];
  if (JSON.stringify(current) !== JSON.stringify(checked.value))
    await chrome.storage.local.set({ [PLAN_KEY]: checked.value });
  return null;
}

/** Whether the journal shows an urgent symptom flag. */
export async function loadUrgent(): Promise<boolean> {
  return (await chrome.storage.local.get(URGENT_KEY))[URGENT_KEY] === true;
}

/** Stores whether the journal shows an urgent symptom flag (only when it changed). */
export async function saveUrgent(urgent: boolean): Promise<void> {
  if ((await loadUrgent()) !== urgent) await chrome.storage.local.set({ [URGENT_KEY]: urgent });
}

/** Whether a storage change touched what the badge shows. */
export function isPlanChange(changes: Record<string, chrome.storage.StorageChange>): boolean {
  return PLAN_KEY in changes || URGENT_KEY in changes;
}
