/**
 * The journal's storage interface, and its IndexedDB implementation. Components never see this:
 * the app's adapters pass data in and write back what components report.
 */
import { msg, str } from '@lit/localize';
import { localToday } from '../calendar/local-date.ts';
import {
  DEFAULT_REGIMEN,
  compareDates,
  describeDate,
  validatePlan,
  notLoadedSentence,
  validateRegimen,
  type IsoDate,
  type Plan,
  type Regimen,
} from '../rules/index.ts';
import { openJournalDb, type JournalSchema, type OpenCallbacks } from './db.ts';
import type { ImageStorage } from './image-storage.ts';
import { IdbPhotoLibrary, type PhotoLibrary } from './photo-library.ts';
import type { JournalImport, JournalSnapshot, MergeInProgress, MergeOptions, MergeSummary } from './snapshot.ts';
import { JOURNAL_TIME_LIMIT_MS, WatchedDb } from './watchdog.ts';
import { guardWrite } from './write-guard.ts';
import {
  DEFAULT_SETTINGS,
  checkAdherence,
  checkCheckIn,
  checkSettings,
  ChangedElsewhereError,
  InvalidRecordError,
  sameRecord,
  type AdherenceRecord,
  type BackupInfo,
  type CheckInRecord,
  type PlanRecord,
  type Settings,
} from './records.ts';

/** The `updatedAt` of the plan before any was saved. */
const NO_PLAN_SAVED = new Date(0).toISOString();

/** Where the journal is kept. An IndexedDB one for the PWA; tests open real ones by name. */
export interface JournalStore {
  /** The plan; an empty one before set-up. */
  loadPlan(): Promise<PlanRecord>;
  /**
   * Replaces the plan after validating it; refuses an invalid one without writing. With `basis` (the
   * plan the person changed, as `loadPlan` gave it), refuses with `ChangedElsewhereError` when the
   * stored plan is another one (saved since, in another tab).
   */
  savePlan(plan: Plan, basis?: PlanRecord): Promise<PlanRecord>;
  loadSettings(): Promise<Settings>;
  /** The regimen in use: a technician's own when one was loaded, else the built-in one. */
  loadRegimen(): Promise<Regimen>;
  /** Validates and stores a technician's regimen; refuses an invalid one with a sentence, writing nothing. */
  saveRegimen(input: unknown): Promise<Regimen>;
  /** Goes back to the built-in regimen. */
  resetRegimen(): Promise<void>;
  /**
   * Saves `change` over the settings as stored now, read and written in one transaction: a setting
   * another tab changed meanwhile stays as that tab left it.
   */
  saveSettings(change: Partial<Settings>): Promise<void>;
  /** The check-in of one date, if any. */
  checkInOn(date: IsoDate): Promise<CheckInRecord | undefined>;
  /** The latest check-in strictly before `date`, for "has it grown since last time". */
  checkInBefore(date: IsoDate): Promise<CheckInRecord | undefined>;
  /** All check-ins, newest first. */
  checkIns(): Promise<CheckInRecord[]>;
  /**
   * Adds or replaces the check-in of its date. With `basis` (the check-in the form was filled from,
   * null for none), refuses with `ChangedElsewhereError` when another was saved since.
   */
  saveCheckIn(record: CheckInRecord, basis?: CheckInRecord | null): Promise<void>;
  adherenceOn(date: IsoDate): Promise<AdherenceRecord>;
  saveAdherence(record: AdherenceRecord): Promise<void>;
  /** Sets how often one "do" item was done on a day, keeping the day's other ticks as stored (another tab's too). */
  saveTick(date: IsoDate, ruleId: string, count: number): Promise<void>;
  /** Every record (no image bytes), for a backup. */
  snapshot(): Promise<JournalSnapshot>;
  /** Merges a checked backup in, all or nothing (see snapshot.ts for what wins); `options` hear progress and can stop it. */
  merge(incoming: JournalImport, options?: MergeOptions): Promise<MergeSummary>;
  /** Starts a merge that writes photos as they are given, e.g. while a restore reads the rest (snapshot.ts). */
  startMerge(options?: MergeOptions): Promise<MergeInProgress>;
  /** When the last backup was made, if ever. */
  loadBackupInfo(): Promise<BackupInfo | undefined>;
  /** Notes that a backup was just made. */
  saveBackupInfo(info: BackupInfo): Promise<void>;
  /** The photo diary. */
  readonly photos: PhotoLibrary;
  close(): void;
}

