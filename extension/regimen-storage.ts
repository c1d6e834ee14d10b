/**
 * The extension's copy of the regimen in `chrome.storage.local`: a technician's own, sent by the
 * PWA, validated on the way in and out. Absent means the standard regimen.
 */
import { DEFAULT_REGIMEN, validateRegimen, type Regimen } from '../src/rules/index.ts';

const REGIMEN_KEY = 'regimen';

/** The stored regimen, or the standard one when none (or an invalid one) is stored. */
export async function loadRegimen(): Promise<Regimen> {
  const stored = (await chrome.storage.local.get(REGIMEN_KEY))[REGIMEN_KEY];
  if (stored === undefined) return DEFAULT_REGIMEN;
  const checked = validateRegimen(stored);
  if (!checked.ok) console.warn(`Using the standard regimen: the stored one is damaged. ${checked.error}`);
  return checked.ok ? checked.value : DEFAULT_REGIMEN;
}

/**
 * Stores a technician's regimen after validating it (an unchanged one is not rewritten), or removes
 * it for null (back to the standard one); returns the error sentence when refused, changing nothing.
 */
export async function saveRegimen(regimen: unknown): Promise<string | null> {
  const current = (await chrome.storage.local.get(REGIMEN_KEY))[REGIMEN_KEY];
  if (regimen === null) {
    if (current !== undefined) await chrome.storage.local.remove(REGIMEN_KEY);
    return null;
  }
  const checked = validateRegimen(regimen);
  if (!checked.ok) return checked.error;
  if (JSON.stringify(current) !== JSON.stringify(checked.value))
    await chrome.storage.local.set({ [REGIMEN_KEY]: checked.value });
  return null;
}

/** Whether a storage change touched the regimen (the badge follows it). */
export function isRegimenChange(changes: Record<string, chrome.storage.StorageChange>): boolean {
  return REGIMEN_KEY in changes;
}
