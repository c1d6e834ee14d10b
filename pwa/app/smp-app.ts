/**
 * The app: an adapter between the journal's storage, the clock, the service worker and the shared
 * components. Components get properties and report events; only this file reads and writes.
 */
import { LitElement, html, nothing, svg } from 'lit';
import '../../src/components/day-nav/day-nav.ts';
import '../../src/components/flag-list/flag-list.ts';
import '../../src/components/status-card/status-card.ts';
import { localDateOf, localToday, msUntilNextLocalMidnight } from '../../src/calendar/local-date.ts';
import {
  DEFAULT_SETTINGS,
  type AdherenceRecord,
  type BackupInfo,
  type CheckInRecord,
  type PlanRecord,
  type Settings,
} from '../../src/journal/records.ts';
import { readStorageHealth, requestPersistence, type StorageHealth } from '../../src/journal/storage-health.ts';
import { clearStartSnapshot, readStartSnapshot, saveStartSnapshot } from '../../src/journal/start-snapshot.ts';
import { IdbJournalStore, type JournalStore } from '../../src/journal/store.ts';
import {
  DEFAULT_REGIMEN,
  describeDate,
  statusOn,
  type IsoDate,
  type Plan,
  type Regimen,
} from '../../src/rules/index.ts';
import { backupReminderDue } from '../../src/backup/reminder.ts';
import { readRegimenLink } from './regimen-link.ts';
import { sendPlanToExtension } from '../extension-bridge.ts';
import { registerServiceWorker } from '../sw-bridge.ts';
import { appStyles } from './app.styles.ts';
import { hrefOf, parseRoute, type Route } from './routes.ts';

const tabIcon = (d: string) =>
  html`<svg
    viewBox="0 0 24 24"
    aria-hidden="true"
    fill="none"
    stroke="currentColor"
    stroke-width="2"
    stroke-linecap="round"
    stroke-linejoin="round"
  >
    ${svg`<path d=${d} />`}
  </svg>`;
const TABS = [
  { route: 'today', label: 'Today', icon: 'M4 11l8-7 8 7v9a1 1 0 0 1-1 1h-5v-6h-4v6H5a1 1 0 0 1-1-1z' },
  { route: 'check-in', label: 'Check in', icon: 'M9 12l2 2 4-4M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z' },
  { route: 'photos', label: 'Photos', icon: 'M4 7h3l2-3h6l2 3h3v13H4zM12 17a4 4 0 1 0 0-8 4 4 0 0 0 0 8z' },
  { route: 'history', label: 'History', icon: 'M3 12a9 9 0 1 0 3-6.7L3 8M3 3v5h5M12 7v5l3 2' },
  { route: 'plan', label: 'Plan', icon: 'M4 6h16v14H4zM4 10h16M9 3v4M15 3v4' },
  { route: 'share', label: 'Share', icon: 'M12 3v12M7 8l5-5 5 5M5 14v6h14v-6' },
] as const;
const SETTINGS_ICON =
  'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM4 12h2M18 12h2M12 4v2M12 18v2M6.3 6.3l1.4 1.4M16.3 16.3l1.4 1.4M6.3 17.7l1.4-1.4M16.3 7.7l1.4-1.4';

// Screens other than Today load when first visited, so the first screen stays small and fast.
// Their elements upgrade when the module arrives; Lit keeps properties set before that.
const SCREEN_MODULES: Partial<Record<Route['name'], () => Promise<unknown>>> = {
  'check-in': () => import('../../src/components/check-in-form/check-in-form.ts'),
  history: () => import('../../src/components/check-in-history/check-in-history.ts'),
  plan: () => import('../../src/components/plan-editor/plan-editor.ts'),
  settings: () => import('../../src/components/settings-panel/settings-panel.ts'),
  share: () => import('./share-page.ts'),
  photos: () => import('./photos-page.ts'),
  photo: () => import('./photos-page.ts'),
  compare: () => import('./photos-page.ts'),
};

/** The app shell: routes, state and storage. */
export class SmpApp extends LitElement {
  static override styles = appStyles;

