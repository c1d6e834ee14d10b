/**
 * Settings (`#/settings`): the temperature unit, the colour theme, the device's storage, the aftercare regimen in use
 * (a technician's own from a file, confirmed first, or back to the standard one), and the ways to
 * hand over: the plan to another device, a regimen builder for technicians. Loaded when first visited.
 */
import { LitElement, css, html, nothing } from 'lit';
import '../../src/components/settings-panel/settings-panel.ts';
import { requestPersistence } from '../../src/journal/storage-health.ts';
import type { ThemeChoice } from '../../src/journal/records.ts';
import type { JournalStore } from '../../src/journal/store.ts';
import { checkRegimen } from '../../src/handover/index.ts';
import { DEFAULT_REGIMEN } from '../../src/rules/index.ts';
import { offerRegimen } from './handover-link.ts';
import { JournalController } from './journal-controller.ts';
import type { JournalState } from './journal-state.ts';
import { screenStyles } from './screen.styles.ts';

/** The settings screen. */
export class SettingsPage extends LitElement {
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
      .regimen-actions label:focus-within {
        outline: 3px solid var(--smp-focus);
        outline-offset: 2px;
      }
    `,
  ];

  static override properties = {
    journal: { attribute: false },
  };

  journal: JournalState | null = null;
  private readonly link = new JournalController(this);

  override willUpdate(changed: Map<string, unknown>) {
    // Storage use is read only here, when Settings opens (and after each change made on it).
    if (changed.has('journal')) void this.journal?.readHealth();
  }

  override render() {
    const journal = this.journal;
    if (!journal) return nothing;
    const { regimen } = journal;
    return html`<h1>Settings</h1>
      <smp-settings-panel
        .unit=${journal.settings.temperatureUnit}
        .theme=${journal.settings.theme ?? 'system'}
        .health=${journal.health}
        @unit-change=${this.onUnitChange}
        @theme-change=${this.onThemeChange}
        @persist-request=${this.onPersistRequest}
      ></smp-settings-panel>
      <section class="panel" aria-labelledby="regimen-heading">
        <h2 id="regimen-heading">Aftercare regimen</h2>
        <p>In use: <strong>${regimen.name}</strong></p>
        <p class="hint">
          Your technician may give you their own regimen as a file, a link or a QR code. You see what it changes before
          it replaces the standard one.
        </p>
        ${this.link.error ? html`<p class="error" role="alert">${this.link.error}</p>` : nothing}
        <p class="regimen-actions">
          <label class="button secondary"
            >Load a regimen file…
            <input class="visually-hidden" type="file" accept="application/json,.json" @change=${this.onRegimenFile} />
          </label>
          ${
            regimen.id === DEFAULT_REGIMEN.id
              ? nothing
              : html`<button class="quiet" @click=${() => this.write((store) => store.resetRegimen())}>
                  Back to the standard regimen
                </button>`
          }
        </p>
      </section>
      <section class="panel" aria-labelledby="handover-heading">
        <h2 id="handover-heading">Hand over</h2>
        <p><a href="#/another-device">Use on another device</a></p>
        <p class="hint">A link and a QR code that carry your plan and regimen to your computer or tablet.</p>
        <p><a href="#/regimen-builder">For technicians: make a regimen for your clients</a></p>
        <p class="hint">A link, a QR code and a printed handout of your studio’s aftercare.</p>
      </section>`;
  }

  private write(action: (store: JournalStore) => Promise<unknown>) {
    return this.whenSaved(this.link.write(action));
  }

  /** After a change saved here, the storage figures are read again. */
  private async whenSaved(saving: Promise<boolean>) {
    if (await saving) await this.journal?.readHealth();
  }

  private readonly onUnitChange = async (event: CustomEvent<{ unit: 'C' | 'F' }>) => {
    const saved = this.link.saveSettings({ temperatureUnit: event.detail.unit });
    // Not saved: the panel draws the stored unit again, so the choice shown is the one kept.
    if (!(await saved)) this.renderRoot.querySelector('smp-settings-panel')?.requestUpdate();
    else await this.journal?.readHealth();
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
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      this.link.showError(`“${file.name}” is not a regimen file (it is not JSON), so nothing changed.`);
      return;
    }
    // A file that does not fit is refused with a sentence naming the field; one that does is shown
    // with what it changes before it replaces anything.
    const checked = checkRegimen(parsed);
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
