import { LitElement, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { describeRegimenChanges } from '../../handover/index.ts';
import { DEFAULT_REGIMEN, type Regimen } from '../../rules/index.ts';
import { confirmStyles } from './confirm.styles.ts';

/**
 * What a regimen from a link or file would change, before anything does: whose it is, and each
 * difference from the regimen in use in words ("Keep your scalp dry: 3 days instead of 5"). The
 * screen around it holds the buttons.
 */
export class RegimenChanges extends LitElement {
  static override styles = confirmStyles;

  static override properties = {
    current: { attribute: false },
    incoming: { attribute: false },
  };

  /** The regimen in use. */
  current: Regimen = DEFAULT_REGIMEN;
  /** The regimen offered. */
  incoming: Regimen | null = null;

  override render() {
    const incoming = this.incoming;
    if (!incoming) return nothing;
    const changes = describeRegimenChanges(this.current, incoming);
    const standard = incoming.id === DEFAULT_REGIMEN.id;
    return html`<h2>${standard ? msg('The standard regimen') : msg(str`A regimen from “${incoming.name}”`)}</h2>
      <p>
        ${
          standard
            ? msg('The built-in aftercare of this app.')
            : msg('It would replace the aftercare advice this app gives you, from today on.')
        }
        ${msg(str`You use “${this.current.name}” now.`)}
      </p>
      ${
        changes.length
          ? html`<h3>${msg(str`What would change (${changes.length})`)}</h3>
              <ul class="changes">
                ${changes.map((change) => html`<li>${change}</li>`)}
              </ul>`
          : html`<p class="same">
              ${msg(str`The advice is the same as in “${this.current.name}”; only the name differs.`)}
            </p>`
      }`;
  }
}

if (!customElements.get('smp-regimen-changes')) customElements.define('smp-regimen-changes', RegimenChanges);

declare global {
  interface HTMLElementTagNameMap {
    'smp-regimen-changes': RegimenChanges;
  }
}
