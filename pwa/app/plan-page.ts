/**
 * The treatment plan (`#/plan`): the sessions, and the milestones as a calendar file (its code
 * loads only when asked for). Loaded when first visited.
 */
import { LitElement, html, nothing } from 'lit';
import '../../src/components/plan-editor/plan-editor.ts';
import type { Plan } from '../../src/rules/index.ts';
import { JournalController } from './journal-controller.ts';
import { errorSentence, type JournalState } from './journal-state.ts';
import { screenStyles } from './screen.styles.ts';

/** The plan screen. */
export class PlanPage extends LitElement {
  static override styles = screenStyles;

  static override properties = {
    journal: { attribute: false },
  };

  journal: JournalState | null = null;
  private readonly link = new JournalController(this);

  override render() {
    const journal = this.journal;
    if (!journal) return nothing;
    return html`<h1>Your treatment plan</h1>
      <smp-plan-editor
        .plan=${journal.plan}
        .today=${journal.today}
        .error=${this.link.error}
        @plan-change=${(e: CustomEvent<{ plan: Plan }>) => this.link.write((store) => store.savePlan(e.detail.plan))}
      ></smp-plan-editor>
      <section class="panel checkin-cta" aria-labelledby="calendar-heading">
        <div>
          <h2 id="calendar-heading">Reminders in your calendar</h2>
          <p class="hint">
            A calendar file with each change (showering, swimming, sunscreen…), so your phone reminds you even when this
            app is closed. Export again after changing the plan: the events update.
          </p>
        </div>
        <button class="secondary" @click=${this.onCalendarExport}>Download calendar (.ics)</button>
      </section>
      <section class="panel checkin-cta" aria-labelledby="device-heading">
        <div>
          <h2 id="device-heading">On your computer too</h2>
          <p class="hint">
            A link and a QR code with your session dates and regimen, for another browser or the extension.
          </p>
        </div>
        <a class="button secondary" href="#/another-device">Use on another device</a>
      </section>`;
  }

  private readonly onCalendarExport = async () => {
    const journal = this.journal;
    if (!journal) return;
    try {
      const { milestonesCalendar } = await import('../../src/export/calendar.ts');
      const { downloadFile } = await import('../../src/export/share-file.ts');
      downloadFile(
        new File([milestonesCalendar(journal.plan, journal.regimen)], 'smp-aftercare-milestones.ics', {
          type: 'text/calendar',
        }),
      );
    } catch (error) {
      this.link.showError(errorSentence(error));
    }
  };
}

if (!customElements.get('smp-plan-page')) customElements.define('smp-plan-page', PlanPage);

declare global {
  interface HTMLElementTagNameMap {
    'smp-plan-page': PlanPage;
  }
}
