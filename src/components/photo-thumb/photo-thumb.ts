import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { msg } from '@lit/localize';

/** Loads a photo's image (a thumbnail or the original) for display; passed in by the app. */
export type ImageLoader = (id: string) => Promise<Blob | undefined>;

/**
 * One photo image that owns its object URL: made when shown, revoked when the element leaves the
 * page (a virtualised list recycles rows), so memory stays flat while scrolling a long diary.
 */
export class PhotoThumb extends LitElement {
  static override styles = css`
    :host {
      display: block;
      position: relative;
      background: #2b3238;
      border-radius: 8px;
      overflow: hidden;
      aspect-ratio: 3 / 4;
    }
    img {
      display: block;
      width: 100%;
      height: 100%;
      object-fit: cover;
    }
    .missing {
      display: grid;
      place-items: center;
      height: 100%;
      color: #fff;
      font-size: 0.8rem;
      padding: 0.5rem;
      text-align: center;
    }
  `;

  static override properties = {
    photoId: { attribute: 'photo-id' },
    alt: {},
    loader: { attribute: false },
    url: { state: true },
    failed: { state: true },
  };

  /** The photo's id. */
  photoId = '';
  /** Text alternative (area, date, day). */
  alt = '';
  /** Where the image comes from. */
  loader: ImageLoader | undefined = undefined;
  private url = '';
  private failed = false;
  private loadedFor = '';

  override willUpdate(changed: PropertyValues<this>) {
    if ((changed.has('photoId') || changed.has('loader')) && this.isConnected) void this.load();
  }

  override connectedCallback() {
    super.connectedCallback();
    if (this.photoId && this.loadedFor !== this.photoId) void this.load();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.release();
  }

  override render() {
    if (this.failed)
      return html`<div class="missing" role="img" aria-label=${this.alt}>${msg('Image unavailable')}</div>`;
    return this.url ? html`<img src=${this.url} alt=${this.alt} decoding="async" />` : nothing;
  }

  private async load() {
    const id = this.photoId;
    this.release();
    this.loadedFor = id;
    if (!id || !this.loader) return;
    const blob = await this.loader(id).catch(() => undefined);
    if (this.loadedFor !== id || !this.isConnected) return;
    if (!blob) {
      this.failed = true;
      return;
    }
    this.failed = false;
    this.url = URL.createObjectURL(blob);
  }

  private release() {
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = '';
    this.loadedFor = '';
  }
}

if (!customElements.get('smp-photo-thumb')) customElements.define('smp-photo-thumb', PhotoThumb);

declare global {
  interface HTMLElementTagNameMap {
    'smp-photo-thumb': PhotoThumb;
  }
}
