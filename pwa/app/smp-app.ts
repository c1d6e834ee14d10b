/**
 * The app shell: routes, the layout around the screens (top bar, tabs, banners, the privacy line),
 * loading each screen's code when it is first visited, the service worker, and the journal
 * (journal-state.ts), which it opens and hands to every screen. The screens read and write.
 */
import { LitElement, html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { openFlags, strongestAdvice } from '../../src/rules/index.ts';
import { registerServiceWorker } from '../sw-bridge.ts';
import { appStyles } from './app.styles.ts';
import { DayChangeController } from './day-change.ts';
import { FirstPaintController } from './first-paint.ts';
import { JournalController } from './journal-controller.ts';
import { JournalState } from './journal-state.ts';
import { isHandoverHash } from '../../src/handover/hash.ts';
import { APP_NOTICE } from './pending-handover.ts';
import { WITHOUT_A_PLAN, parseRoute, type Route } from './routes.ts';
import { loadScreen, screenFor } from './screens.ts';
import { renderTabs, settingsLink } from './tabs.ts';
import { applyTheme } from './theme.ts';
import { applyLanguage, languageFor, storedLanguageChoice, temperatureUnitOf } from './language.ts';
import { TodayCopyController, copyShown, removeShownCopy } from './today-copy.ts';

const loadFailed = () => msg('Part of the app could not be loaded. Reload the page to try again.');

/** The app shell. */
export class SmpApp extends LitElement {
  static override styles = appStyles;

  static override properties = {
    route: { state: true },
    notice: { state: true },
    updateReady: { state: true },
    loaded: { state: true },
    languageReady: { state: true },
    journalRead: { state: true },
  };

  /** The journal every screen reads and writes through. */
  readonly journal = new JournalState({
    onNotice: (sentence) => (this.notice = sentence),
    // The extension follows the app's plan, regimen and photo reminder (a no-op without it).
    onReload: (journal) => {
      const { plan, latestCheckIn, regimen, photoToday, settings } = journal;
      applyTheme(settings.theme);
      // The language's default unit (°F in en-US) is stored until the person chooses one, so the
      // report and the spreadsheet, which read the stored settings, say the same as the screens.
      void applyLanguage(settings.language).then(() => {
        const unit = temperatureUnitOf(settings);
        if (unit !== settings.temperatureUnit)
          void journal.saveSettings({ temperatureUnit: unit, temperatureUnitChosen: false });
      });
      const open = openFlags(latestCheckIn?.flags ?? []);
      // The level and the advice Today's heading and card give, so the badge and popup say the same.
      const [flag, advice] = [open[0]?.level ?? null, strongestAdvice(open)];
      // The message's code loads after the first read, outside the first screen's budget.
      void import('../extension-bridge.ts')
        .then((m) =>
          m.sendPlanToExtension(plan, flag, advice, regimen, { photoToday, photoReminder: settings.photoReminder }),
        )
        .catch(() => undefined);
      // The app's own reminder: its code loads once a time is set (and keeps following it after).
      if (settings.photoReminder || this.reminderLoaded) {
        this.reminderLoaded = true;
        void import('./photo-reminder-timer.ts').then((m) => m.followPhotoReminder(journal)).catch(() => undefined);
      }
    },
  });
  private reminderLoaded = false;
  route: Route = parseRoute(location.hash);
  notice = '';
  updateReady: (() => void) | null = null;
  /** True once there is something to show: Today's start-up copy, or the opened journal. */
  loaded = false;
  /** False while a translation's words load at start-up: nothing with words is drawn before (en-GB: true at once). */
  languageReady = languageFor(storedLanguageChoice()) === 'en-GB';
  private readonly firstPaint = new FirstPaintController(
    this,
    () => (!this.loaded ? 'loading' : this.route.name === 'today' && !this.showsFirstRun() ? 'today' : 'other'),
    // Today's copy from the last start is up (pwa/index.html): the whole page comes at once, nothing staged.
    copyShown(this),
  );
  /** True once the journal has been opened and read (not only its start-up copy). */
  journalRead = false;
  private swRequested = false;
  private firstRunRequested = false;

  constructor() {
    super();
    new JournalController(this);
    new DayChangeController(this, () => this.journal.refreshToday());
    // Today as drawn, kept for the next start (today-copy.ts): plain Today, read from the journal, no banner.
    new TodayCopyController(this, () =>
      this.journalRead &&
      this.firstPaint.settled &&
      this.route.name === 'today' &&
      this.route.date === null &&
      !this.showsFirstRun() &&
      !this.notice &&
      !this.updateReady
        ? this.journal.today
        : null,
    );
  }

  override connectedCallback() {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    // A screen's sentence for the banner (a regimen taken from a link, a plan kept as it was).
    this.addEventListener(APP_NOTICE, (e) => (this.notice = (e as CustomEvent<{ sentence: string }>).detail.sentence));
    void this.start();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    this.journal.close();
  }

  override render() {
    // Until the words are here, only Today's copy from the last start shows, if there is one.
    if (!this.languageReady) return html`<slot name="copy"></slot>`;
    const tabs = this.journal.plan.sessions.length > 0 && this.firstPaint.settled;
    return html`
      <header class="topbar">
        <div class="topbar-inner">
          <a class="brand" href="#/"
            ><img src="./icons/icon-192.png" alt="" width="32" height="32" /><span class="brand-name"
              >${msg('SMP Aftercare Journal')}</span
            ></a
          >
          ${tabs ? renderTabs(this.route) : nothing} ${settingsLink(this.route)}
        </div>
      </header>
      <main id="main">
        ${
          this.updateReady
            ? html`<div class="banner" role="status">
                ${msg('A new version of the app is ready.')}
                <button class="secondary" @click=${() => this.updateReady?.()}>${msg('Update')}</button>
              </div>`
            : nothing
        }
        ${this.notice ? html`<div class="banner warn" role="alert">${this.notice}</div>` : nothing}
        ${this.renderScreen()}
        <p class="privacy">
          ${msg('Everything stays on this device. This app gives aftercare guidance, not a diagnosis.')}
        </p>
      </main>
    `;
  }

  override willUpdate(changed: Map<string, unknown>) {
    // The first-run form is needed once per device: it loads only when there is no plan yet.
    if (this.loaded && this.journal.plan.sessions.length === 0) this.loadFirstRun();
    if (changed.has('route')) loadScreen(this.route).catch(() => (this.notice = loadFailed()));
  }

  override updated() {
    if (this.languageReady) removeShownCopy(this);
    // The service worker (and its window library) once the first screen is up, never before it.
    if (this.loaded && !this.swRequested) {
      this.swRequested = true;
      registerServiceWorker((apply) => (this.updateReady = apply));
    }
  }

  private renderScreen() {
    const loading = html`<p role="status">${msg('Loading your aftercare…')}</p>`;
    if (!this.loaded) return loading;
    // Until the first-run form's code is here, "Loading…" stays, so nothing shifts.
    if (this.showsFirstRun())
      return customElements.get('smp-first-run-page')
        ? html`<smp-first-run-page .journal=${this.journal}></smp-first-run-page>`
        : loading;
    return screenFor(this.route, this.journal, this.firstPaint);
  }

  /** No plan yet: every screen but Settings, Share and the hand-over's is the first-run form. */
  private showsFirstRun(): boolean {
    return this.journal.plan.sessions.length === 0 && !WITHOUT_A_PLAN.has(this.route.name);
  }

  private loadFirstRun() {
    if (this.firstRunRequested) return;
    this.firstRunRequested = true;
    import('./first-run-page.ts').then(() => this.requestUpdate()).catch(() => (this.notice = loadFailed()));
  }

  private async start() {
    // The words first (a translation's catalogue; en-GB has nothing to load), then anything that shows them.
    await applyLanguage(storedLanguageChoice());
    this.languageReady = true;
    this.show(this.route);
    // Today paints from the copy kept for start-up while IndexedDB opens.
    const plainToday = this.route.name === 'today' && this.route.date === null && !isHandoverHash(location.hash);
    if (plainToday && this.journal.loadStartSnapshot()) this.loaded = true;
    // No copy of Today kept: probably a first visit, so fetch the first-run form while the journal opens.
    if (!this.loaded) this.loadFirstRun();
    if (await this.journal.open()) {
      this.journalRead = true;
      await this.onHandoverLink();
    }
    this.loaded = true;
  }

  private show(route: Route) {
    this.route = route;
    this.journal.shownDay = route.name === 'today' ? route.date : null;
  }

  /**
   * A `#regimen=` link from a technician or a `#plan=` link from another device: checked, then
   * offered on a confirmation screen (nothing changes before the person says yes). The link leaves
   * the address bar, so a reload does not offer it again.
   */
  private async onHandoverLink() {
    const hash = location.hash;
    if (!isHandoverHash(hash)) return;
    history.replaceState(null, '', '#/');
    this.show(parseRoute('#/'));
    try {
      const { openHandoverLink } = await import('./handover-link.ts');
      const outcome = await openHandoverLink(hash, this.journal);
      this.notice = outcome.notice;
      if (outcome.route !== '#/') location.hash = outcome.route;
    } catch {
      this.notice = loadFailed();
    }
  }

  private readonly onHashChange = () => {
    if (isHandoverHash(location.hash)) {
      void this.onHandoverLink();
      return;
    }
    this.show(parseRoute(location.hash));
    void this.journal.read();
    window.scrollTo(0, 0);
  };
}

if (!customElements.get('smp-app')) customElements.define('smp-app', SmpApp);

declare global {
  interface HTMLElementTagNameMap {
    'smp-app': SmpApp;
  }
}
