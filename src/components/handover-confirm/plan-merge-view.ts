import { LitElement, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { PlanMerge } from '../../handover/index.ts';
import { describeDate, type IsoDate, type Session } from '../../rules/index.ts';
import { confirmStyles } from './confirm.styles.ts';

/** "Session on Tue 3 Mar 2026 (final session)". */
const sessionWords = (s: Session, finalDate: string | null) => {
  const date = describeDate(s.date as IsoDate);
  return s.date === finalDate ? msg(str`Session on ${date} (final session)`) : msg(str`Session on ${date}`);
};

/**
 * What a plan from another device would set and what stays, session by session: the sessions it
 * adds, a final session that moves, and the sessions here, which all stay (with their notes).
 */
export class PlanMergeView extends LitElement {
  static override styles = confirmStyles;

  static override properties = {
    merge: { attribute: false },
  };

  /** The merge the rules worked out. */
  merge: PlanMerge | null = null;

  override render() {
    const merge = this.merge;
    if (!merge) return nothing;
    const finalDate = merge.plan.sessions.find((s) => s.final)?.date ?? null;
    const { finalChange } = merge;
    return html`<h3>${msg('Will be added')}</h3>
      ${
        merge.added.length
          ? html`<ul class="added">
              ${merge.added.map((s) => html`<li>${sessionWords(s, finalDate)}</li>`)}
            </ul>`
          : html`<p>${msg('No new session: every session of the link is already here.')}</p>`
      }
      ${
        finalChange
          ? html`<p class="final">
              ${
                finalChange.from
                  ? msg(
                      str`Your final session becomes ${describeDate(finalChange.to)} (it was ${describeDate(finalChange.from)}).`,
                    )
                  : msg(str`${describeDate(finalChange.to)} becomes your final session.`)
              }
            </p>`
          : nothing
      }
      <h3>${msg('Stays as it is')}</h3>
      ${
        merge.kept.length
          ? html`<ul class="stays">
              ${merge.kept.map(
                (s) => html`<li>${sessionWords(s, finalDate)}${s.note ? html` · ${s.note}` : nothing}</li>`,
              )}
            </ul>`
          : html`<p class="stays">${msg('This device has no sessions yet.')}</p>`
      }
      <p class="hint">${msg('Your photos, check-ins and notes stay where they are: a link never carries them.')}</p>`;
  }
}

if (!customElements.get('smp-plan-merge-view')) customElements.define('smp-plan-merge-view', PlanMergeView);

declare global {
  interface HTMLElementTagNameMap {
    'smp-plan-merge-view': PlanMergeView;
  }
}