  static override properties = {
    route: { state: true },
    today: { state: true },
    plan: { state: true },
    settings: { state: true },
    checkIns: { state: true },
    adherence: { state: true },
    health: { state: true },
    notice: { state: true },
    error: { state: true },
    updateReady: { state: true },
    loaded: { state: true },
    photoToday: { state: true },
    regimen: { state: true },
    backupInfo: { state: true },
    backupDue: { state: true },
    settled: { state: true },
  };

  /** An opened store may be handed in (tests); otherwise the app opens the IndexedDB journal. */
  store: JournalStore | null = null;
  route: Route = parseRoute(location.hash);
  today: IsoDate = localToday();
  plan: PlanRecord = { sessions: [], updatedAt: '' };
  settings: Settings = DEFAULT_SETTINGS;
  checkIns: CheckInRecord[] = [];
  adherence: AdherenceRecord | null = null;
  health: StorageHealth | null = null;
  notice = '';
  error = '';
  updateReady: (() => void) | null = null;
  loaded = false;
  /** The regimen in use (a technician's own, or the built-in one). */
  regimen: Regimen = DEFAULT_REGIMEN;
  /** Whether today's diary already has a photo (for the reminder). */
  photoToday = false;
  /** When the last backup was made, and whether Today should ask for a new one. */
  backupInfo: BackupInfo | undefined = undefined;
  backupDue = false;
  private midnightTimer = 0;
  private painted = false;
  private swRequested = false;
  /** False until the first screen has painted; then the rest of the page renders. */
  private settled = false;

  override connectedCallback() {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    document.addEventListener('visibilitychange', this.refreshToday);
    this.scheduleMidnight();
    void this.load();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    document.removeEventListener('visibilitychange', this.refreshToday);
    clearTimeout(this.midnightTimer);
    this.store?.close();
  }

  override render() {
    return html`
      <header class="topbar">
        <div class="topbar-inner">
          <a class="brand" href="#/"
            ><img src="./icons/icon-192.png" alt="" width="32" height="32" /><span class="brand-name"
              >SMP Aftercare Journal</span
            ></a
          >
          ${this.plan.sessions.length > 0 && this.settled ? this.renderTabs() : nothing}
          <a class="settings-link" href="#/settings" aria-current=${this.route.name === 'settings' ? 'page' : 'false'}
            >${tabIcon(SETTINGS_ICON)}<span>Settings</span></a
          >
        </div>
      </header>
      <main id="main">
        ${
          this.updateReady
            ? html`<div class="banner" role="status">
                A new version of the app is ready.
                <button class="secondary" @click=${() => this.updateReady?.()}>Update</button>
              </div>`
            : nothing
        }
        ${this.notice ? html`<div class="banner warn" role="alert">${this.notice}</div>` : nothing}
        ${this.loaded && !this.firstRunPending() ? this.renderRoute() : html`<p role="status">Loading your aftercare…</p>`}
        <p class="privacy">Everything stays on this device. This app gives aftercare guidance, not a diagnosis.</p>
      </main>
    `;
  }

