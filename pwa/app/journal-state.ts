/**
 * The journal as the app shows it: the opened store, everything the screens read from it (in one
 * round of parallel reads), and the one way to write. The app makes one and hands it to every
 * screen; screens read its fields and write through `write()`. Every change is announced with a
 * `change` event, which `JournalController` (journal-controller.ts) turns into a re-render of the screen.
 * Its parts: opening the store (journal-open.ts), the other tabs (other-tabs.ts), the plan's unusable
 * sessions (usable-plan.ts) and the check-ins in the language in use (worded-check-ins.ts).
 */
import { localToday } from '../../src/calendar/local-date.ts';
import { msg, str } from '@lit/localize';
import { backupReminderDue } from '../../src/backup/reminder.ts';
import {
  DEFAULT_SETTINGS,
  type AdherenceRecord,
  type BackupInfo,
  type CheckInRecord,
  type PhotoRecord,
  type PlanRecord,
  type Settings,
} from '../../src/journal/records.ts';
import { clearStartSnapshot, readStartSnapshot, saveStartSnapshot } from '../../src/journal/start-snapshot.ts';
import { readStorageHealth, type StorageHealth } from '../../src/journal/storage-health.ts';
import type { JournalStore } from '../../src/journal/store.ts';
import { DEFAULT_REGIMEN, dayOfHealing, type IsoDate, type Regimen } from '../../src/rules/index.ts';
import { ChangedElsewhereError } from '../../src/journal/records.ts';
import { errorSentence, openJournalStore } from './journal-open.ts';
import { OtherTabs } from './other-tabs.ts';
import { clearTodayCopy } from './today-copy.ts';
import { UsablePlan } from './usable-plan.ts';
import { WordedCheckIns } from './worded-check-ins.ts';

/**
 * What a write came to: done (and the journal reloaded), or the sentence saying why nothing changed;
 * `conflict` when it would have overwritten a newer save from another tab (the screen asks which to keep).
 */
export type WriteOutcome =
  { readonly ok: true } | { readonly ok: false; readonly error: string; readonly conflict: boolean };

/** What the app hands a journal: where its sentences go, and what follows each reload. */
export interface JournalHooks {
  /** Shows sentences about the journal itself (it could not open, another tab is in the way). */
  onNotice(sentence: string): void;
  /** Runs after each reload (the app tells the extension). */
  onReload?(journal: JournalState): void;
}

/** The journal's state and its writes; `change` is dispatched after each change. */
export class JournalState extends EventTarget {
  /** The opened journal; null until it opens. An opened store may be handed in (tests). */
  store: JournalStore | null = null;
  today: IsoDate = localToday();
  plan: PlanRecord = { sessions: [], updatedAt: '' };
  /** The plan as last read from the journal (before unusable sessions are left out); null until read. A plan save passes it, so a newer save from another tab is not lost. */
  planBasis: PlanRecord | null = null;
  settings: Settings = DEFAULT_SETTINGS;
  private readonly checkInList = new WordedCheckIns();
  /** The regimen in use (a technician's own, or the built-in one). */
  regimen: Regimen = DEFAULT_REGIMEN;
  /** The ticks of `shownDay`. */
  adherence: AdherenceRecord | null = null;
  /** The photos' details, oldest day first (never the images: those stay in the photo library). */
  photos: PhotoRecord[] = [];
  /** Whether today's diary already has a photo (for the reminder). */
  photoToday = false;
  /** When the last backup was made, and whether Today should ask for a new one. */
  backupInfo: BackupInfo | undefined = undefined;
  backupDue = false;
  /** Storage use and persistence; read only when a screen asks (`readHealth`). */
  health: StorageHealth | null = null;
  /** The day whose ticks `adherence` holds: the day Today shows, null for today. */
  shownDay: IsoDate | null = null;
  private opening: Promise<boolean> | null = null;
  /** Another tab's change is read here too (once the journal is open). */
  private readonly tabs = new OtherTabs(() => this.store !== null && this.read());
  private readonly usable = new UsablePlan((sentence) => this.hooks.onNotice(sentence));

  constructor(private readonly hooks: JournalHooks) {
    super();
  }

  /** The check-ins, newest first, their flags worded in the language in use (worded-check-ins.ts). */
  get checkIns(): CheckInRecord[] {
    return this.checkInList.shown(this.plan);
  }

  set checkIns(checkIns: CheckInRecord[]) {
    this.checkInList.stored = checkIns;
  }

  /** The check-in of `date` as stored: what a form is filled from (its save compares the two). */
  storedCheckIn(date: string): CheckInRecord | undefined {
    return this.checkInList.stored.find((c) => c.date === date);
  }

  /** The latest check-in up to today (its urgent flags stay on Today until a later one). */
  get latestCheckIn(): CheckInRecord | undefined {
    return this.checkIns.find((c) => c.date <= this.today);
  }