/** How a journal is opened: what tests force, and the watchdog's base limit. */
export interface JournalOptions {
  /** How photos' originals are written ('auto': as this browser allows, found once per page). */
  readonly images?: ImageStorage;
  /** How long one operation may go unanswered, in milliseconds, before it is given up (tests pass a short one). */
  readonly timeLimitMs?: number;
}

/** The journal in IndexedDB; every operation runs under the watchdog (watchdog.ts). */
export class IdbJournalStore implements JournalStore {
  readonly photos: PhotoLibrary;

  private constructor(
    private readonly journal: WatchedDb<JournalSchema>,
    private readonly images: ImageStorage,
  ) {
    this.photos = new IdbPhotoLibrary(journal, images);
  }

  /** Opens the journal database `name`. */
  static async open(name?: string, callbacks?: OpenCallbacks, options: JournalOptions = {}): Promise<IdbJournalStore> {
    const { images = 'auto', timeLimitMs = JOURNAL_TIME_LIMIT_MS } = options;
    const db = await openJournalDb(name, callbacks, timeLimitMs);
    return new IdbJournalStore(new WatchedDb(db, timeLimitMs), images);
  }

  /** One record of `meta`. */
  private meta<T>(key: JournalSchema['meta']['key']): Promise<T | undefined> {
    return this.journal.run(['meta'], 'readonly', (tx) => tx.store.get(key) as Promise<T | undefined>);
  }

  /** Puts `value` in `store` (under `key` for `meta`), refused writes turned into sentences. */
  private put<Name extends 'meta' | 'checkIns' | 'adherence'>(
    name: Name,
    value: JournalSchema[Name]['value'],
    key?: JournalSchema['meta']['key'],
  ): Promise<void> {
    return guardWrite(() =>
      this.journal.run([name], 'readwrite', async (tx) => {
        await tx.store.put(value, key);
      }),
    );
  }

  async loadPlan(): Promise<PlanRecord> {
    const stored = await this.meta<PlanRecord>('plan');
    return stored ?? { sessions: [], updatedAt: NO_PLAN_SAVED };
  }

  async savePlan(plan: Plan, basis?: PlanRecord): Promise<PlanRecord> {
    const checked = validatePlan({ sessions: plan.sessions.map((s) => ({ ...s })) });
    if (!checked.ok) throw new InvalidRecordError(checked.error.replace('is not valid', 'was not saved'));
    const sessions = [...checked.value.sessions].sort((a, b) => (a.date < b.date ? -1 : 1));
    const record: PlanRecord = { sessions, updatedAt: new Date().toISOString() };
    await guardWrite(() =>
      this.journal.run(['meta'], 'readwrite', async (tx) => {
        // Compared and written in one transaction, so no other tab's save can come in between.
        const stored = (await tx.store.get('plan')) as PlanRecord | undefined;
        if (basis !== undefined && !sameRecord(stored ?? { sessions: [], updatedAt: NO_PLAN_SAVED }, basis))
          throw new ChangedElsewhereError(
            msg(
              'Your plan was changed in another tab or window after this screen showed it, so this change was not saved.',
            ),
          );
        await tx.store.put(record, 'plan');
      }),
    );
    return record;
  }

  async loadSettings(): Promise<Settings> {
    const stored = await this.meta<Settings>('settings');
    return { ...DEFAULT_SETTINGS, ...stored };
  }

  async loadRegimen(): Promise<Regimen> {
    const checked = validateRegimen(await this.meta('regimen'));
    return checked.ok ? checked.value : DEFAULT_REGIMEN;
  }

