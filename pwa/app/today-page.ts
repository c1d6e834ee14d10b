/**
 * Today (`#/`, `#/day/<date>`): the open flags of the latest check-in (urgent first, under a
 * heading as serious as the most serious of them), the day's card, the invitations (check in,
 * back up, add a photo) and the storage note (storage-note.ts, loaded once the card is up). It is
 * the first screen, so it is in the first bundle; the invitations below the card wait for
 * `settled`, so the card paints first.
 *
 * @fires card-rendered - once, after the first render with the card (the app marks the paint).
 */
import { css, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import '../../src/components/day-nav/day-nav.ts';
import '../../src/components/flag-list/flag-list.ts';
import '../../src/components/status-card/status-card.ts';
import { localDateOf } from '../../src/calendar/local-date.ts';
import { describeDate, openFlags, statusOn, strongestAdvice, type IsoDate } from '../../src/rules/index.ts';
import { FLAG_HEADINGS } from '../../src/vocabulary/flags.ts';
import { JournalScreen } from './journal-controller.ts';
import type { JournalState } from './journal-state.ts';
import { hrefOf } from './routes.ts';
import { screenStyles } from './screen.styles.ts';

/** The Today screen. */
export class TodayPage extends JournalScreen {
  static override styles = [
    ...screenStyles,
    css`
      .flags {
        border: 2px solid var(--tone);
        background: var(--tone-bg);
        border-radius: var(--smp-radius);
        padding: 1rem;
        display: grid;
        gap: 0.75rem;
      }
      .flags.urgent {
        --tone: var(--smp-urgent);
        --tone-bg: var(--smp-urgent-bg);
      }
      .flags.watch {
        --tone: var(--smp-watch);
        --tone-bg: var(--smp-watch-bg);
      }
      .flags h2 {
        color: var(--tone);
        font-size: 1.15rem;
      }
    `,
  ];

  static override properties = {
    date: { attribute: false },
    settled: { attribute: false },
  };

  /** The day shown; null for today. */
  date: IsoDate | null = null;
  /** False until the card has painted; the panels below it wait for it. */
  settled = false;
  private cardRendered = false;
  private noteLoading = false;

  override render() {
    const journal = this.journal;
    if (!journal) return nothing;
    const { today, checkIns, regimen, adherence } = journal;
    const date = this.date ?? today;
    const isToday = date === today;
    // Every open flag of the latest check-in stays until a later check-in no longer raises it.
    const latest = journal.latestCheckIn;
    const open = openFlags(latest?.flags ?? []);
    const top = isToday ? (open[0]?.level ?? null) : null;
    const checkedIn = checkIns.some((c) => c.date === today);
    // Not yet checked in: the invitation comes first; afterwards it moves below the card.
    const cta = html`<section class="panel checkin-cta" aria-labelledby="cta-heading">
      <div>
        <h2 id="cta-heading">
          ${checkedIn ? msg('You have checked in today') : msg('How does your scalp feel today?')}
        </h2>
        <p class="hint">
          ${checkedIn ? msg('You can update it if something changes.') : msg('Log swelling, temperature and redness: it takes a minute.')}
        </p>
      </div>
      <a class="button" href="#/check-in">${checkedIn ? msg('Edit today’s check-in') : msg('Check in')}</a>
    </section>`;
    return html`
      <h1 class="visually-hidden">
        ${isToday ? msg('Your aftercare today') : msg(str`Your aftercare on ${describeDate(date)}`)}
      </h1>
      ${
        top
          ? html`<section class="flags ${top}" aria-labelledby="flags-heading">
              <h2 id="flags-heading">${FLAG_HEADINGS[strongestAdvice(open) ?? 'contact']}</h2>
              <p>
                ${
                  latest?.date === today
                    ? msg('From your check-in of today. This stays here until a later check-in no longer raises it.')
                    : msg(
                        str`From your check-in of ${describeDate(latest?.date ?? today)}. This stays here until a later check-in no longer raises it.`,
                      )
                }
              </p>
              <smp-flag-list .flags=${open}></smp-flag-list>
              <p><a class="button secondary" href="#/check-in">${msg('Check in again')}</a></p>
            </section>`
          : nothing
      }
      ${isToday && !checkedIn && !top ? cta : nothing}
      <smp-day-nav
        .date=${date}
        .today=${today}
        @date-change=${(e: CustomEvent<{ date: IsoDate }>) => (location.hash = hrefOf({ name: 'today', date: e.detail.date === today ? null : e.detail.date }))}
      ></smp-day-nav>
      ${this.link.error ? html`<p class="panel error" role="alert">${this.link.error}</p>` : nothing}
      <smp-status-card
        .status=${statusOn(journal.plan, date, regimen)}
        .isToday=${isToday}
        .flag=${top}
        .advice=${top ? strongestAdvice(open) : null}
        regimen-name=${regimen.name}
        .adherence=${date <= today && adherence?.date === date ? adherence.counts : undefined}
        @adherence-change=${this.onAdherenceChange}
      ></smp-status-card>
      ${isToday && checkedIn && this.settled ? cta : nothing}
      ${isToday && this.settled ? this.renderReminders(journal) : nothing}
      ${isToday && this.settled ? html`<smp-storage-note ?asked=${journal.settings.persistenceAsked}></smp-storage-note>` : nothing}
    `;
  }

  override updated() {
    // The storage note (Safari's 7 days, a browser that will not keep the journal) loads after the card.
    if (this.settled && !this.noteLoading) {
      this.noteLoading = true;
      import('./storage-note.ts').catch((error: unknown) => console.warn('The storage note did not load:', error));
    }
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
              <h2 id="backup-heading">${msg('Time for a backup')}</h2>
              <p class="hint">
                ${
                  backupInfo
                    ? msg(
                        str`Your last backup was on ${describeDate(localDateOf(new Date(backupInfo.lastBackupAt)))} and you have added photos since. A backup keeps them if this browser’s data is cleared or you change phones.`,
                      )
                    : msg(
                        'You have not made a backup yet and you have added photos since. A backup keeps them if this browser’s data is cleared or you change phones.',
                      )
                }
              </p>
            </div>
            <a class="button secondary" href="#/share">${msg('Back up now')}</a>
          </section>`
        : nothing
    }
    ${
      photoToday
        ? nothing
        : html`<section class="panel checkin-cta" aria-labelledby="photo-heading">
            <div>
              <h2 id="photo-heading">${msg('No healing photo yet today')}</h2>
              <p class="hint">${msg('Take it the same way each day, so you can compare.')}</p>
            </div>
            <a class="button secondary" href="#/photos">${msg('Add today’s photo')}</a>
          </section>`
    }`;
  }

  // Only the box ticked is written (another tab's ticks of the day stay); a refusal is said and the box goes back.
  private readonly onAdherenceChange = (event: CustomEvent<{ ruleId: string; count: number }>) => {
    const current = this.journal?.adherence;
    if (!current) return;
    const { ruleId, count } = event.detail;
    void this.link
      .write((store) => store.saveTick(current.date, ruleId, count))
      .then((saved) => {
        // The card draws the stored ticks again, so the box no longer shows what was not saved.
        if (!saved) this.renderRoot.querySelector('smp-status-card')?.discardTicks();
      });
  };
}

if (!customElements.get('smp-today-page')) customElements.define('smp-today-page', TodayPage);

declare global {
  interface HTMLElementTagNameMap {
    'smp-today-page': TodayPage;
  }
}