  /** Day numbers by the plan (for the check-in form and the history); null for a date the rules cannot use. */
  readonly dayOf = (date: string): number | null => dayOfHealing(this.plan, date);

  /**
   * Today's state from the small copy kept for start-up (start-snapshot.ts), so Today paints while
   * IndexedDB opens; false when there is none worth showing.
   */
  loadStartSnapshot(): boolean {
    const snapshot = readStartSnapshot();
    if (!snapshot || snapshot.plan.sessions.length === 0) return false;
    const sameDay = snapshot.today === this.today;
    this.plan = { ...snapshot.plan, updatedAt: '' };
    this.regimen = snapshot.regimen;
    this.checkIns = snapshot.latestCheckIn ? [snapshot.latestCheckIn] : [];
    this.adherence = snapshot.adherence?.date === this.today ? snapshot.adherence : { date: this.today, counts: {} };
    this.photoToday = sameDay && snapshot.photoToday;
    this.backupDue = sameDay && snapshot.backupDue;
    this.changed();
    return true;
  }

  /** Opens the journal and reads it; false, with the reason told, when that failed. */
  open(): Promise<boolean> {
    return (this.opening ??= this.openAndRead());
  }

  private async openAndRead(): Promise<boolean> {
    try {
      // The store's code loads while the first screen paints from its start-up copy.
      this.store ??= await openJournalStore((sentence) => this.hooks.onNotice(sentence));
      await this.read();
      return true;
    } catch (error) {
      // A copy of a journal that cannot be read must not paint the next start.
      clearStartSnapshot();
      const why = await errorSentence(error);
      this.hooks.onNotice(msg(str`Your journal could not be opened. ${why}`));
      return false;
    }
  }

  /** Reads everything the screens show after a change made here, and tells the app's other tabs to read it too. */
  async reload(): Promise<void> {
    // Today's copy for the next start (today-copy.ts) is taken again once Today is drawn anew.
    clearTodayCopy();
    await this.read();
    this.tabs.announce();
  }

  /** Reads everything the screens show, at once (one round of parallel reads, not one after another). */
  async read(): Promise<void> {
    const store = this.store;
    if (!store) return;
    const date = this.shownDay ?? this.today;
    const [plan, settings, checkIns, regimen, adherence, photos, backupInfo] = await Promise.all([
      store.loadPlan(),
      store.loadSettings(),
      store.checkIns(),
      store.loadRegimen(),
      store.adherenceOn(date),
      store.photos.list(),
      store.loadBackupInfo(),
    ]);
    this.planBasis = plan;
    this.plan = this.usable.of(plan);
    this.settings = settings;
    this.checkIns = checkIns;
    this.regimen = regimen;
    this.adherence = adherence;
    this.backupInfo = backupInfo;
    this.photos = photos;
    this.photoToday = photos.some((p) => p.date === this.today);
    this.backupDue = backupReminderDue(
      backupInfo?.lastBackupAt,
      photos.map((p) => p.addedAt),
      new Date(),
    );
    this.changed();
    // The copy Today starts from next time.
    saveStartSnapshot({
      plan: { sessions: this.plan.sessions },
      regimen,
      adherence: date === this.today ? adherence : null,
      latestCheckIn: this.latestCheckIn ?? null,
      photoToday: this.photoToday,
      backupDue: this.backupDue,
      today: this.today,
    });
    this.hooks.onReload?.(this);
  }

  /**
   * Runs a write (once the journal is open), then reloads. A refusal (bad input, full disk) comes
   * back as its sentence, and the journal stays as it was.
   */
  async write(action: (store: JournalStore) => Promise<unknown>): Promise<WriteOutcome> {
    await this.opening;
    const store = this.store;
    if (!store)
      return {
        ok: false,
        error: msg('Your journal is not open, so nothing was saved. Reload the page to try again.'),
        conflict: false,
      };
    try {
      await action(store);
      await this.reload();
      return { ok: true };
    } catch (error) {
      return { ok: false, error: await errorSentence(error), conflict: error instanceof ChangedElsewhereError };
    }
  }

  /** Saves a change to the settings: only the keys changed, so another tab's setting saved meanwhile stays. */
  saveSettings(change: Partial<Settings>): Promise<WriteOutcome> {
    return this.write((store) => store.saveSettings(change));
  }

  /** Reads how much storage the journal uses and whether the browser keeps it. */
  async readHealth(): Promise<void> {
    this.health = await readStorageHealth();
    this.changed();
  }

  /** Moves to the new date (after midnight, or when the page is shown again) and reloads; nothing if the day is the same. */
  refreshToday(): void {
    const today = localToday();
    if (today === this.today) return;
    this.today = today;
    this.changed();
    this.read().catch(async (error: unknown) => this.hooks.onNotice(await errorSentence(error)));
  }

  /** Closes the journal (the app is leaving the page). */
  close(): void {
    this.tabs.close();
    this.store?.close();
  }

  private changed() {
    this.dispatchEvent(new Event('change'));
  }
}
