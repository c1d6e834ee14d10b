import { LitElement, css, html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { baseStyles } from '../shared.styles.ts';
import './qr-code.ts';

/**
 * A hand-over link shown three ways: its QR code (to scan with the other phone's camera), the link
 * itself (to copy into a message) and, where the browser has a share sheet that takes a link, a
 * "Share…" button. Nothing is sent anywhere by the app: copying and sharing are the person's.
 */
export class HandoverLink extends LitElement {
  static override styles = [
    ...baseStyles,
    css`
      :host {
        display: grid;
        gap: 0.75rem;
      }
      smp-qr-code {
        width: min(100%, 28rem);
        justify-self: center;
      }
      .field {
        display: grid;
        gap: 0.3rem;
      }
      textarea {
        width: 100%;
        font-family: ui-monospace, monospace;
        font-size: 0.8rem;
        word-break: break-all;
        resize: vertical;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
        align-items: center;
      }
    `,
  ];

  static override properties = {
    url: {},
    label: {},
    shareTitle: { attribute: 'share-title' },
    said: { state: true },
  };

  /** The link. */
  url = '';
  /** What the QR code is, for screen readers. */
  label = '';
  /** The title a share sheet shows; no "Share…" button when empty. */
  shareTitle = '';
  private said = '';

  override willUpdate(changed: Map<string, unknown>) {
    if (changed.has('url')) this.said = '';
  }

  override render() {
    if (!this.url) return nothing;
    const canShare =
      this.shareTitle && typeof navigator.share === 'function' && (navigator.canShare?.({ url: this.url }) ?? true);
    return html`<smp-qr-code .text=${this.url} .label=${this.label || msg('QR code of the link')}></smp-qr-code>
      <div class="field">
        <label for="link">${msg('The link')}</label>
        <textarea id="link" readonly rows="3" .value=${this.url} @focus=${this.selectAll}></textarea>
      </div>
      <div class="actions">
        <button class="secondary" @click=${this.onCopy}>${msg('Copy the link')}</button>
        ${canShare ? html`<button class="secondary" @click=${this.onShare}>${msg('Share…')}</button>` : nothing}
        <span role="status">${this.said}</span>
      </div>`;
  }

  private readonly selectAll = (event: Event) => (event.target as HTMLTextAreaElement).select();

  private readonly onCopy = async () => {
    try {
      await navigator.clipboard.writeText(this.url);
      this.said = msg('Copied.');
    } catch {
      this.said = msg('This browser did not let the app copy: select the link above and copy it yourself.');
    }
  };

  private readonly onShare = async () => {
    try {
      await navigator.share({ title: this.shareTitle, url: this.url });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      this.said = msg('The share sheet did not open: copy the link instead.');
    }
  };
}

if (!customElements.get('smp-handover-link')) customElements.define('smp-handover-link', HandoverLink);

declare global {
  interface HTMLElementTagNameMap {
    'smp-handover-link': HandoverLink;
  }
}
