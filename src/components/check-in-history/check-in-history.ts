import { LitElement, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { describeDate } from '../../rules/index.ts';
import type { CheckInRecord } from '../../journal/records.ts';
import {
  PAIN_WORDS,
  REDNESS_WORDS,
  SIGN_WORDS,
  SWELLING_WORDS,
  formatTemperature,
  type TemperatureUnit,
} from '../../vocabulary/index.ts';
import '../flag-list/flag-list.ts';
import { checkInHistoryStyles } from './check-in-history.styles.ts';

/** One line saying what a check-in recorded: "Mild swelling, 38.5 °C, redness at the treated area". */
export function summarize(c: CheckInRecord, unit: TemperatureUnit): string {
  const parts = [
    SWELLING_WORDS.summaries[c.swelling],
    c.temperatureC === undefined ? '' : formatTemperature(c.temperatureC, unit),
    c.feverish ? SIGN_WORDS.feverish.summary : '',
    REDNESS_WORDS.summaries[c.redness ?? 'none'],
    PAIN_WORDS.summaries[c.pain ?? 'none'],
    c.discharge ? SIGN_WORDS.discharge.summary : '',
    c.warmth ? SIGN_WORDS.warmth.summary : '',
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
      <h2 id="history-heading">${msg('Your check-ins')}</h2>
      ${
        checkIns.length
          ? html`<ol>
              ${checkIns.map((c) => this.renderEntry(c))}
            </ol>`
          : html`<p class="hint">${msg('No check-ins yet. Once you save your first one, it will show up here.')}</p>`
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
          ${day !== null ? html`<span class="day">${msg(str`Day ${day}`)}</span>` : nothing}
        </div>
        <button class="secondary" aria-label=${msg(str`Edit check-in of ${words}`)} @click=${() => this.edit(c.date)}>
          ${msg('Edit')}
        </button>
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
