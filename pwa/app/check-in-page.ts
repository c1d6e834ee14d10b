/**
 * Check in (`#/check-in`, `#/check-in/<date>`): the symptom form for a day, saved to the journal.
 * A day still to come, or a link's date the app cannot use, gets a sentence instead of a form. A
 * save that another tab's newer check-in of the day would have lost asks which to keep.
 * Loaded when first visited.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { live } from 'lit/directives/live.js';
import { summarize } from '../../src/components/check-in-history/check-in-history.ts';
import '../../src/components/check-in-form/check-in-form.ts';
import type { CheckInRecord } from '../../src/journal/records.ts';
import { describeDate, type IsoDate } from '../../src/rules/index.ts';
import { FLAG_WORDS } from '../../src/vocabulary/index.ts';
import { conflictPanel } from './conflict-panel.ts';
import { JournalScreen } from './journal-controller.ts';
import { refusedDateSentence } from './routes.ts';
import { screenStyles } from './screen.styles.ts';
import { temperatureUnitOf } from './language.ts';

/** The check-in screen. */
export class CheckInPage extends JournalScreen {
  static override styles = screenStyles;

  static override properties = {
    date: { attribute: false },
    refused: { attribute: false },
    pending: { state: true },
  };

  /** The day checked in; null for today. */
  date: IsoDate | null = null;
  /** A link's date the app cannot use (then today's form is shown under a sentence naming it). */
  refused: string | null = null;
  /** The check-in a conflicting save sent, kept until the person chooses. */
  private pending: CheckInRecord | null = null;
  /** The stored check-in the choice last showed: "Save mine" replaces only that one. */
  private shown: CheckInRecord | null = null;

  override willUpdate(changed: Map<string, unknown>) {
    // Another day's form: the refusal of the last one's save no longer applies.
    if (changed.has('date')) {
      this.link.error = '';
      this.pending = null;
    }
  }

  override render() {
    const journal = this.journal;
    if (!journal) return nothing;
    const date = this.date ?? journal.today;
    if (date > journal.today)
      return html`<h1>${msg('Check-in')}</h1>
        <p class="panel error" role="alert">
          ${msg(str`You cannot check in for ${describeDate(date)} yet: that day is still to come.`)}
          <a href="#/check-in">${msg('Check in for today')}</a>
        </p>`;
    // As stored, not worded again in the language in use: the save compares it with what is stored.
    const value = journal.storedCheckIn(date);
    const previous = journal.checkIns.find((c) => c.date < date);
    const conflict = this.pending && this.link.conflict;
    if (conflict) this.shown = value ?? null;
    return html`<h1>${date === journal.today ? msg('Check-in for today') : msg('Check-in')}</h1>
      ${this.refused ? html`<p class="panel error" role="alert">${refusedDateSentence(this.refused)}</p>` : nothing}
      ${conflict ? conflictPanel(this.link.error, this.describeStored(value), this.onSaveMine, this.onKeepTheirs) : nothing}
      <smp-check-in-form
        .date=${date}
        .day=${journal.dayOf(date)}
        .value=${value}
        .previous=${previous}
        .unit=${live(temperatureUnitOf(journal.settings))}
        .error=${conflict ? '' : this.link.error}
        @check-in-save=${this.onCheckInSave}
        @unit-change=${this.onUnitChange}
      ></smp-check-in-form>`;
  }

  /** What the check-in stored now says, for the choice. */
  private describeStored(stored: CheckInRecord | undefined): string {
    if (!stored) return msg('It has since been removed.');
    const worst = stored.flags[0];
    const summary = summarize(stored, this.journal ? temperatureUnitOf(this.journal.settings) : 'C');
    return worst
      ? msg(str`It now says: ${summary}, flagged “${FLAG_WORDS[worst.level]}”. Yours is not saved yet.`)
      : msg(str`It now says: ${summary}. Yours is not saved yet.`);
  }

  private readonly onCheckInSave = async (
    event: CustomEvent<{ record: CheckInRecord; basis: CheckInRecord | null }>,
  ) => {
    const { record, basis } = event.detail;
    this.pending = null;
    if (await this.link.write((store) => store.saveCheckIn(record, basis))) this.afterSave(record);
    else if (this.link.conflict) {
      this.pending = record;
      // Show what is stored now, even if the other tab's news has not arrived yet.
      await this.journal?.read();
    }
  };

  private readonly onSaveMine = async () => {
    const mine = this.pending && { ...this.pending, savedAt: new Date().toISOString() };
    // Over the check-in the choice showed: one saved in a third place meanwhile is a new choice, not lost.
    const shown = this.shown;
    if (!mine) return;
    if (!(await this.link.write((store) => store.saveCheckIn(mine, shown)))) {
      if (this.link.conflict) await this.journal?.read();
      return;
    }
    this.pending = null;
    this.form()?.discardDraft();
    this.afterSave(mine);
  };

  private readonly onKeepTheirs = () => {
    this.pending = null;
    this.link.showError('');
    this.form()?.discardDraft();
  };

  private afterSave(record: CheckInRecord) {
    // Flags are already on screen in the form; after saving, Today shows every open one.
    if (!record.flags.some((f) => f.level !== 'info')) location.hash = '#/';
  }

  private form() {
    return this.renderRoot.querySelector('smp-check-in-form');
  }

  private readonly onUnitChange = (event: CustomEvent<{ unit: 'C' | 'F' }>) =>
    void this.link.saveSettings({ temperatureUnit: event.detail.unit, temperatureUnitChosen: true });
}

if (!customElements.get('smp-check-in-page')) customElements.define('smp-check-in-page', CheckInPage);

declare global {
  interface HTMLElementTagNameMap {
    'smp-check-in-page': CheckInPage;
  }
}
