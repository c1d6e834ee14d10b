/**
 * The confirmation before a regimen from a link or file changes the advice (`#/confirm-regimen`):
 * whose it is and what differs from the regimen in use, rule by rule, then "Use this regimen" or
 * "Keep my current one". The regimen waits in memory (pending-handover.ts) until then.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import '../../src/components/handover-confirm/regimen-changes.ts';
import { DEFAULT_REGIMEN } from '../../src/rules/index.ts';
import { ConfirmScreen } from './confirm-screen.ts';
import { pending } from './pending-handover.ts';

/** The regimen confirmation screen. */
export class ConfirmRegimenPage extends ConfirmScreen {
  override render() {
    const journal = this.journal;
    if (!journal) return nothing;
    const offer = pending.regimen;
    if (!offer) return this.nothingWaiting(msg('There is no regimen waiting here: open the link or the file again.'));
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
    this.leave(msg(str`Now using “${offer.regimen.name}”.`), offer.returnTo);
  };

  private readonly onKeep = () => {
    const offer = pending.regimen;
    pending.regimen = null;
    this.leave(msg(str`Nothing changed: you keep “${this.journal?.regimen.name ?? ''}”.`), offer?.returnTo ?? '#/');
  };
}

if (!customElements.get('smp-confirm-regimen-page'))
  customElements.define('smp-confirm-regimen-page', ConfirmRegimenPage);

declare global {
  interface HTMLElementTagNameMap {
    'smp-confirm-regimen-page': ConfirmRegimenPage;
  }
}
