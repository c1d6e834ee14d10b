import { LitElement, css, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { mergePlans, readHandoverLink, regimenDiffers, type HandoverLink } from '../../handover/index.ts';
import { DEFAULT_REGIMEN, type Plan, type Regimen } from '../../rules/index.ts';
import '../handover-confirm/plan-merge-view.ts';
import '../handover-confirm/regimen-changes.ts';
import { baseStyles, formFieldStyles } from '../shared.styles.ts';

/** What the person said yes to: the plan to store and the regimen to use (null: keep what is here). */
export interface LinkAccept {
  readonly plan: Plan | null;
  readonly regimen: Regimen | null;
}

/**
 * "Paste the link from your phone" (the extension's options page): a plan or regimen link pasted
 * in, read and checked (src/handover), then what it would set and what stays, with the regimen's
 * differences, before the person chooses. Nothing is stored here: the page does that.
 *
 * @fires link-accept - `LinkAccept` when the person says yes.
 */
export class LinkPaste extends LitElement {
  static override styles = [
    ...baseStyles,
    formFieldStyles,
    css`
      :host {
        display: grid;
        gap: 0.75rem;
      }
      h2 {
        font-size: 1.15rem;
      }
      textarea {
        width: 100%;
        font-family: ui-monospace, monospace;
        font-size: 0.85rem;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
      }
    `,
  ];

  static override properties = {
    plan: { attribute: false },
    regimen: { attribute: false },
    error: {},
    offered: { state: true },
    readError: { state: true },
  };

  /** The plan here. */
  plan: Plan = { sessions: [] };
  /** The regimen in use here. */
  regimen: Regimen = DEFAULT_REGIMEN;
  /** A sentence from the page (storage refused what was accepted). */
  error = '';
  private offered: HandoverLink | null = null;
  private readError = '';

  override render() {
    return html`<h2 id="paste-heading">${msg('Paste the link from your phone')}</h2>
      <p class="hint">
        ${msg('In the journal app on your phone, open Settings → “Use on another device”, copy the link and paste it here. It carries your session dates and your regimen, never photos, check-ins or notes.')}
      </p>
      <div class="field">
        <label for="link">${msg('The link')}</label>
        <textarea id="link" rows="3" autocomplete="off" spellcheck="false"></textarea>
      </div>
      <p class="actions"><button class="secondary" @click=${this.onRead}>${msg('Read the link')}</button></p>
      ${this.readError ? html`<p class="error" role="alert">${this.readError}</p>` : nothing}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${this.offered ? this.renderOffer(this.offered) : nothing}`;
  }

  private renderOffer(offer: HandoverLink) {
    const differs = regimenDiffers(this.regimen, offer.regimen);
    const changes = differs
      ? html`<smp-regimen-changes .current=${this.regimen} .incoming=${offer.regimen}></smp-regimen-changes>`
      : html`<p>${msg(str`Its regimen is the one in use here, “${this.regimen.name}”.`)}</p>`;
    const cancel = html`<button class="quiet" @click=${this.onCancel}>${msg('Cancel')}</button>`;
    if (offer.kind === 'regimen')
      return html`${changes}
        <p class="actions">
          ${differs ? html`<button @click=${() => this.accept(null, offer.regimen)}>${msg('Use this regimen')}</button>` : nothing}
          <button class="secondary" @click=${this.onCancel}>${msg('Keep my current one')}</button>
        </p>`;
    const merge = mergePlans(this.plan, offer.plan);
    if (!merge.ok) return html`<p class="error" role="alert">${merge.error} ${msg('Nothing changed.')}</p>`;
    return html`<h2>${msg('What this link sets here')}</h2>
      <smp-plan-merge-view .merge=${merge.value}></smp-plan-merge-view>
      ${changes}
      <p class="actions">
        ${
          differs
            ? html`<button @click=${() => this.accept(merge.value.plan, offer.regimen)}>
                  ${msg('Set the plan and use this regimen')}
                </button>
                <button class="secondary" @click=${() => this.accept(merge.value.plan, null)}>
                  ${msg('Set the plan only')}
                </button>`
            : html`<button @click=${() => this.accept(merge.value.plan, null)}>${msg('Set this plan')}</button>`
        }
        ${cancel}
      </p>`;
  }

  private readonly onRead = async () => {
    const field = this.renderRoot.querySelector<HTMLTextAreaElement>('#link');
    const text = field?.value.trim() ?? '';
    this.offered = null;
    this.readError = '';
    if (!text) {
      this.readError = msg('Paste the link first.');
      return;
    }
    const read = await readHandoverLink(text);
    if (read.ok) this.offered = read.value;
    else this.readError = read.error;
  };

  private readonly onCancel = () => {
    this.offered = null;
  };

  private accept(plan: Plan | null, regimen: Regimen | null) {
    this.offered = null;
    const field = this.renderRoot.querySelector<HTMLTextAreaElement>('#link');
    if (field) field.value = '';
    this.dispatchEvent(
      new CustomEvent<LinkAccept>('link-accept', { detail: { plan, regimen }, bubbles: true, composed: true }),
    );
  }
}

if (!customElements.get('smp-link-paste')) customElements.define('smp-link-paste', LinkPaste);

declare global {
  interface HTMLElementTagNameMap {
    'smp-link-paste': LinkPaste;
  }
}
