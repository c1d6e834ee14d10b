/**
 * The confirmation before a regimen from a link or file changes the advice (`#/confirm-regimen`):
 * whose it is and what differs from the regimen in use, rule by rule, then "Use this regimen" or
 * "Keep my current one". The regimen waits in memory (pending-handover.ts) until then.
 */
import { LitElement, css, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import '../../src/components/handover-confirm/regimen-changes.ts';
import { DEFAULT_REGIMEN } from '../../src/rules/index.ts';
import { JournalController } from './journal-controller.ts';
import type { JournalState } from './journal-state.ts';
import { appNotice, pending } from './pending-handover.ts';
import { screenStyles } from './screen.styles.ts';

/** The regimen confirmation screen. */
export class ConfirmRegimenPage extends LitElement {
  static override styles = [
    ...screenStyles,
    css`
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
        margin-top: 1rem;
      }
    `,
  ];

  static override properties = {
    journal: { attribute: false },
  };

  journal: JournalState | null = null;
  private readonly link = new JournalController(this);

  override render() {
    const journal = this.journal;
    if (!journal) return nothing;
    const offer = pending.regimen;
    if (!offer)
      return html`<h1>${msg('Nothing to confirm')}</h1>
        <p class="panel">
          ${msg('There is no regimen waiting here: open the link or the file again.')} <a href="#/">${msg('Today')}</a>
        </p>`;
    return html`<h1>${msg('Change your aftercare?')}</h1>
      <section class="panel" aria-label=${msg('The regimen offered')}>
        <smp-regimen-changes .current=${journal.regimen} .incoming=${offer.regimen}></smp-regimen-changes>
        ${this.link.error ? html`<p class="error" role="alert">${this.link.error}</p>` : nothing}
        <p class="actions">
          <button @click=${this.onUse}>${msg('Use this regimen')}</button>
          <button class="secondary" @click=${this.onKeep}>${msg('Keep my current one')}</button>
        </p>
      </section>`;
  }

  private readonly onUse = async () => {
    const offer = pending.regimen;
    if (!offer) return;
    const standard = offer.regimen.id === DEFAULT_REGIMEN.id;
    // The store checks the regimen once more before it is kept.
    const saved = await this.link.write((store) =>
      standard ? store.resetRegimen() : store.saveRegimen(offer.regimen),
    );
    if (!saved) return;
    pending.regimen = null;
    this.dispatchEvent(appNotice(msg(str`Now using “${offer.regimen.name}”.`)));
    location.hash = offer.returnTo;
  };

  private readonly onKeep = () => {
    const offer = pending.regimen;
    pending.regimen = null;
    this.dispatchEvent(appNotice(msg(str`Nothing changed: you keep “${this.journal?.regimen.name ?? ''}”.`)));
    location.hash = offer?.returnTo ?? '#/';
  };
}

if (!customElements.get('smp-confirm-regimen-page'))
  customElements.define('smp-confirm-regimen-page', ConfirmRegimenPage);

declare global {
  interface HTMLElementTagNameMap {
    'smp-confirm-regimen-page': ConfirmRegimenPage;
  }
}
