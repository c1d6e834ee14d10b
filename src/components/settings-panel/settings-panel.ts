import { LitElement, css, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { live } from 'lit/directives/live.js';
import type { ThemeChoice } from '../../journal/records.ts';
import type { Language, LanguageChoice } from '../../i18n/languages.ts';
import type { StorageHealth } from '../../journal/storage-health.ts';
import { TEMPERATURE_UNIT_NAMES, TEMPERATURE_WORDS, describeBytes } from '../../vocabulary/index.ts';
import { baseStyles } from '../shared.styles.ts';

/** The theme choices' words, in the order shown. */
const themeWords = (): Record<ThemeChoice, string> => ({
  system: msg('Same as this device'),
  light: msg('Light'),
  dark: msg('Dark'),
});

/** Each language named in its own words (never translated), in the order shown. */
const LANGUAGE_NAMES: Record<Language, string> = { 'en-GB': 'English (UK)', 'en-US': 'English (US)', es: 'Español' };

/**
 * Settings: the language, the temperature unit, the colour theme, and what the journal uses of the device's storage and whether
 * the browser keeps it.
 *
 * @fires language-change - `{ language: LanguageChoice }`
 * @fires unit-change - `{ unit: 'C' | 'F' }`
 * @fires theme-change - `{ theme: ThemeChoice }`
 * @fires persist-request - when the person asks the browser to keep the journal.
 */
export class SettingsPanel extends LitElement {
  static override styles = [
    ...baseStyles,
    css`
      :host {
        display: grid;
        gap: 1rem;
      }
      h2 {
        font-size: 1.15rem;
        margin-bottom: 0.5rem;
      }
      fieldset {
        display: flex;
        flex-wrap: wrap;
        gap: 0 1rem;
      }
      legend {
        margin-bottom: 0.5rem;
      }
      fieldset label {
        display: inline-flex;
        gap: 0.4rem;
        align-items: center;
        min-height: 44px;
        font-weight: 500;
      }
      meter {
        width: 100%;
        height: 1rem;
      }
      dl {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 0.35rem 1rem;
        margin: 0.5rem 0 0.75rem;
      }
      dt {
        color: var(--smp-ink-soft);
      }
      dd {
        margin: 0;
        font-weight: 600;
      }
    `,
  ];

  static override properties = {
    language: {},
    unit: {},
    theme: {},
    health: { attribute: false },
  };

  /** The language chosen. */
  language: LanguageChoice = 'system';
  /** The temperature unit. */
  unit: 'C' | 'F' = 'C';
  /** The colour theme. */
  theme: ThemeChoice = 'system';
  /** Storage usage and persistence, when known. */
  health: StorageHealth | null = null;

  override render() {
    const health = this.health;
    return html`
      <section class="panel" aria-labelledby="language">
        <h2 id="language">${msg('Language and region')}</h2>
        <fieldset>
          <legend>${msg('Language')}</legend>
          ${(['system', 'en-GB', 'en-US', 'es'] as const).map(
            (language) =>
              html`<label lang=${language === 'system' ? nothing : language}>
                <input
                  type="radio"
                  name="language"
                  value=${language}
                  .checked=${live(this.language === language)}
                  @change=${() => this.emit('language-change', { language })}
                />
                ${language === 'system' ? msg('Same as this browser') : LANGUAGE_NAMES[language]}
              </label>`,
          )}
        </fieldset>
        <p class="hint">
          ${msg('Dates, the temperature unit and the report’s paper size follow the language unless you choose them.')}
        </p>
      </section>
      <section class="panel" aria-labelledby="units">
        <h2 id="units">${msg('Units')}</h2>
        <fieldset>
          <legend>${TEMPERATURE_WORDS.question}</legend>
          ${(['C', 'F'] as const).map(
            (unit) =>
              html`<label>
                <input
                  type="radio"
                  name="unit"
                  value=${unit}
                  .checked=${live(this.unit === unit)}
                  @change=${() => this.emit('unit-change', { unit })}
                />
                ${TEMPERATURE_UNIT_NAMES[unit]} (°${unit})
              </label>`,
          )}
        </fieldset>
      </section>
      <section class="panel" aria-labelledby="appearance">
        <h2 id="appearance">${msg('Appearance')}</h2>
        <fieldset>
          <legend>${msg('Colours')}</legend>
          ${(Object.keys(themeWords()) as ThemeChoice[]).map(
            (theme) =>
              html`<label>
                <input
                  type="radio"
                  name="theme"
                  value=${theme}
                  .checked=${live(this.theme === theme)}
                  @change=${() => this.emit('theme-change', { theme })}
                />
                ${themeWords()[theme]}
              </label>`,
          )}
        </fieldset>
      </section>
      <section class="panel" aria-labelledby="storage">
        <h2 id="storage">${msg('Storage on this device')}</h2>
        <p class="hint">
          ${msg('Your journal is kept only in this browser on this device. Nothing is sent anywhere.')}
        </p>
        ${
          health
            ? html`<dl>
                  <dt>${msg('Used')}</dt>
                  <dd>${this.usage(health)}</dd>
                  <dt>${msg('Kept safe')}</dt>
                  <dd>
                    ${health.persisted ? msg('Yes: the browser will not clear it to free space') : msg('Not yet: the browser may clear it when space runs low')}
                  </dd>
                </dl>
                ${
                  health.usage !== null && health.quota
                    ? html`<meter
                        min="0"
                        max=${health.quota}
                        value=${health.usage}
                        aria-label=${msg('Storage used')}
                      ></meter>`
                    : nothing
                }
                ${
                  health.persisted
                    ? nothing
                    : html`<button class="secondary" @click=${() => this.emit('persist-request', {})}>
                        ${msg('Ask the browser to keep my journal')}
                      </button>`
                }`
            : html`<p>${msg('Checking…')}</p>`
        }
      </section>
    `;
  }

  private usage(health: StorageHealth) {
    if (health.usage === null) return msg('unknown');
    const used = describeBytes(health.usage);
    return health.quota ? msg(str`${used} of ${describeBytes(health.quota)}`) : used;
  }

  private emit(name: string, detail: object) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }
}

if (!customElements.get('smp-settings-panel')) customElements.define('smp-settings-panel', SettingsPanel);

declare global {
  interface HTMLElementTagNameMap {
    'smp-settings-panel': SettingsPanel;
  }
}
