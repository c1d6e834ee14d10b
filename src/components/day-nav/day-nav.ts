import { LitElement, css, html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { isIsoDate, shiftDays, type IsoDate } from '../../rules/index.ts';
import { baseStyles } from '../shared.styles.ts';

/**
 * Steps through days: the previous and next day, back to today, or any date.
 *
 * @fires date-change - `{ date }` (YYYY-MM-DD) when another day is chosen.
 */
export class DayNav extends LitElement {
  static override styles = [
    ...baseStyles,
    css`
      :host {
        display: block;
      }
      nav {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem;
      }
      .step {
        min-width: 44px;
        padding-inline: 0.75rem;
      }
      .pick {
        display: inline-flex;
        align-items: center;
        gap: 0.4rem;
        margin-left: auto;
      }
      .pick span {
        font-weight: 500;
        font-size: 0.9rem;
        color: var(--smp-ink-soft);
      }
      /* The date field and the empty box that holds its place until it comes: the same size. */
      .pick input,
      .pick .slot {
        width: 11rem;
        min-height: 44px;
      }
      .pick .slot {
        display: inline-block;
        border: 1px solid #8a949e;
        border-radius: var(--smp-radius-small);
        background: var(--smp-surface);
      }
    `,
  ];

  static override properties = {
    date: {},
    today: {},
    pickerShown: { state: true },
  };

  /** The day shown. */
  date = '';
  /** Today's local date. */
  today = '';
  /** Whether the date field is there yet (see `firstUpdated`). */
  private pickerShown = false;

  override firstUpdated() {
    // A date field is the costliest control a fresh page creates (its locale data loads: ~20 ms on
    // a cold start), so it comes just after the first frame: the day's card is on screen first.
    requestAnimationFrame(() => setTimeout(() => (this.pickerShown = true)));
  }

  override render() {
    if (!isIsoDate(this.date)) return nothing;
    const date = this.date as IsoDate;
    return html`<nav aria-label=${msg('Choose a day')}>
      <button class="secondary step" @click=${() => this.go(shiftDays(date, -1))}>
        <span aria-hidden="true">‹</span> ${msg('Previous day')}
      </button>
      <button class="secondary step" @click=${() => this.go(shiftDays(date, 1))}>
        ${msg('Next day')} <span aria-hidden="true">›</span>
      </button>
      ${this.date !== this.today ? html`<button class="quiet" @click=${() => this.go(this.today)}>${msg('Back to today')}</button>` : nothing}
      <label class="pick"
        ><span>${msg('Look at')}</span>
        ${
          this.pickerShown
            ? html`<input
                type="date"
                .value=${this.date}
                @change=${this.onPick}
                aria-label=${msg('Look at another date')}
              />`
            : html`<span class="slot" aria-hidden="true"></span>`
        }
      </label>
    </nav>`;
  }

  private onPick(event: Event) {
    const value = (event.target as HTMLInputElement).value;
    if (isIsoDate(value)) this.go(value);
  }

  private go(date: string) {
    this.dispatchEvent(new CustomEvent('date-change', { detail: { date }, bubbles: true, composed: true }));
  }
}

if (!customElements.get('smp-day-nav')) customElements.define('smp-day-nav', DayNav);

declare global {
  interface HTMLElementTagNameMap {
    'smp-day-nav': DayNav;
  }
}