  async saveRegimen(input: unknown): Promise<Regimen> {
    const checked = validateRegimen(input);
    if (!checked.ok) throw new InvalidRecordError(notLoadedSentence('regimen', checked.problem ?? checked.error));
    await this.put('meta', checked.value, 'regimen');
    return checked.value;
  }

  async resetRegimen(): Promise<void> {
    await this.journal.run(['meta'], 'readwrite', (tx) => tx.store.delete('regimen'));
  }

  async saveSettings(change: Partial<Settings>): Promise<void> {
    await guardWrite(() =>
      this.journal.run(['meta'], 'readwrite', async (tx) => {
        const stored = (await tx.store.get('settings')) as Settings | undefined;
        await tx.store.put(checkSettings({ ...DEFAULT_SETTINGS, ...stored, ...change }), 'settings');
      }),
    );
  }

  checkInOn(date: IsoDate): Promise<CheckInRecord | undefined> {
    return this.journal.run(['checkIns'], 'readonly', (tx) => tx.store.get(date));
  }

  checkInBefore(date: IsoDate): Promise<CheckInRecord | undefined> {
    return this.journal.run(['checkIns'], 'readonly', async (tx) => {
      const cursor = await tx.store.openCursor(IDBKeyRange.upperBound(date, true), 'prev');
      return cursor?.value;
    });
  }

  async checkIns(): Promise<CheckInRecord[]> {
    return (await this.journal.run(['checkIns'], 'readonly', (tx) => tx.store.getAll())).reverse();
  }

  async saveCheckIn(record: CheckInRecord, basis?: CheckInRecord | null): Promise<void> {
    const checked = checkCheckIn(record);
    if (compareDates(checked.date, localToday()) > 0)
      throw new InvalidRecordError(
        msg(str`The check-in of ${describeDate(checked.date)} was not saved: that day is still to come.`),
      );
    await guardWrite(() =>
      this.journal.run(['checkIns'], 'readwrite', async (tx) => {
        // Compared and written in one transaction, so no other tab's save can come in between.
        const stored = await tx.store.get(checked.date);
        if (basis !== undefined && !sameRecord(stored, basis))
          throw new ChangedElsewhereError(
            msg(
              str`The check-in of ${describeDate(checked.date)} was saved in another tab or window after this form was opened, so yours was not saved.`,
            ),
          );
        await tx.store.put(checked);
      }),
    );
  }

  async adherenceOn(date: IsoDate): Promise<AdherenceRecord> {
    return (await this.journal.run(['adherence'], 'readonly', (tx) => tx.store.get(date))) ?? { date, counts: {} };
  }

  async saveAdherence(record: AdherenceRecord): Promise<void> {
    await this.put('adherence', checkAdherence(record));
  }

  async saveTick(date: IsoDate, ruleId: string, count: number): Promise<void> {
    await guardWrite(() =>
      this.journal.run(['adherence'], 'readwrite', async (tx) => {
        // The day's ticks are read and written in one transaction: a tick made in another tab stays.
        const stored = await tx.store.get(date);
        await tx.store.put(checkAdherence({ date, counts: { ...stored?.counts, [ruleId]: count } }));
      }),
    );
  }

  // Backups are rare: their code loads when one is made or restored, not at start-up.
  async snapshot(): Promise<JournalSnapshot> {
    const { readSnapshot } = await import('./snapshot.ts');
    return readSnapshot(this.journal);
  }

  async merge(incoming: JournalImport, options?: MergeOptions): Promise<MergeSummary> {
    const { mergeSnapshot } = await import('./snapshot.ts');
    return mergeSnapshot(this.journal, incoming, this.images, options);
  }

  async startMerge(options?: MergeOptions): Promise<MergeInProgress> {
    const { startMerge } = await import('./snapshot.ts');
    return startMerge(this.journal, this.images, options);
  }

  loadBackupInfo(): Promise<BackupInfo | undefined> {
    return this.meta<BackupInfo>('backup');
  }

  async saveBackupInfo(info: BackupInfo): Promise<void> {
    await this.put('meta', { lastBackupAt: info.lastBackupAt }, 'backup');
  }

  close(): void {
    this.journal.db.close();
  }
}
