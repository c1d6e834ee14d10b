import { LitElement, css, html, svg } from 'lit';
import { msg } from '@lit/localize';
import { correction, generate, type Bitmap2D } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';
import { baseStyles } from '../shared.styles.ts';

/** The QR code's quiet zone, in modules (the standard asks for 4). */
const QUIET = 4;

/**
 * A QR code of `text` as SVG (lean-qr): dark modules as one path on white, with its quiet zone,
 * sharp at any size and in print. A text too long for a QR code shows a sentence instead.
 */
export class QrCode extends LitElement {
  static override styles = [
    ...baseStyles,
    css`
      :host {
        display: block;
      }
      svg {
        display: block;
        width: 100%;
        height: auto;
        background: #fff;
      }
    `,
  ];

  static override properties = {
    text: {},
    label: {},
  };

  /** What the code holds (a link). */
  text = '';
  /** What the code is, for screen readers ("QR code of the link to your plan"). */
  label = '';
  private code: Bitmap2D | null = null;
  private failed = false;

  override willUpdate(changed: Map<string, unknown>) {
    if (!changed.has('text')) return;
    try {
      // Low error correction holds the most; a version with room to spare gets more correction.
      this.code = this.text ? generate(this.text, { minCorrectionLevel: correction.L }) : null;
      this.failed = false;
    } catch {
      this.code = null;
      this.failed = true;
    }
  }

  override render() {
    if (this.failed)
      return html`<p class="error">${msg('This link is too long for a QR code: hand over the link itself.')}</p>`;
    const code = this.code;
    if (!code) return html``;
    const side = code.size + 2 * QUIET;
    return html`<svg
      role="img"
      aria-label=${this.label || msg('QR code')}
      viewBox="${-QUIET} ${-QUIET} ${side} ${side}"
      shape-rendering="crispEdges"
      data-modules=${code.size}
    >
      ${svg`<rect x=${-QUIET} y=${-QUIET} width=${side} height=${side} fill="#fff"></rect><path d=${toSvgPath(code)} fill="#000"></path>`}
    </svg>`;
  }
}

if (!customElements.get('smp-qr-code')) customElements.define('smp-qr-code', QrCode);

declare global {
  interface HTMLElementTagNameMap {
    'smp-qr-code': QrCode;
  }
}
