import { LitElement, css, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import {
  MAX_RULE_DAY,
  describeDate,
  isIsoDate,
  milestones,
  shiftDays,
  statusOn,
  type IsoDate,
  type Regimen,
} from '../../rules/index.ts';
import '../status-card/status-card.ts';
import { builderStyles } from './builder.styles.ts';

/** Days a preview shows at most. */
const MAX_PREVIEW_DAYS = 8;

/** The day numbers of "1, 6, 11, 31", or the sentence saying what is wrong with them. */
export function parsePreviewDays(text: string): { days: number[] } | { error: string } {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  const days = [...new Set(parts.map(Number))];
  if (parts.length === 0 || days.some((d) => !Number.isInteger(d) || d < 1 || d > MAX_RULE_DAY))
    return { error: msg('Write day numbers from 1, with commas between them, like “1, 6, 11, 31”.') };
  if (days.length > MAX_PREVIEW_DAYS) return { error: msg(str`At most ${MAX_PREVIEW_DAYS} days at once.`) };
  return { days: days.sort((a, b) => a - b) };
}

/**
 * What a client would see with the regimen being built: the card on chosen days after a session,
 * and the milestones for a sample session date. Shown only while the regimen is valid.
 */
export class BuilderPreview extends LitElement {
  static override styles = [
    ...builderStyles,
    css`
      .cards {
        display: grid;
        gap: 1rem;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 22rem), 1fr));
      }
      ul.milestones {
        display: grid;
        gap: 0.3rem;
      }
    `,
  ];

  static override properties = {
    regimen: { attribute: false },
    today: {},
    daysText: { state: true },
    session: { state: true },
  };

  /** The regimen to preview; null while it is not valid. */
  regimen: Regimen | null = null;
  /** Today's date, the sample session's first value. */
  today = '';
  private daysText = '1, 6, 11, 31';
  private session = '';

  override render() {
    const regimen = this.regimen;
    const session = (
      isIsoDate(this.session) ? this.session : isIsoDate(this.today) ? this.today : null
    ) as IsoDate | null;
    const parsed = parsePreviewDays(this.daysText);
    const plan = { sessions: [{ date: session ?? '', final: true }] };
    return html`<section class="panel" aria-labelledby="preview-heading">
      <h2 id="preview-heading">${msg('What your client sees')}</h2>
      <div class="row">
        <div class="field">
          <label for="days">${msg('Days after the session')}</label>
          <input
            id="days"
            .value=${this.daysText}
            @input=${(e: Event) => (this.daysText = (e.target as HTMLInputElement).value)}
          />
        </div>
        <div class="field">
          <label for="session">${msg('Sample session date')}</label>
          <input
            id="session"
            type="date"
            .value=${session ?? ''}
            @change=${(e: Event) => (this.session = (e.target as HTMLInputElement).value)}
          />
        </div>
      </div>
      ${'error' in parsed ? html`<p class="error" role="alert">${parsed.error}</p>` : nothing}
      ${
        !regimen || !session
          ? html`<p class="hint">${msg('The preview shows once the regimen is valid.')}</p>`
          : html`<div class="cards">
                ${('days' in parsed ? parsed.days : []).map(
                  (day) =>
                    html`<smp-status-card
                      .status=${statusOn(plan, shiftDays(session, day - 1), regimen)}
                      .isToday=${false}
                      compact
                      regimen-name=${regimen.name}
                    ></smp-status-card>`,
                )}
              </div>
              <h3>${msg(str`Milestones after a session on ${describeDate(session)}`)}</h3>
              <ul class="milestones">
                ${milestones(plan, regimen).map(
                  (m) => html`<li><strong>${describeDate(m.date)}</strong> · ${m.summary}</li>`,
                )}
              </ul>`
      }
    </section>`;
  }
}

if (!customElements.get('smp-builder-preview')) customElements.define('smp-builder-preview', BuilderPreview);

declare global {
  interface HTMLElementTagNameMap {
    'smp-builder-preview': BuilderPreview;
  }
}
