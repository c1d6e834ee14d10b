/**
 * A plan from another device (`#/confirm-plan`, from a `#plan=` link): what it would set and what
 * stays, session by session, then "Add these sessions" or "Keep my plan as it is". Sessions merge
 * by date; a regimen that differs from the one in use then goes through the regimen confirmation.
 */
import { css, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import '../../src/components/handover-confirm/plan-merge-view.ts';
import { mergePlans, regimenDiffers } from '../../src/handover/index.ts';
import { offerRegimen } from './handover-link.ts';
import { ConfirmScreen } from './confirm-screen.ts';
import { appNotice, pending } from './pending-handover.ts';

/** The plan confirmation screen. */
export class ConfirmPlanPage extends ConfirmScreen {
  static override styles = [
    ...ConfirmScreen.styles,
    css`
      h2 {
        font-size: 1.15rem;
      }
      section.panel {
        display: grid;
        gap: 0.75rem;
      }
    `,
  ];

  override render() {
    const journal = this.journal;
    if (!journal) return nothing;
    const offer = pending.plan;
    if (!offer) return this.nothingWaiting(msg('There is no plan waiting here: open the link again.'));
    const merge = mergePlans(journal.plan, offer.plan);
    const regimenChanges = regimenDiffers(journal.regimen, offer.regimen);
    const empty = journal.plan.sessions.length === 0;
    return html`<h1>${msg('Your plan from another device')}</h1>
      <section class="panel" aria-labelledby="merge-heading">
        <h2 id="merge-heading">${msg('What this link sets on this device')}</h2>
        ${
          merge.ok
            ? html`<smp-plan-merge-view .merge=${merge.value}></smp-plan-merge-view>`
            : html`<p class="error" role="alert">${merge.error} ${msg('Nothing changed.')}</p>`
        }
        <p>
          ${
            regimenChanges
              ? msg(
                  str`Its aftercare regimen is “${offer.regimen.name}”; you use “${journal.regimen.name}” here. You choose next whether to change it.`,
                )
              : msg(str`Its aftercare regimen is the one you use here, “${journal.regimen.name}”.`)
          }
        </p>
        ${this.link.error ? html`<p class="error" role="alert">${this.link.error}</p>` : nothing}
        <p class="actions">
          ${
            merge.ok
              ? html`<button @click=${this.onAdd}>
                  ${merge.value.changes ? (empty ? msg('Set this plan') : msg('Add these sessions')) : msg('Continue')}
                </button>`
              : nothing
          }
          <button class="secondary" @click=${this.onKeep}>${msg('Keep my plan as it is')}</button>
        </p>
      </section>`;
  }

  private readonly onAdd = async () => {
    const journal = this.journal;
    const offer = pending.plan;
    if (!journal || !offer) return;
    const merge = mergePlans(journal.plan, offer.plan);
    if (!merge.ok) return;
    if (merge.value.changes && !(await this.link.write((store) => store.savePlan(merge.value.plan)))) return;
    pending.plan = null;
    const next = offerRegimen(journal, offer.regimen, '#/');
    if (next.route === '#/')
      this.dispatchEvent(
        appNotice(
          merge.value.changes
            ? msg('Your plan is set on this device.')
            : msg('This device already has this plan: nothing changed.'),
        ),
      );
    location.hash = next.route;
  };

  private readonly onKeep = () => {
    pending.plan = null;
    this.leave(msg('Nothing changed: your plan stays as it is.'), '#/');
  };
}

if (!customElements.get('smp-confirm-plan-page')) customElements.define('smp-confirm-plan-page', ConfirmPlanPage);

declare global {
  interface HTMLElementTagNameMap {
    'smp-confirm-plan-page': ConfirmPlanPage;
  }
}