  override updated() {
    // The moment today's card is on screen, for the start-up benchmark.
    // The tabs and the panels below the card follow a frame later, so the card paints first.
    if (!this.painted && this.renderRoot.querySelector('smp-status-card')) {
      this.painted = true;
      requestAnimationFrame(() => {
        performance.mark('today-card-painted');
        this.settled = true;
      });
    } else if (this.loaded && !this.settled && !this.painted) {
      this.settled = true;
    }
    // The service worker (and its window library) once the first screen is up, never before it.
    if (this.loaded && !this.swRequested) {
      this.swRequested = true;
      const register = () => registerServiceWorker((apply) => (this.updateReady = apply));
      if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: 2000 });
      else setTimeout(register, 200);
    }
  }

  private renderTabs() {
    const current = this.route.name === 'photo' || this.route.name === 'compare' ? 'photos' : this.route.name;
    return html`<nav class="tabs" aria-label="Main">
      <ul>
        ${TABS.map(
          (tab) =>
            html`<li>
              <a
                href=${hrefOf({ name: tab.route, date: null } as Route)}
                aria-current=${current === tab.route ? 'page' : 'false'}
                >${tabIcon(tab.icon)}<span>${tab.label}</span></a
              >
            </li>`,
        )}
      </ul>
    </nav>`;
  }

  override willUpdate(changed: Map<string, unknown>) {
    // The first-run form is needed once per device: it loads only when there is no plan yet.
    if (this.loaded && this.plan.sessions.length === 0) this.loadFirstRun();
    if (changed.has('route')) {
      SCREEN_MODULES[this.route.name]?.().catch(() => {
        this.notice = 'Part of the app could not be loaded. Reload the page to try again.';
      });
    }
  }

  /** True while the first-run form is needed but its code has not arrived (the page keeps "Loading…", so nothing shifts). */
  private firstRunPending(): boolean {
    return (
      this.plan.sessions.length === 0 &&
      this.route.name !== 'settings' &&
      this.route.name !== 'share' &&
      !customElements.get('smp-first-run')
    );
  }

  private firstRunRequested = false;
  private loadFirstRun() {
    if (this.firstRunRequested) return;
    this.firstRunRequested = true;
    import('../../src/components/first-run/first-run.ts')
      .then(() => this.requestUpdate())
      .catch(() => {
        this.notice = 'Part of the app could not be loaded. Reload the page to try again.';
      });
  }

  private renderRoute() {
    if (this.plan.sessions.length === 0 && this.route.name !== 'settings' && this.route.name !== 'share') {
      return html`<smp-first-run
          .today=${this.today}
          .error=${this.error}
          @plan-change=${this.onPlanChange}
        ></smp-first-run>
        <p class="panel restore-hint">
          Moving from another phone or browser? <a href="#/share">Restore your journal from a backup</a>.
        </p>`;
    }
    switch (this.route.name) {
      case 'today':
        return this.renderToday(this.route.date ?? this.today);
      case 'check-in':
        return this.renderCheckIn(this.route.date ?? this.today);
      case 'photos':
      case 'photo':
      case 'compare':
        return html`<smp-photos-page
          .store=${this.store}
          .plan=${this.plan}
          .today=${this.today}
          .checkIns=${this.checkIns}
          .view=${this.route.name === 'photo' ? { name: 'photo', id: this.route.id } : this.route.name === 'compare' ? { name: 'compare', area: this.route.area } : { name: 'photos' }}
        ></smp-photos-page>`;
      case 'history':
        return html`<h1>Check-in history</h1>
          <smp-check-in-history
            .checkIns=${this.checkIns}
            .unit=${this.settings.temperatureUnit}
            .dayOf=${this.dayOf}
            @check-in-edit=${(e: CustomEvent<{ date: string }>) => (location.hash = hrefOf({ name: 'check-in', date: e.detail.date as IsoDate }))}
          ></smp-check-in-history>`;
      case 'plan':
        return html`<h1>Your treatment plan</h1>
          <smp-plan-editor
            .plan=${this.plan}
            .today=${this.today}
            .error=${this.error}
            @plan-change=${this.onPlanChange}
          ></smp-plan-editor>
          <section class="panel checkin-cta" aria-labelledby="calendar-heading">
            <div>
              <h2 id="calendar-heading">Reminders in your calendar</h2>
              <p class="hint">
                A calendar file with each change (showering, swimming, sunscreen…), so your phone reminds you even when
                this app is closed. Export again after changing the plan: the events update.
              </p>
            </div>
            <button class="secondary" @click=${this.onCalendarExport}>Download calendar (.ics)</button>
          </section>`;
      case 'share':
        return html`<smp-share-page
          .store=${this.store}
          .plan=${this.plan}
          .today=${this.today}
          .backupInfo=${this.backupInfo}
          @journal-change=${() => void this.reload()}
        ></smp-share-page>`;
      case 'settings':
        return html`<h1>Settings</h1>
          <smp-settings-panel
            .unit=${this.settings.temperatureUnit}
            .health=${this.health}
            @unit-change=${this.onUnitChange}
            @persist-request=${this.onPersistRequest}
          ></smp-settings-panel>
          <section class="panel" aria-labelledby="regimen-heading">
            <h2 id="regimen-heading">Aftercare regimen</h2>
            <p>In use: <strong>${this.regimen.name}</strong></p>
            <p class="hint">
              Your technician may give you their own regimen as a file or a link. It replaces the standard one.
            </p>
            ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
            <p class="regimen-actions">
              <label class="button secondary"
                >Load a regimen file…
                <input
                  class="visually-hidden"
                  type="file"
                  accept="application/json,.json"
                  @change=${this.onRegimenFile}
                />
              </label>
              ${
                this.regimen.id === DEFAULT_REGIMEN.id
                  ? nothing
                  : html`<button class="quiet" @click=${() => this.write((store) => store.resetRegimen())}>
                      Back to the standard regimen
                    </button>`
              }
            </p>
          </section>`;
    }
  }

  private renderToday(date: IsoDate) {
    const status = statusOn(this.plan, date, this.regimen);
    const isToday = date === this.today;
    const latest = this.checkIns.find((c) => c.date <= this.today);
    const urgent = latest?.flags.filter((f) => f.level === 'urgent') ?? [];
    const checkedIn = this.checkIns.some((c) => c.date === this.today);
    // Not yet checked in: the invitation comes first; afterwards it moves below the card.
    const cta = html`<section class="panel checkin-cta" aria-labelledby="cta-heading">
      <div>
        <h2 id="cta-heading">${checkedIn ? 'You have checked in today' : 'How does your scalp feel today?'}</h2>
        <p class="hint">
          ${checkedIn ? 'You can update it if something changes.' : 'Log swelling, temperature and redness: it takes a minute.'}
        </p>
      </div>
      <a class="button" href="#/check-in">${checkedIn ? 'Edit today’s check-in' : 'Check in'}</a>
    </section>`;
    return html`
      <h1 class="visually-hidden">${isToday ? 'Your aftercare today' : `Your aftercare on ${describeDate(date)}`}</h1>
      ${
        urgent.length > 0 && isToday
          ? html`<section class="urgent" aria-labelledby="urgent-heading">
              <h2 id="urgent-heading">
                From your check-in of
                ${latest?.date === this.today ? 'today' : describeDate(latest?.date ?? this.today)}
              </h2>
              <smp-flag-list .flags=${urgent}></smp-flag-list>
              <p>
                This stays here until a later check-in no longer shows it.
                <a class="button secondary" href="#/check-in">Check in again</a>
              </p>
            </section>`
          : nothing
      }
      ${isToday && !checkedIn && urgent.length === 0 ? cta : nothing}
      <smp-day-nav
        .date=${date}
        .today=${this.today}
        @date-change=${(e: CustomEvent<{ date: IsoDate }>) => (location.hash = hrefOf({ name: 'today', date: e.detail.date === this.today ? null : e.detail.date }))}
      ></smp-day-nav>
      <smp-status-card
        .status=${status}
        .isToday=${isToday}
        regimen-name=${this.regimen.name}
        .adherence=${date <= this.today && this.adherence?.date === date ? this.adherence.counts : undefined}
        @adherence-change=${this.onAdherenceChange}
      ></smp-status-card>
      ${isToday && checkedIn && this.settled ? cta : nothing}
      ${
        isToday && this.backupDue && this.settled
          ? html`<section class="panel checkin-cta" aria-labelledby="backup-heading">
              <div>
                <h2 id="backup-heading">Time for a backup</h2>
                <p class="hint">
                  ${this.backupInfo ? `Your last backup was on ${describeDate(localDateOf(new Date(this.backupInfo.lastBackupAt)))}` : 'You have not made a backup yet'}
                  and you have added photos since. A backup keeps them if this browser’s data is cleared or you change
                  phones.
                </p>
              </div>
              <a class="button secondary" href="#/share">Back up now</a>
            </section>`
          : nothing
      }
      ${
        isToday && !this.photoToday && this.settled
          ? html`<section class="panel checkin-cta" aria-labelledby="photo-heading">
              <div>
                <h2 id="photo-heading">No healing photo yet today</h2>
                <p class="hint">Take it the same way each day, so you can compare.</p>
              </div>
              <a class="button secondary" href="#/photos">Add today’s photo</a>
            </section>`
          : nothing
      }
    `;
  }

  private renderCheckIn(date: IsoDate) {
    const value = this.checkIns.find((c) => c.date === date);
    const previous = this.checkIns.find((c) => c.date < date);
    return html`<h1>Check-in${date === this.today ? ' for today' : ''}</h1>
      <smp-check-in-form
        .date=${date}
        .day=${this.dayOf(date)}
        .value=${value}
        .previous=${previous}
        .unit=${this.settings.temperatureUnit}
        .error=${this.error}
        @check-in-save=${this.onCheckInSave}
        @unit-change=${this.onUnitChange}
      ></smp-check-in-form>`;
  }

  private readonly dayOf = (date: string): number | null => statusOn(this.plan, date).day;

  private async load() {
    this.paintFromSnapshot();
    // No copy of Today kept: probably a first visit, so fetch the first-run form while the journal opens.
    if (!this.loaded) this.loadFirstRun();
    try {
      this.store ??= await IdbJournalStore.open(undefined, {
        onBlocked: () =>
          (this.notice =
            'The app was updated, but another tab still has the old version open. Close the other SMP Aftercare tabs to finish.'),
        onVersionChange: () =>
          (this.notice = 'A newer version of the app is open in another tab. Reload this page to keep using it.'),
      });
      await this.reload();
      await this.takeRegimenLink();
    } catch (error) {
      clearStartSnapshot();
      this.notice = `Your journal could not be opened: ${error instanceof Error ? error.message : String(error)}`;
    }
    this.loaded = true;
  }

  /** Today, painted from the copy kept for start-up while IndexedDB opens (see start-snapshot.ts). */
  private paintFromSnapshot() {
    if (this.route.name !== 'today' || this.route.date !== null || readRegimenLink(location.hash)) return;
    const snapshot = readStartSnapshot();
    if (!snapshot || snapshot.plan.sessions.length === 0) return;
    const sameDay = snapshot.today === this.today;
    this.plan = { ...snapshot.plan, updatedAt: '' };
    this.regimen = snapshot.regimen;
    this.checkIns = snapshot.latestCheckIn ? [snapshot.latestCheckIn] : [];
    this.adherence = snapshot.adherence?.date === this.today ? snapshot.adherence : { date: this.today, counts: {} };
    this.photoToday = sameDay && snapshot.photoToday;
    this.backupDue = sameDay && snapshot.backupDue;
    this.loaded = true;
  }

  private async reload() {
    const store = this.store;
    if (!store) return;
    // Everything the screens show, read at once (one round of parallel reads, not one after another).
    const date = this.route.name === 'today' ? (this.route.date ?? this.today) : this.today;
    const [plan, settings, checkIns, regimen, adherence, photos, backupInfo] = await Promise.all([
      store.loadPlan(),
      store.loadSettings(),
      store.checkIns(),
      store.loadRegimen(),
      store.adherenceOn(date),
      store.photos.list(),
      store.loadBackupInfo(),
    ]);
    this.plan = plan;
    this.settings = settings;
    this.checkIns = checkIns;
    this.regimen = regimen;
    this.adherence = adherence;
    this.backupInfo = backupInfo;
    this.photoToday = photos.some((p) => p.date === this.today);
    this.backupDue = backupReminderDue(
      backupInfo?.lastBackupAt,
      photos.map((p) => p.addedAt),
      new Date(),
    );
    const latest = this.checkIns.find((c) => c.date <= this.today);
    saveStartSnapshot({
      plan: { sessions: plan.sessions },
      regimen,
      adherence: date === this.today ? adherence : null,
      latestCheckIn: latest ?? null,
      photoToday: this.photoToday,
      backupDue: this.backupDue,
      today: this.today,
    });
    sendPlanToExtension(this.plan, latest?.flags.some((f) => f.level === 'urgent') ?? false, this.regimen);
    if (this.route.name === 'settings') this.health = await readStorageHealth();
  }

  /** Runs a write; a refusal (bad input, full disk) is shown and the journal stays as it was. */
  private async write(action: (store: JournalStore) => Promise<unknown>): Promise<boolean> {
    if (!this.store) return false;
    this.error = '';
    try {
      await action(this.store);
      await this.reload();
      return true;
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
      return false;
    }
  }

  private readonly onPlanChange = async (event: CustomEvent<{ plan: Plan }>) => {
    const first = this.plan.sessions.length === 0;
    if (await this.write((store) => store.savePlan(event.detail.plan))) {
      if (first) {
        location.hash = '#/';
        if (!this.settings.persistenceAsked) {
          await requestPersistence();
          await this.write((store) => store.saveSettings({ ...this.settings, persistenceAsked: true }));
        }
      }
    }
  };

  private readonly onCheckInSave = async (event: CustomEvent<{ record: CheckInRecord }>) => {
    if (await this.write((store) => store.saveCheckIn(event.detail.record))) {
      const flags = event.detail.record.flags;
      // Flags are already on screen in the form; after saving, Today shows any urgent one.
      if (!flags.some((f) => f.level !== 'info')) location.hash = '#/';
    }
  };

  private readonly onAdherenceChange = (event: CustomEvent<{ ruleId: string; count: number }>) => {
    const current = this.adherence;
    if (!current) return;
    const counts = { ...current.counts, [event.detail.ruleId]: event.detail.count };
    void this.write((store) => store.saveAdherence({ date: current.date, counts }));
  };

  private readonly onRegimenFile = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      this.error = `“${file.name}” is not a regimen file (it is not JSON), so nothing changed.`;
      return;
    }
    await this.write((store) => store.saveRegimen(parsed));
  };

  private readonly onCalendarExport = async () => {
    try {
      const { milestonesCalendar } = await import('../../src/export/calendar.ts');
      const { downloadFile } = await import('../../src/export/share-file.ts');
      downloadFile(
        new File([milestonesCalendar(this.plan, this.regimen)], 'smp-aftercare-milestones.ics', {
          type: 'text/calendar',
        }),
      );
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
    }
  };

  private readonly onUnitChange = (event: CustomEvent<{ unit: 'C' | 'F' }>) => {
    void this.write((store) => store.saveSettings({ ...this.settings, temperatureUnit: event.detail.unit }));
  };

  private readonly onPersistRequest = async () => {
    await requestPersistence();
    this.health = await readStorageHealth();
  };

  /** A `#regimen=` link from a technician: load it, then go to Today. */
  private async takeRegimenLink(): Promise<boolean> {
    const link = readRegimenLink(location.hash);
    if (!link) return false;
    history.replaceState(null, '', '#/');
    this.route = parseRoute('#/');
    if (!link.ok) {
      this.notice = link.error;
      return true;
    }
    if (await this.write((store) => store.saveRegimen(link.value))) this.notice = `Now using “${this.regimen.name}”.`;
    else this.notice = this.error;
    return true;
  }

  private readonly onHashChange = () => {
    if (readRegimenLink(location.hash)) {
      void this.takeRegimenLink();
      return;
    }
    this.route = parseRoute(location.hash);
    this.error = '';
    void this.reload();
    window.scrollTo(0, 0);
  };

  private readonly refreshToday = () => {
    const today = localToday();
    if (today !== this.today) {
      this.today = today;
      void this.reload();
    }
  };

  private scheduleMidnight() {
    clearTimeout(this.midnightTimer);
    this.midnightTimer = window.setTimeout(() => {
      this.refreshToday();
      this.scheduleMidnight();
    }, msUntilNextLocalMidnight(new Date()));
  }
}

if (!customElements.get('smp-app')) customElements.define('smp-app', SmpApp);

declare global {
  interface HTMLElementTagNameMap {
    'smp-app': SmpApp;
  }
}
