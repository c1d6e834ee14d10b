/**
 * Settings (`#/settings`): the language, the temperature unit, the colour theme, the device's storage, the daily photo reminder, the aftercare regimen in use
 * (a technician's own from a file, confirmed first, or back to the standard one), and the ways to
 * hand over: the plan to another device, a regimen builder for technicians. Loaded when first visited.
 */
import { css, html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { live } from 'lit/directives/live.js';
import '../../src/components/settings-panel/settings-panel.ts';
import { requestPersistence } from '../../src/journal/storage-health.ts';
import type { ThemeChoice } from '../../src/journal/records.ts';
import type { LanguageChoice } from '../../src/i18n/languages.ts';
import type { JournalStore } from '../../src/journal/store.ts';
import { readRegimenFile } from '../../src/handover/index.ts';
import { DEFAULT_REGIMEN } from '../../src/rules/index.ts';
import { isReminderTime } from '../../src/reminder/photo-reminder.ts';
import { PHOTO_REMINDER_WORDS } from '../../src/vocabulary/index.ts';
import { offerRegimen } from './handover-link.ts';
import { JournalScreen } from './journal-controller.ts';
import { takePickedFile } from './picked-file.ts';
import { screenStyles } from './screen.styles.ts';
import { temperatureUnitOf } from './language.ts';

/** The settings screen. */
export class SettingsPage extends JournalScreen {
  static override styles = [
    ...screenStyles,
    css`
      section.panel > h2 {
        font-size: 1.15rem;
        margin-bottom: 0.5rem;
      }
      section.panel > p + p {
        margin-top: 0.35rem;
      }
      .regimen-actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
        margin-top: 0.75rem;
      }
      section.panel a {
        color: var(--smp-brand);
        font-weight: 600;
      }
      .reminder-time {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.6rem 0.75rem;
      }
      .reminder-time input {
        min-height: 44px;
        font: inherit;
      }
      .regimen-actions label:focus-within {
        outline: 3px solid var(--smp-focus);
        outline-offset: 2px;
      }
    `,
  ];

  override willUpdate(changed: Map<string, unknown>) {
    // Storage use is read only here, when Settings opens (and after each change made on it).
    if (changed.has('journal')) void this.journal?.readHealth();
  }

  override render() {
    const journal = this.journal;
    if (!journal) return nothing;
    const { regimen } = journal;
    return html`<h1>${msg('Settings')}</h1>
      <smp-settings-panel
        .language=${journal.settings.language ?? 'system'}
        .unit=${temperatureUnitOf(journal.settings)}
        .theme=${journal.settings.theme ?? 'system'}
        .health=${journal.health}
        @language-change=${this.onLanguageChange}
        @unit-change=${this.onUnitChange}
        @theme-change=${this.onThemeChange}
        @persist-request=${this.onPersistRequest}
      ></smp-settings-panel>
      ${this.renderReminder()}
      <section class="panel" aria-labelledby="regimen-heading">
        <h2 id="regimen-heading">${msg('Aftercare regimen')}</h2>
        <p>${msg('In use:')} <strong>${regimen.name}</strong></p>
        <p class="hint">
          ${msg('Your technician may give you their own regimen as a file, a link or a QR code. You see what it changes before it replaces the standard one.')}
        </p>
        ${this.link.error ? html`<p class="error" role="alert">${this.link.error}</p>` : nothing}
        <p class="regimen-actions">
          <label class="button secondary"
            >${msg('Load a regimen file…')}
            <input class="visually-hidden" type="file" accept="application/json,.json" @change=${this.onRegimenFile} />
          </label>
          ${
            regimen.id === DEFAULT_REGIMEN.id
              ? nothing
              : html`<button class="quiet" @click=${() => this.write((store) => store.resetRegimen())}>
                  ${msg('Back to the standard regimen')}
                </button>`
          }
        </p>
      </section>
      <section class="panel" aria-labelledby="handover-heading">
        <h2 id="handover-heading">${msg('Hand over')}</h2>
        <p><a href="#/another-device">${msg('Use on another device')}</a></p>
        <p class="hint">${msg('A link and a QR code that carry your plan and regimen to your computer or tablet.')}</p>
        <p><a href="#/regimen-builder">${msg('For technicians: make a regimen for your clients')}</a></p>
        <p class="hint">${msg('A link, a QR code and a printed handout of your studio’s aftercare.')}</p>
      </section>`;
  }

  private renderReminder() {
    const time = this.journal?.settings.photoReminder ?? null;
    const permission = typeof Notification === 'function' ? Notification.permission : null;
    return html`<section class="panel" aria-labelledby="reminder-heading">
      <h2 id="reminder-heading">${PHOTO_REMINDER_WORDS.heading}</h2>
      <p class="reminder-time">
        <label for="reminder-time">${PHOTO_REMINDER_WORDS.label}</label>
        <input id="reminder-time" type="time" .value=${live(time ?? '')} @change=${this.onReminderTime} />
        ${
          time
            ? html`<button class="quiet" @click=${() => this.link.saveSettings({ photoReminder: null })}>
                ${msg('Turn off')}
              </button>`
            : html`<span class="hint">${PHOTO_REMINDER_WORDS.off}</span>`
        }
      </p>
      <p class="hint">
        ${PHOTO_REMINDER_WORDS.hint}
        ${msg('The companion extension reminds you on a computer even when this app is closed; this app reminds you itself only while it is open.')}
      </p>
      ${
        time && permission === 'default'
          ? html`<p>
              <button class="secondary" @click=${this.onAllowNotifications}>
                ${msg('Allow this app’s notifications')}
              </button>
            </p>`
          : nothing
      }
      ${
        time && permission === 'denied'
          ? html`<p class="hint">
              ${msg('This browser blocks the app’s notifications; allow them in its site settings.')}
            </p>`
          : nothing
      }
    </section>`;
  }

  private readonly onReminderTime = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const value = input.value;
    // An emptied field turns the reminder off; the browser's time field gives only HH:MM or ''.
    const saved = await this.link.saveSettings({ photoReminder: isReminderTime(value) ? value : null });
    if (!saved) this.requestUpdate();
  };

  private readonly onAllowNotifications = async () => {
    const answer = await Notification.requestPermission().catch(() => 'default');
    this.requestUpdate();
    const journal = this.journal;
    // Allowed: the reminder may be due already today.
    if (answer === 'granted' && journal)
      await import('./photo-reminder-timer.ts').then((m) => m.followPhotoReminder(journal)).catch(() => undefined);
  };

  private write(action: (store: JournalStore) => Promise<unknown>) {
    return this.whenSaved(this.link.write(action));
  }

  /** After a change saved here, the storage figures are read again. */
  private async whenSaved(saving: Promise<boolean>) {
    if (await saving) await this.journal?.readHealth();
  }

  private readonly onUnitChange = async (event: CustomEvent<{ unit: 'C' | 'F' }>) => {
    const saved = this.link.saveSettings({ temperatureUnit: event.detail.unit, temperatureUnitChosen: true });
    // Not saved: the panel draws the stored unit again, so the choice shown is the one kept.
    if (!(await saved)) this.renderRoot.querySelector('smp-settings-panel')?.requestUpdate();
    else await this.journal?.readHealth();
  };

  private readonly onLanguageChange = async (event: CustomEvent<{ language: LanguageChoice }>) => {
    // Saved, the journal's reload speaks it (smp-app.ts, no page reload); not saved, the stored one is drawn again.
    if (!(await this.link.saveSettings({ language: event.detail.language })))
      this.renderRoot.querySelector('smp-settings-panel')?.requestUpdate();
  };

  private readonly onThemeChange = async (event: CustomEvent<{ theme: ThemeChoice }>) => {
    // Saved, the journal's reload shows it (smp-app.ts); not saved, the panel draws the stored one again.
    if (!(await this.link.saveSettings({ theme: event.detail.theme })))
      this.renderRoot.querySelector('smp-settings-panel')?.requestUpdate();
  };

  private readonly onPersistRequest = async () => {
    await requestPersistence();
    await this.journal?.readHealth();
  };

  private readonly onRegimenFile = async (event: Event) => {
    const file = takePickedFile(event);
    if (!file) return;
    // A file that does not fit is refused with a sentence naming the field; one that does is shown
    // with what it changes before it replaces anything.
    const checked = await readRegimenFile(file);
    const journal = this.journal;
    if (!checked.ok) {
      this.link.showError(checked.error);
      return;
    }
    if (!journal) return;
    const outcome = offerRegimen(journal, checked.value, '#/settings');
    if (outcome.notice) this.link.showError(outcome.notice);
    else location.hash = outcome.route;
  };
}

if (!customElements.get('smp-settings-page')) customElements.define('smp-settings-page', SettingsPage);

declare global {
  interface HTMLElementTagNameMap {
    'smp-settings-page': SettingsPage;
  }
}
