/**
 * The treatment plan (`#/plan`): the sessions, and the milestones as a calendar file (its code
 * loads only when asked for). Loaded when first visited.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import '../../src/components/plan-editor/plan-editor.ts';
import { describeDate, type IsoDate, type Plan } from '../../src/rules/index.ts';
import { explainFailure } from '../../src/journal/failures.ts';
import type { PlanRecord } from '../../src/journal/records.ts';
import type { ReminderTime } from '../../src/reminder/photo-reminder.ts';
import { conflictPanel } from './conflict-panel.ts';
import { JournalScreen } from './journal-controller.ts';
import type { JournalState } from './journal-state.ts';
import { screenStyles } from './screen.styles.ts';
import { formFieldStyles } from '../../src/components/shared.styles.ts';

/** The calendar's photo reminder time: the one set in Settings, else early evening. */
const reminderTime = (journal: JournalState) => journal.settings.photoReminder ?? ('19:00' as ReminderTime);

/** The plan screen. */
export class PlanPage extends JournalScreen {
  static override styles = [...screenStyles, formFieldStyles];

  static override properties = {
    pending: { state: true },
    withReminder: { state: true },
  };

  /** The plan a conflicting save sent, kept until the person chooses. */
  private pending: Plan | null = null;
  /** The stored plan the choice last showed: "Save mine" replaces only that one. */
  private shown: PlanRecord | null = null;
  /** Whether the calendar file gets the daily photo reminder for the first 30 days. */
  private withReminder = false;

  override render() {
    const journal = this.journal;
    if (!journal) return nothing;
    const conflict = this.pending && this.link.conflict;
    if (conflict) this.shown = journal.planBasis;
    const sessions = journal.plan.sessions.map((s) => describeDate(s.date as IsoDate)).join(', ');
    return html`<h1>${msg('Your treatment plan')}</h1>
      ${
        conflict
          ? conflictPanel(
              this.link.error,
              sessions
                ? msg(str`It now holds the sessions of ${sessions}. Yours is not saved yet.`)
                : msg('It now holds no sessions. Yours is not saved yet.'),
              this.onSaveMine,
              this.onKeepTheirs,
            )
          : nothing
      }
      <smp-plan-editor
        .plan=${journal.plan}
        .today=${journal.today}
        .error=${conflict ? '' : this.link.error}
        @plan-change=${this.onPlanChange}
      ></smp-plan-editor>
      <section class="panel checkin-cta" aria-labelledby="calendar-heading">
        <div>
          <h2 id="calendar-heading">${msg('Reminders in your calendar')}</h2>
          <p class="hint">
            ${msg('A calendar file with each change (showering, swimming, sunscreen…), so your phone reminds you even when this app is closed. Export again after changing the plan: the events update.')}
          </p>
          <label class="check"
            ><input
              type="checkbox"
              .checked=${this.withReminder}
              @change=${(e: Event) => (this.withReminder = (e.target as HTMLInputElement).checked)}
            />
            ${msg(str`Add a daily photo reminder at ${reminderTime(journal)} for the 30 days after your latest session`)}</label
          >
        </div>
        <button class="secondary" @click=${this.onCalendarExport}>${msg('Download calendar (.ics)')}</button>
      </section>
      <section class="panel checkin-cta" aria-labelledby="device-heading">
        <div>
          <h2 id="device-heading">${msg('On your computer too')}</h2>
          <p class="hint">
            ${msg('A link and a QR code with your session dates and regimen, for another browser or the extension.')}
          </p>
        </div>
        <a class="button secondary" href="#/another-device">${msg('Use on another device')}</a>
      </section>`;
  }

  /** Saves the editor's plan over the one it showed (`updatedAt` tells whether another tab saved since). */
  private readonly onPlanChange = async (event: CustomEvent<{ plan: Plan }>) => {
    const plan = event.detail.plan;
    const basis = this.journal?.planBasis ?? undefined;
    this.pending = null;
    if (await this.link.write((store) => store.savePlan(plan, basis))) return;
    if (this.link.conflict) {
      this.pending = plan;
      await this.journal?.read();
    }
  };

  private readonly onSaveMine = async () => {
    const [mine, shown] = [this.pending, this.shown ?? undefined];
    if (!mine) return;
    // Over the plan the choice showed: one saved in a third place meanwhile is a new choice, not lost.
    if (await this.link.write((store) => store.savePlan(mine, shown))) this.pending = null;
    else if (this.link.conflict) await this.journal?.read();
  };

  private readonly onKeepTheirs = () => {
    this.pending = null;
    this.link.showError('');
  };

  private readonly onCalendarExport = async () => {
    const journal = this.journal;
    if (!journal) return;
    try {
      const { milestonesCalendar } = await import('../../src/export/calendar.ts');
      const { downloadFile } = await import('../../src/export/share-file.ts');
      downloadFile(
        new File(
          [
            milestonesCalendar(journal.plan, journal.regimen, {
              ...(this.withReminder ? { photoReminder: reminderTime(journal) } : {}),
            }),
          ],
          'smp-aftercare-milestones.ics',
          { type: 'text/calendar' },
        ),
      );
    } catch (error) {
      this.link.showError(explainFailure(error));
    }
  };
}

if (!customElements.get('smp-plan-page')) customElements.define('smp-plan-page', PlanPage);

declare global {
  interface HTMLElementTagNameMap {
    'smp-plan-page': PlanPage;
  }
}
