/**
 * The first visit, before there is a plan: the set-up form, a link to restore a journal from a
 * backup, and one for technicians to the regimen builder. Loaded only when there is no plan (fetched while the journal opens on a first visit).
 */
import { css, html, nothing } from 'lit';
import { msg } from '@lit/localize';
import '../../src/components/first-run/first-run.ts';
import { requestPersistence } from '../../src/journal/storage-health.ts';
import type { Plan } from '../../src/rules/index.ts';
import { JournalScreen } from './journal-controller.ts';
import { screenStyles } from './screen.styles.ts';

/** The first-run screen. */
export class FirstRunPage extends JournalScreen {
  static override styles = [
    ...screenStyles,
    css`
      .restore-hint a {
        color: var(--smp-brand);
        font-weight: 600;
      }
    `,
  ];

  override render() {
    const journal = this.journal;
    if (!journal) return nothing;
    return html`<smp-first-run
        .today=${journal.today}
        .error=${this.link.error}
        @plan-change=${this.onPlanChange}
      ></smp-first-run>
      <p class="panel restore-hint">
        ${msg(html`Moving from another phone or browser? <a href="#/share">Restore your journal from a backup</a>, or open the link from “Use on another device” there.`)}
      </p>
      <p class="panel restore-hint">
        <a href="#/regimen-builder">${msg('For technicians: make a regimen for your clients')}</a>
      </p>`;
  }

  private readonly onPlanChange = async (event: CustomEvent<{ plan: Plan }>) => {
    const journal = this.journal;
    // Another tab may have started the journal meanwhile: its plan is not overwritten.
    const basis = journal?.planBasis ?? undefined;
    if (!journal || !(await this.link.write((store) => store.savePlan(event.detail.plan, basis)))) return;
    location.hash = '#/';
    // Asked once, right after set-up: the journal is worth keeping from now on.
    if (!journal.settings.persistenceAsked) {
      await requestPersistence();
      await journal.saveSettings({ persistenceAsked: true });
    }
  };
}

if (!customElements.get('smp-first-run-page')) customElements.define('smp-first-run-page', FirstRunPage);

declare global {
  interface HTMLElementTagNameMap {
    'smp-first-run-page': FirstRunPage;
  }
}
