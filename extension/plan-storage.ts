/** The extension's copy of the plan in `chrome.storage.local`: validated on the way in and out. */
import { msg, str } from '@lit/localize';
import {
  validatePlan,
  whyNotIsoDate,
  withoutUnusableSessions,
  type Advice,
  type OpenFlagLevel,
  type Plan,
} from '../src/rules/index.ts';
import { shownName } from '../src/vocabulary/text.ts';

const PLAN_KEY = 'plan';
/** The level of the journal's open symptom flag (`urgent` or `watch`); absent when none is open. */
const FLAG_KEY = 'flag';
/** The strongest advice of the open flags, beside the level (null when the journal did not say); absent when none is open. */
const ADVICE_KEY = 'flagAdvice';
/** Where versions before the "watch" flag kept `true` while an urgent flag showed; read once, then removed. */
const LEGACY_URGENT_KEY = 'urgent';
const FLAG_KEYS = [FLAG_KEY, ADVICE_KEY, LEGACY_URGENT_KEY];

/** The stored plan, and the dates of stored sessions left out of it because the rules cannot count from them. */
export interface StoredPlan {
  readonly plan: Plan;
  readonly left: readonly string[];
}

/**
 * The stored plan; an empty one when none (or one that is not a plan) is stored. A session stored
 * before dates were checked (year 0) does not cost the others: only it is left out, and named.
 */
export async function loadStoredPlan(): Promise<StoredPlan> {
  const stored: unknown = (await chrome.storage.local.get(PLAN_KEY))[PLAN_KEY];
  const checked = validatePlan(stored ?? { sessions: [] });
  if (checked.ok) return { plan: checked.value, left: [] };
  const sessions = (stored as { sessions?: unknown } | null)?.sessions;
  if (Array.isArray(sessions) && sessions.every((s) => typeof s === 'object' && s !== null)) {
    const { plan, left } = withoutUnusableSessions({ ...(stored as Plan), sessions: sessions as Plan['sessions'] });
    const usable = validatePlan(plan);
    if (usable.ok && left.length > 0) return { plan: usable.value, left };
  }
  return { plan: { sessions: [] }, left: [] };
}

/** The stored plan without the sessions `loadStoredPlan` leaves out. */
export async function loadPlan(): Promise<Plan> {
  return (await loadStoredPlan()).plan;
}

/** The sentence naming a stored session that was left out (for the popup and the options page). */
export function leftOutSentence(date: string): string {
  const [shown, why] = [shownName(date, 40), whyNotIsoDate(date)];
  return msg(
    str`The stored plan holds a session dated “${shown}”, which cannot be used (${why}), so it is left out. Add the right date on the options page, or paste the plan link again.`,
  );
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

/** The journal's open symptom flag: its level, and its advice (null where the journal did not say: worded by the level). */
export interface StoredFlag {
  readonly level: OpenFlagLevel;
  readonly advice: Advice | null;
}

/** The journal's open symptom flag, or null when none is open (or what is stored is not one). */
export async function loadFlag(): Promise<StoredFlag | null> {
  const stored = await chrome.storage.local.get(FLAG_KEYS);
  const [flag, advice]: unknown[] = [stored[FLAG_KEY], stored[ADVICE_KEY]];
  const level = flag === 'urgent' || flag === 'watch' ? flag : stored[LEGACY_URGENT_KEY] === true ? 'urgent' : null;
  // A flag stored before the advice crossed (or with a word this version does not know) is worded by its level.
  return level && { level, advice: advice === 'now' || advice === 'today' || advice === 'contact' ? advice : null };
}

/** Stores the open flag's level and advice (only when they changed), and drops the older `urgent` key. */
export async function saveFlag(flag: OpenFlagLevel | null, advice: Advice | null): Promise<void> {
  const stored = await chrome.storage.local.get(FLAG_KEYS);
  // Both in one write, so the badge never words the flag by the advice of the one before.
  if (flag && (stored[FLAG_KEY] !== flag || stored[ADVICE_KEY] !== advice))
    await chrome.storage.local.set({ [FLAG_KEY]: flag, [ADVICE_KEY]: advice });
  const gone = FLAG_KEYS.filter((key) => key in stored && (!flag || key === LEGACY_URGENT_KEY));
  if (gone.length) await chrome.storage.local.remove(gone);
}

/** Whether a storage change touched what the badge shows. */
export function isPlanChange(changes: Record<string, chrome.storage.StorageChange>): boolean {
  return [PLAN_KEY, ...FLAG_KEYS].some((key) => key in changes);
}
