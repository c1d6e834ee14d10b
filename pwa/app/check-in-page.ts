/**
 * Check in (`#/check-in`, `#/check-in/<date>`): the symptom form for a day, saved to the journal.
 * Loaded when first visited.
 */
import { LitElement, html, nothing } from 'lit';
import '../../src/components/check-in-form/check-in-form.ts';
import type { CheckInRecord } from '../../src/journal/records.ts';
import type { IsoDate } from '../../src/rules/index.ts';
import { JournalController } from './journal-controller.ts';
import type { JournalState } from './journal-state.ts';
import { screenStyles } from './screen.styles.ts';

/** The check-in screen. */
export class CheckInPage extends LitElement {
  static override styles = screenStyles;

  static override properties = {
    journal: { attribute: false },
    date: { attribute: false },
  };

  journal: JournalState | null = null;
  /** The day checked in; null for today. */
  date: IsoDate | null = null;
  private readonly link = new JournalController(this);

  override willUpdate(changed: Map<string, unknown>) {
    // Another day's form: the refusal of the last one's save no longer applies.
    if (changed.has('date')) this.link.error = '';
  }

  override render() {
    const journal = this.journal;
    if (!journal) return nothing;
    const date = this.date ?? journal.today;
    const value = journal.checkIns.find((c) => c.date === date);
    const previous = journal.checkIns.find((c) => c.date < date);
    return html`<h1>Check-in${date === journal.today ? ' for today' : ''}</h1>
      <smp-check-in-form
        .date=${date}
        .day=${journal.dayOf(date)}
        .value=${value}
        .previous=${previous}
        .unit=${journal.settings.temperatureUnit}
        .error=${this.link.error}
        @check-in-save=${this.onCheckInSave}
        @unit-change=${this.onUnitChange}
      ></smp-check-in-form>`;
  }

  private readonly onCheckInSave = async (event: CustomEvent<{ record: CheckInRecord }>) => {
    if (await this.link.write((store) => store.saveCheckIn(event.detail.record))) {
      const flags = event.detail.record.flags;
      // Flags are already on screen in the form; after saving, Today shows every open one.
      if (!flags.some((f) => f.level !== 'info')) location.hash = '#/';
    }
  };

  private readonly onUnitChange = (event: CustomEvent<{ unit: 'C' | 'F' }>) =>
    void this.link.saveSettings({ temperatureUnit: event.detail.unit });
}

if (!customElements.get('smp-check-in-page')) customElements.define('smp-check-in-page', CheckInPage);

declare global {
  interface HTMLElementTagNameMap {
    'smp-check-in-page': CheckInPage;
  }
}
