/**
 * One photo (`#/photo/<id>`), large, with its area, date and note to change, and "Delete". Part of
 * the photo pages (photos-page.ts), which keep the "Undo" of a deletion.
 *
 * @fires photo-deleted - `{ photo: StoredPhoto }` after the photo was deleted, all of it, for "Undo".
 */
import { css, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { AREA_IDS, scalpAreaName } from '../../src/i18n/area-names.ts';
import '../../src/components/photo-thumb/photo-thumb.ts';
import { photoAlt } from '../../src/components/photo-timeline/photo-timeline.ts';
import type { StoredPhoto } from '../../src/journal/photo-library.ts';
import { isScalpArea, type PhotoRecord } from '../../src/journal/records.ts';
import { isIsoDate, whyNotIsoDate } from '../../src/rules/index.ts';
import { JournalScreen } from './journal-controller.ts';
import { photoScreenStyles } from './photos.styles.ts';

/** The photo detail. */
export class PhotoDetailPage extends JournalScreen {
  static override styles = [
    ...photoScreenStyles,
    css`
      .large {
        max-width: 560px;
        margin: 0 auto;
        width: 100%;
      }
      .large smp-photo-thumb {
        aspect-ratio: auto;
        min-height: 200px;
        --fit: contain;
      }
      form {
        display: grid;
        gap: 0.85rem;
      }
      form label {
        display: grid;
        gap: 0.3rem;
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: 0.6rem;
      }
    `,
  ];

  static override properties = {
    photoId: { attribute: 'photo-id' },
  };

  /** The photo shown. */
  photoId = '';
  /** The photo as large as it can be shown: its original, or a HEIC's decoded copy (photo-library.ts says why). */
  private readonly original = async (id: string) => {
    const record = this.journal?.photos.find((p) => p.id === id);
    return record ? this.journal?.store?.photos.viewable(record) : undefined;
  };

  override willUpdate(changed: Map<string, unknown>) {
    if (changed.has('photoId')) this.link.error = '';
  }

  override render() {
    const journal = this.journal;
    if (!journal) return nothing;
    const photo = journal.photos.find((p) => p.id === this.photoId);
    if (!photo)
      return html`<h1>${msg('Photo')}</h1>
        <p class="panel">
          ${msg('This photo is no longer in the journal.')} <a href="#/photos">${msg('Back to the photos')}</a>
        </p>`;
    const day = journal.dayOf(photo.date);
    return html` <div class="head">
        <h1>${photoAlt(photo, null)}</h1>
        <a class="button secondary" href="#/photos">${msg('Back to the photos')}</a>
      </div>
      <div class="large">
        <smp-photo-thumb photo-id=${photo.id} .loader=${this.original} alt=${photoAlt(photo, day)}></smp-photo-thumb>
      </div>
      <form class="panel" @submit=${(e: Event) => this.onSave(e, photo)}>
        <label
          >${msg('Scalp area')}
          <select name="area">
            ${AREA_IDS.map((value) => html`<option value=${value} ?selected=${value === photo.area}>${scalpAreaName(value)}</option>`)}
          </select></label
        >
        <label
          >${msg('Date')} <input type="date" name="date" .value=${photo.date} max=${journal.today} required
        /></label>
        <label>${msg('Note')} <input type="text" name="note" maxlength="500" .value=${photo.note} /></label>
        ${this.link.error ? html`<p class="error" role="alert">${this.link.error}</p>` : nothing}
        <div class="buttons">
          <button type="submit">${msg('Save changes')}</button>
          <a class="button secondary" href="#/compare/${photo.area}">${msg('Compare this area')}</a>
          <button type="button" class="danger" @click=${() => this.onDelete(photo)}>${msg('Delete photo')}</button>
        </div>
      </form>`;
  }

  private async onSave(event: Event, photo: PhotoRecord) {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const [area, date, note] = [data.get('area'), String(data.get('date') ?? ''), String(data.get('note') ?? '')];
    if (!isScalpArea(area) || !isIsoDate(date)) {
      const why = date && whyNotIsoDate(date);
      this.link.showError(
        why
          ? msg(str`“${date}” is not a date this app can use (${why}): choose the day the photo was taken.`)
          : msg(str`“${date}” is not a date this app can use: choose the day the photo was taken.`),
      );
      return;
    }
    // A date still to come is refused by the photo library, in the same words.
    if (await this.link.write((store) => store.photos.update(photo.id, { area, date, note: note.trim() })))
      location.hash = '#/photos';
  }

  private async onDelete(photo: PhotoRecord) {
    let removed: StoredPhoto | undefined;
    const deleted = await this.link.write(async (store) => (removed = await store.photos.remove(photo.id)));
    if (!deleted) return;
    if (removed) this.dispatchEvent(new CustomEvent('photo-deleted', { detail: { photo: removed } }));
    location.hash = '#/photos';
  }
}

if (!customElements.get('smp-photo-detail-page')) customElements.define('smp-photo-detail-page', PhotoDetailPage);

declare global {
  interface HTMLElementTagNameMap {
    'smp-photo-detail-page': PhotoDetailPage;
  }
}
