/** The extension's copy of the plan in `chrome.storage.local`: validated on the way in and out. */
import { validatePlan, type Plan } from '../src/rules/index.ts';

const PLAN_KEY = 'plan';

/** The stored plan, or an empty one when none (or an invalid one) is stored. */
export async function loadPlan(): Promise<Plan> {
  const stored = (await chrome.storage.local.get(PLAN_KEY))[PLAN_KEY];
  const checked = validatePlan(stored ?? { sessions: [] });
  return checked.ok ? checked.value : { sessions: [] };
}

/** Stores a plan after validating it; returns the error sentence when refused. */
export async function savePlan(plan: unknown): Promise<string | null> {
  const checked = validatePlan(plan);
  if (!checked.ok) return checked.error;
  await chrome.storage.local.set({ [PLAN_KEY]: checked.value });
  return null;
}

/** Whether a storage change touched the plan. */
export function isPlanChange(changes: Record<string, chrome.storage.StorageChange>): boolean {
  return PLAN_KEY in changes;
}
