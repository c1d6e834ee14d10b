/** Check-in history (`#/history`): every check-in, newest first; one can be opened to change it. Loaded when first visited. */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import '../../src/components/check-in-history/check-in-history.ts';
import type { IsoDate } from '../../src/rules/index.ts';
import { JournalScreen } from './journal-controller.ts';
import { hrefOf } from './routes.ts';
import { screenStyles } from './screen.styles.ts';
import { temperatureUnitOf } from './language.ts';

/** The history screen. */
export class HistoryPage extends JournalScreen {
  static override styles = screenStyles;

  override render() {
    const journal = this.journal;
    if (!journal) return nothing;
    return html`<h1>${msg('Check-in history')}</h1>
      <smp-check-in-history
        .checkIns=${journal.checkIns}
        .unit=${temperatureUnitOf(journal.settings)}
        .dayOf=${journal.dayOf}
        @check-in-edit=${(e: CustomEvent<{ date: string }>) => (location.hash = hrefOf({ name: 'check-in', date: e.detail.date as IsoDate }))}
      ></smp-check-in-history>`;
  }
}

if (!customElements.get('smp-history-page')) customElements.define('smp-history-page', HistoryPage);

declare global {
  interface HTMLElementTagNameMap {
    'smp-history-page': HistoryPage;
  }
}
