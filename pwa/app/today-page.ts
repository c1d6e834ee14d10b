/**
 * Today (`#/`, `#/day/<date>`): the day's card, the urgent flags of the latest check-in and the
 * invitations (check in, back up, add a photo). It is the first screen, so it is in the first
 * bundle; the invitations below the card wait for `settled`, so the card paints first.
 *
 * @fires card-rendered - once, after the first render with the card (the app marks the paint).
 */
import { LitElement, css, html, nothing } from 'lit';
import '../../src/components/day-nav/day-nav.ts';
import '../../src/components/flag-list/flag-list.ts';
import '../../src/components/status-card/status-card.ts';
import { localDateOf } from '../../src/calendar/local-date.ts';
import { describeDate, statusOn, type IsoDate } from '../../src/rules/index.ts';
import { JournalController } from './journal-controller.ts';
import type { JournalState } from './journal-state.ts';
import { hrefOf } from './routes.ts';
import { screenStyles } from './screen.styles.ts';

/** The Today screen. */
export class TodayPage extends LitElement {
  static override styles = [
    ...screenStyles,
    css`
      .urgent {
        border: 2px solid var(--smp-urgent);
        background: var(--smp-urgent-bg);
        border-radius: var(--smp-radius);
        padding: 1rem;
        display: grid;
        gap: 0.75rem;
      }
      .urgent h2 {
        color: var(--smp-urgent);
        font-size: 1.15rem;
      }
    `,
  ];

  static override properties = {
    journal: { attribute: false },
    date: { attribute: false },
    settled: { attribute: false },
  };

  journal: JournalState | null = null;
  /** The day shown; null for today. */
  date: IsoDate | null = null;
  /** False until the card has painted; the panels below it wait for it. */
  settled = false;
  private readonly link = new JournalController(this);
  private cardRendered = false;

  override render() {
    const journal = this.journal;
    if (!journal) return nothing;
    const { today, checkIns, regimen, adherence } = journal;
    const date = this.date ?? today;
    const isToday = date === today;
    const latest = journal.latestCheckIn;
    const urgent = latest?.flags.filter((f) => f.level === 'urgent') ?? [];
    const checkedIn = checkIns.some((c) => c.date === today);
    // Not yet checked in: the invitation comes first; afterwards it moves below the card.
    const cta = html`<section class="panel checkin-cta" aria-labelledby="cta-heading">
      <div>
        <h2 id="cta-heading">${checkedIn ? 'You have checked in today' : 'How does your scalp feel today?'}</h2>
        <p class="hint">
          ${checkedIn ? 'You can update it if something changes.' : 'Log swelling, temperature and redness: it takes a minute.'}
        </p>
      </div>
      <a class="button" href="#/check-in">${checkedIn ? 'Edit today’s check-in' : 'Check in'}</a>
    </section>`;
    return html`
      <h1 class="visually-hidden">${isToday ? 'Your aftercare today' : `Your aftercare on ${describeDate(date)}`}</h1>
      ${
        urgent.length > 0 && isToday
          ? html`<section class="urgent" aria-labelledby="urgent-heading">
              <h2 id="urgent-heading">
                From your check-in of ${latest?.date === today ? 'today' : describeDate(latest?.date ?? today)}
              </h2>
              <smp-flag-list .flags=${urgent}></smp-flag-list>
              <p>
                This stays here until a later check-in no longer shows it.
                <a class="button secondary" href="#/check-in">Check in again</a>
              </p>
            </section>`
          : nothing
      }
      ${isToday && !checkedIn && urgent.length === 0 ? cta : nothing}
      <smp-day-nav
        .date=${date}
        .today=${today}
        @date-change=${(e: CustomEvent<{ date: IsoDate }>) => (location.hash = hrefOf({ name: 'today', date: e.detail.date === today ? null : e.detail.date }))}
      ></smp-day-nav>
      <smp-status-card
        .status=${statusOn(journal.plan, date, regimen)}
        .isToday=${isToday}
        regimen-name=${regimen.name}
        .adherence=${date <= today && adherence?.date === date ? adherence.counts : undefined}
        @adherence-change=${this.onAdherenceChange}
      ></smp-status-card>
      ${isToday && checkedIn && this.settled ? cta : nothing}
      ${isToday && this.settled ? this.renderReminders(journal) : nothing}
    `;
  }

  override updated() {
    if (this.cardRendered || !this.renderRoot.querySelector('smp-status-card')) return;
    this.cardRendered = true;
    this.dispatchEvent(new Event('card-rendered'));
  }

  /** The backup and photo reminders, below the card. */
  private renderReminders({ backupDue, backupInfo, photoToday }: JournalState) {
    return html`${
      backupDue
        ? html`<section class="panel checkin-cta" aria-labelledby="backup-heading">
            <div>
              <h2 id="backup-heading">Time for a backup</h2>
              <p class="hint">
                ${backupInfo ? `Your last backup was on ${describeDate(localDateOf(new Date(backupInfo.lastBackupAt)))}` : 'You have not made a backup yet'}
                and you have added photos since. A backup keeps them if this browser’s data is cleared or you change
                phones.
              </p>
            </div>
            <a class="button secondary" href="#/share">Back up now</a>
          </section>`
        : nothing
    }
    ${
      photoToday
        ? nothing
        : html`<section class="panel checkin-cta" aria-labelledby="photo-heading">
            <div>
              <h2 id="photo-heading">No healing photo yet today</h2>
              <p class="hint">Take it the same way each day, so you can compare.</p>
            </div>
            <a class="button secondary" href="#/photos">Add today’s photo</a>
          </section>`
    }`;
  }

  private readonly onAdherenceChange = (event: CustomEvent<{ ruleId: string; count: number }>) => {
    const current = this.journal?.adherence;
    if (!current) return;
    const counts = { ...current.counts, [event.detail.ruleId]: event.detail.count };
    void this.link.write((store) => store.saveAdherence({ date: current.date, counts }));
  };
}

if (!customElements.get('smp-today-page')) customElements.define('smp-today-page', TodayPage);

declare global {
  interface HTMLElementTagNameMap {
    'smp-today-page': TodayPage;
  }
}
