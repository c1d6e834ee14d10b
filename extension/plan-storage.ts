/** The extension's copy of the plan in `chrome.storage.local`: validated on the way in and out. */
import { validatePlan, type OpenFlagLevel, type Plan } from '../src/rules/index.ts';

const PLAN_KEY = 'plan';
/** The level of the journal's open symptom flag (`urgent` or `watch`); absent when none is open. */
const FLAG_KEY = 'flag';
/** Where versions before the "watch" flag kept `true` while an urgent flag showed; read once, then removed. */
const LEGACY_URGENT_KEY = 'urgent';

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

/** The level of the journal's open symptom flag, or null when none is open (or what is stored is not one). */
export async function loadFlag(): Promise<OpenFlagLevel | null> {
  const stored = await chrome.storage.local.get([FLAG_KEY, LEGACY_URGENT_KEY]);
  const flag: unknown = stored[FLAG_KEY];
  if (flag === 'urgent' || flag === 'watch') return flag;
  return stored[LEGACY_URGENT_KEY] === true ? 'urgent' : null;
}

/** Stores the open flag's level (only when it changed), and drops the older `urgent` key. */
export async function saveFlag(flag: OpenFlagLevel | null): Promise<void> {
  const stored = await chrome.storage.local.get([FLAG_KEY, LEGACY_URGENT_KEY]);
  if (flag === null) {
    const present = [FLAG_KEY, LEGACY_URGENT_KEY].filter((key) => key in stored);
    if (present.length) await chrome.storage.local.remove(present);
    return;
  }
  if (stored[FLAG_KEY] !== flag) await chrome.storage.local.set({ [FLAG_KEY]: flag });
  if (LEGACY_URGENT_KEY in stored) await chrome.storage.local.remove(LEGACY_URGENT_KEY);
}

/** Whether a storage change touched what the badge shows. */
export function isPlanChange(changes: Record<string, chrome.storage.StorageChange>): boolean {
  return PLAN_KEY in changes || FLAG_KEY in changes || LEGACY_URGENT_KEY in changes;
}
