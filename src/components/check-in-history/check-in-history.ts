import { LitElement, html, nothing } from 'lit';
import { describeDate } from '../../rules/index.ts';
import { celsiusToFahrenheit } from '../../journal/records.ts';
import type { CheckInRecord, TemperatureUnit } from '../../journal/records.ts';
import '../flag-list/flag-list.ts';
import { checkInHistoryStyles } from './check-in-history.styles.ts';

const SWELLING = {
  none: 'No swelling',
  mild: 'Mild swelling',
  moderate: 'Moderate swelling',
  severe: 'Severe swelling',
};
const REDNESS = { none: '', 'at-site': 'redness at the treated area', spreading: 'redness spreading beyond it' };
const PAIN = { none: '', mild: 'mild pain', increasing: 'increasing pain', severe: 'severe pain' };

/** A temperature stored in °C, shown in `unit` with one decimal: "38.5 °C", "101.3 °F". */
export function formatTemperature(celsius: number, unit: TemperatureUnit): string {
  return `${(unit === 'F' ? celsiusToFahrenheit(celsius) : celsius).toFixed(1)} °${unit}`;
}

/** One line saying what a check-in recorded: "Mild swelling, 38.5 °C, redness at the treated area". */
export function summarize(c: CheckInRecord, unit: TemperatureUnit): string {
  const parts = [
    SWELLING[c.swelling],
    c.temperatureC === undefined ? '' : formatTemperature(c.temperatureC, unit),
    c.feverish ? 'feeling feverish' : '',
    REDNESS[c.redness ?? 'none'],
    PAIN[c.pain ?? 'none'],
    c.discharge ? 'pus or discharge' : '',
    c.warmth ? 'scalp hot to the touch' : '',
  ];
  return parts.filter(Boolean).join(', ');
}

/**
 * Past check-ins, newest first: the date in words, the day of healing, a one-line summary, the
 * note and the flags raised when it was saved, each with an Edit button.
 *
 * @fires check-in-edit - `{ date }` when the person asks to change the check-in of that date.
 */
export class CheckInHistory extends LitElement {
  static override styles = checkInHistoryStyles;

  static override properties = {
    checkIns: { attribute: false },
    unit: {},
    dayOf: { attribute: false },
  };

  /** The check-ins to list, newest first. */
  checkIns: readonly CheckInRecord[] = [];
  /** The unit temperatures are shown in. */
  unit: TemperatureUnit = 'C';
  /** The day of healing of a date, or null; without it no day numbers are shown. */
  dayOf: ((date: string) => number | null) | undefined = undefined;

  override render() {
    const checkIns = this.checkIns ?? [];
    return html`<section class="panel" aria-labelledby="history-heading">
      <h2 id="history-heading">Your check-ins</h2>
      ${
        checkIns.length
          ? html`<ol>
              ${checkIns.map((c) => this.renderEntry(c))}
            </ol>`
          : html`<p class="hint">No check-ins yet. Once you save your first one, it will show up here.</p>`
      }
    </section>`;
  }

  private renderEntry(c: CheckInRecord) {
    const words = describeDate(c.date);
    const day = this.dayOf?.(c.date) ?? null;
    return html`<li class="entry" data-date=${c.date}>
      <div class="head">
        <div class="title">
          <h3>${words}</h3>
          ${day !== null ? html`<span class="day">Day ${day}</span>` : nothing}
        </div>
        <button class="secondary" aria-label="Edit check-in of ${words}" @click=${() => this.edit(c.date)}>Edit</button>
      </div>
      <p class="summary">${summarize(c, this.unit)}</p>
      ${c.note ? html`<p class="note">${c.note}</p>` : nothing}
      <smp-flag-list compact .flags=${c.flags}></smp-flag-list>
    </li>`;
  }

  private edit(date: string) {
    this.dispatchEvent(new CustomEvent('check-in-edit', { detail: { date }, bubbles: true, composed: true }));
  }
}

if (!customElements.get('smp-check-in-history')) customElements.define('smp-check-in-history', CheckInHistory);

declare global {
  interface HTMLElementTagNameMap {
    'smp-check-in-history': CheckInHistory;
  }
}
