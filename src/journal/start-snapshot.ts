/**
 * A small copy of what the Today screen shows (plan, regimen, today's ticks, the latest check-in,
 * the two reminders), kept in localStorage so the app can paint Today before IndexedDB has even
 * opened (opening it costs a fresh page 50–100 ms). IndexedDB stays the journal: the app rewrites
 * this copy after every read of it and always re-renders from IndexedDB a moment later. Read back
 * through the same validation as any outside input; anything odd is ignored.
 */
import {
  DEFAULT_REGIMEN,
  validatePlan,
  validateRegimen,
  type IsoDate,
  type Plan,
  type Regimen,
} from '../rules/index.ts';
import { checkAdherence, checkCheckIn, type AdherenceRecord, type CheckInRecord } from './records.ts';

/** The localStorage key of the copy (pwa/app/today-copy.ts compares against it). */
export const START_SNAPSHOT_KEY = 'smp-aftercare-start';

/** What Today needs for its first paint. */
export interface StartSnapshot {
  readonly plan: Plan;
  readonly regimen: Regimen;
  readonly adherence: AdherenceRecord | null;
  readonly latestCheckIn: CheckInRecord | null;
  readonly photoToday: boolean;
  readonly backupDue: boolean;
  /** The local date the two reminders were worked out for. */
  readonly today: IsoDate;
}

/** Keeps the snapshot; a full or unavailable localStorage is not an error (the app just starts slower). */
export function saveStartSnapshot(snapshot: StartSnapshot): void {
  try {
    // The built-in regimen is kept as null: its reserved id would (rightly) fail the check on the way back.
    const regimen = snapshot.regimen.id === DEFAULT_REGIMEN.id ? null : snapshot.regimen;
    localStorage.setItem(START_SNAPSHOT_KEY, JSON.stringify({ ...snapshot, regimen }));
  } catch {
    // Private mode or a full quota: nothing to do.
  }
}

/** The snapshot if there is a valid one, else null. */
export function readStartSnapshot(): StartSnapshot | null {
  try {
    const raw = JSON.parse(localStorage.getItem(START_SNAPSHOT_KEY) ?? 'null') as Partial<StartSnapshot> | null;
    if (!raw || typeof raw !== 'object') return null;
    const plan = validatePlan(raw.plan);
    const regimen = raw.regimen === null ? { ok: true as const, value: DEFAULT_REGIMEN } : validateRegimen(raw.regimen);
    if (!plan.ok || !regimen.ok || typeof raw.today !== 'string') return null;
    return {
      plan: plan.value,
      regimen: regimen.value,
      adherence: raw.adherence ? checkAdherence(raw.adherence) : null,
      latestCheckIn: raw.latestCheckIn ? checkCheckIn(raw.latestCheckIn) : null,
      photoToday: raw.photoToday === true,
      backupDue: raw.backupDue === true,
      today: raw.today as IsoDate,
    };
  } catch {
    return null;
  }
}

/** Forgets the snapshot (e.g. when the journal could not be opened). */
export function clearStartSnapshot(): void {
  try {
    localStorage.removeItem(START_SNAPSHOT_KEY);
  } catch {
    // Nothing stored, nothing to clear.
  }
}
