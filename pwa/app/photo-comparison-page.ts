/**
 * The comparison of one scalp area's photos (`#/compare/<area>`). Part of the photo pages
 * (photos-page.ts). It reads the originals (a HEIC's decoded copy) and owns their object URLs, revoked when it is left.
 */
import { html } from 'lit';
import { msg, str } from '@lit/localize';
import { scalpAreaName, scalpAreaInSentence } from '../../src/i18n/area-names.ts';
import '../../src/components/photo-compare/photo-compare.ts';
import type { ComparePhoto } from '../../src/components/photo-compare/photo-compare.ts';
import { type PhotoRecord, type ScalpArea } from '../../src/journal/records.ts';
import { dayOfHealing } from '../../src/rules/index.ts';
import { JournalScreen } from './journal-controller.ts';
import { photoScreenStyles } from './photos.styles.ts';

/** The comparison screen. */
export class PhotoComparisonPage extends JournalScreen {
  static override styles = photoScreenStyles;

  static override properties = {
    area: {},
    compare: { state: true },
  };

  /** The area compared. */
  area: ScalpArea = 'crown';
  private compare: ComparePhoto[] = [];
  /** Which photos `compare` shows (their ids and dates), so they are read again only when those change. */
  private loadedKey = '';
  private loads = 0;

  override willUpdate() {
    const photos = this.journal?.store ? this.journal.photos.filter((p) => p.area === this.area) : [];
    const key = `${this.area}:${photos.map((p) => `${p.id}@${p.date}`).join(',')}`;
    if (key !== this.loadedKey) {
      this.loadedKey = key;
      void this.load(photos);
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.release();
    this.loadedKey = '';
  }

  override render() {
    return html`<div class="head">
        <h1>${msg(str`Compare: ${scalpAreaInSentence(this.area)}`)}</h1>
        <a class="button secondary" href="#/photos">${msg('Back to the photos')}</a>
      </div>
      <smp-photo-compare .photos=${this.compare}></smp-photo-compare>`;
  }

  private async load(photos: readonly PhotoRecord[]) {
    const load = ++this.loads;
    this.release();
    const store = this.journal?.store;
    const plan = this.journal?.plan ?? { sessions: [] };
    // Originals, but a HEIC's decoded copy (its thumbnail): only Safari shows HEIC in an <img>.
    const loaded = await Promise.all(photos.map(async (p) => ({ p, blob: await store?.photos.viewable(p) })));
    // A later read (another area, a changed photo) has started: its photos win.
    if (load !== this.loads || !this.isConnected) return;
    this.compare = loaded
      .filter((x): x is { p: PhotoRecord; blob: Blob } => x.blob !== undefined)
      .map(({ p, blob }) => ({
        id: p.id,
        url: URL.createObjectURL(blob),
        date: p.date,
        day: dayOfHealing(plan, p.date),
        areaLabel: scalpAreaName(p.area),
      }));
  }

  private release() {
    for (const photo of this.compare) URL.revokeObjectURL(photo.url);
    this.compare = [];
  }
}

if (!customElements.get('smp-photo-comparison-page'))
  customElements.define('smp-photo-comparison-page', PhotoComparisonPage);

declare global {
  interface HTMLElementTagNameMap {
    'smp-photo-comparison-page': PhotoComparisonPage;
  }
}
