import { LitElement, css, html, nothing } from 'lit';
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
    `,
  ];

  static override properties = {
    date: {},
    today: {},
  };

  /** The day shown. */
  date = '';
  /** Today's local date. */
  today = '';

  override render() {
    if (!isIsoDate(this.date)) return nothing;
    const date = this.date as IsoDate;
    return html`<nav aria-label="Choose a day">
      <button class="secondary step" @click=${() => this.go(shiftDays(date, -1))}>
        <span aria-hidden="true">‹</span> Previous day
      </button>
      <button class="secondary step" @click=${() => this.go(shiftDays(date, 1))}>
        Next day <span aria-hidden="true">›</span>
      </button>
      ${this.date !== this.today ? html`<button class="quiet" @click=${() => this.go(this.today)}>Back to today</button>` : nothing}
      <label class="pick"
        ><span>Look at</span>
        <input type="date" .value=${this.date} @change=${this.onPick} aria-label="Look at another date" />
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
