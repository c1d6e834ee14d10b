/**
 * The photo diary's pages, an adapter like the app root: it reads and writes the photo library,
 * runs imports through the decode workers, and owns the object URLs of large images.
 * Routes: `#/photos`, `#/photo/<id>`, `#/compare/<area>`.
 */
import { LitElement, css, html, nothing } from 'lit';
import '../../src/components/camera-capture/camera-capture.ts';
import '../../src/components/photo-add/photo-add.ts';
import type { AddOutcome } from '../../src/components/photo-add/photo-add.ts';
import '../../src/components/photo-compare/photo-compare.ts';
import type { ComparePhoto } from '../../src/components/photo-compare/photo-compare.ts';
import '../../src/components/photo-thumb/photo-thumb.ts';
import '../../src/components/photo-timeline/photo-timeline.ts';
import { photoAlt, type TimelineDay } from '../../src/components/photo-timeline/photo-timeline.ts';
import { baseStyles } from '../../src/components/shared.styles.ts';
import { DecodePool } from '../../src/journal/photo-decode.ts';
import { importPhotos } from '../../src/journal/photo-import.ts';
import type { StoredPhoto } from '../../src/journal/photo-library.ts';
import {
  SCALP_AREAS,
  isScalpArea,
  type CheckInRecord,
  type PhotoRecord,
  type ScalpArea,
} from '../../src/journal/records.ts';
import type { JournalStore } from '../../src/journal/store.ts';
import {
  compareDates,
  describeDate,
  isIsoDate,
  shiftDays,
  statusOn,
  type IsoDate,
  type Plan,
} from '../../src/rules/index.ts';

/** The diary's days, newest first, from the first session or photo to today. */
export function timelineDays(
  plan: Plan,
  today: IsoDate,
  photos: readonly PhotoRecord[],
  checkIns: readonly CheckInRecord[],
): TimelineDay[] {
  const starts = [...plan.sessions.map((s) => s.date as IsoDate), ...photos.map((p) => p.date)].filter(
    (d) => compareDates(d, today) <= 0,
  );
  if (starts.length === 0) return [];
  const first = starts.sort(compareDates)[0] as IsoDate;
  const byDate = new Map<string, PhotoRecord[]>();
  for (const photo of photos) byDate.set(photo.date, [...(byDate.get(photo.date) ?? []), photo]);
  const checkInOf = new Map(checkIns.map((c) => [c.date, c]));
  const sessions = new Set(plan.sessions.map((s) => s.date));
  const days: TimelineDay[] = [];
  for (let date = today; compareDates(date, first) >= 0; date = shiftDays(date, -1)) {
    const checkIn = checkInOf.get(date);
    days.push({
      date,
      day: statusOn(plan, date).day,
      session: sessions.has(date),
      photos: byDate.get(date) ?? [],
      checkIn: checkIn ? (checkIn.flags[0]?.level ?? 'ok') : null,
    });
  }
  return days;
}

/** The photo pages. */
export class PhotosPage extends LitElement {
  static override styles = [
    ...baseStyles,
    css`
      :host {
        display: grid;
        gap: 1rem;
      }
      h1 {
        font-size: 1.5rem;
      }
      .head {
        display: flex;
        justify-content: space-between;
        align-items: center;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
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
      .toast {
        position: sticky;
        bottom: 5rem;
        display: flex;
        justify-content: space-between;
        align-items: center;
        gap: 1rem;
        background: var(--smp-ink);
        color: #fff;
        border-radius: var(--smp-radius-small);
        padding: 0.5rem 0.5rem 0.5rem 1rem;
      }
      a.button {
        text-decoration: none;
        display: inline-flex;
        align-items: center;
      }
    `,
  ];

  static override properties = {
    store: { attribute: false },
    plan: { attribute: false },
    today: {},
    checkIns: { attribute: false },
    view: { attribute: false },
    photos: { state: true },
    area: { state: true },
    filter: { state: true },
    camera: { state: true },
    ghostUrl: { state: true },
    progress: { state: true },
    outcomes: { state: true },
    deleted: { state: true },
    compare: { state: true },
    error: { state: true },
  };

  store: JournalStore | null = null;
  plan: Plan = { sessions: [] };
  today = '' as IsoDate;
  checkIns: readonly CheckInRecord[] = [];
  /** Which page: the diary, one photo, or the comparison of an area. */
  view: { name: 'photos' } | { name: 'photo'; id: string } | { name: 'compare'; area: ScalpArea } = { name: 'photos' };
  private photos: PhotoRecord[] = [];
  private area: ScalpArea = 'crown';
  private filter: ScalpArea | 'all' = 'all';
  private camera = false;
  private ghostUrl = '';
  private note = '';
  private progress: { done: number; total: number } | null = null;
  private outcomes: AddOutcome[] = [];
  private deleted: StoredPhoto | null = null;
  private compare: ComparePhoto[] = [];
  private error = '';
  private pool: DecodePool | null = null;
  private readonly thumbnail = (id: string) => this.store?.photos.thumbnail(id) ?? Promise.resolve(undefined);
  private readonly original = (id: string) => this.store?.photos.original(id) ?? Promise.resolve(undefined);

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.pool?.close();
    this.pool = null;
    this.releaseCompare();
    this.setGhost('');
  }

  override willUpdate(changed: Map<string, unknown>) {
    // Here, not in connectedCallback: when this module loads late, the app's properties arrive at the first update.
    if (changed.has('store')) void this.refresh();
    if (changed.has('view') && this.view.name === 'compare') void this.loadCompare(this.view.area);
    if (changed.has('view') && this.view.name !== 'compare') this.releaseCompare();
  }

  override render() {
    if (this.view.name === 'photo') return this.renderPhoto(this.view.id);
    if (this.view.name === 'compare') return this.renderCompare(this.view.area);
    const shown = this.filter === 'all' ? this.photos : this.photos.filter((p) => p.area === this.filter);
    const hasToday = this.photos.some((p) => p.date === this.today);
    return html`
      <div class="head">
        <h1>Healing photos</h1>
        ${this.photos.length > 1 ? html`<a class="button secondary" href="#/compare/${this.area}">Compare ${SCALP_AREAS[this.area].toLowerCase()}</a>` : nothing}
      </div>
      ${hasToday ? nothing : html`<p class="panel" role="status">No photo yet today. A daily photo, taken the same way, shows you and your technician how the pigment settles.</p>`}
      ${
        this.camera
          ? html`<smp-camera-capture
              .ghostUrl=${this.ghostUrl}
              .areaLabel=${SCALP_AREAS[this.area]}
              @photo-captured=${this.onCaptured}
              @capture-cancel=${() => this.closeCamera()}
            ></smp-camera-capture>`
          : html`<smp-photo-add
              area=${this.area}
              ?busy=${this.progress !== null}
              .progress=${this.progress}
              .outcomes=${this.outcomes}
              @photos-chosen=${this.onChosen}
              @camera-open=${this.onCameraOpen}
              @area-change=${(e: CustomEvent<{ area: ScalpArea }>) => (this.area = e.detail.area)}
            ></smp-photo-add>`
      }
      ${this.renderToast()}
      <smp-photo-timeline
        .days=${timelineDays(this.plan, this.today, shown, this.checkIns)}
        area=${this.filter}
        .loader=${this.thumbnail}
        @area-change=${(e: CustomEvent<{ area: string }>) => (this.filter = isScalpArea(e.detail.area) ? e.detail.area : 'all')}
        @photo-open=${(e: CustomEvent<{ id: string }>) => (location.hash = `#/photo/${e.detail.id}`)}
      ></smp-photo-timeline>
    `;
  }

  private renderPhoto(id: string) {
    const photo = this.photos.find((p) => p.id === id);
    if (!photo)
      return html`<h1>Photo</h1>
        <p class="panel">This photo is no longer in the journal. <a href="#/photos">Back to the photos</a></p>
        ${this.renderToast()}`;
    const day = statusOn(this.plan, photo.date).day;
    return html` <div class="head">
        <h1>${SCALP_AREAS[photo.area]}, ${describeDate(photo.date)}</h1>
        <a class="button secondary" href="#/photos">Back to the photos</a>
      </div>
      <div class="large">
        <smp-photo-thumb photo-id=${photo.id} .loader=${this.original} alt=${photoAlt(photo, day)}></smp-photo-thumb>
      </div>
      <form class="panel" @submit=${(e: Event) => this.onSave(e, photo)}>
        <label
          >Scalp area
          <select name="area">
            ${Object.entries(SCALP_AREAS).map(([value, label]) => html`<option value=${value} ?selected=${value === photo.area}>${label}</option>`)}
          </select></label
        >
        <label>Date <input type="date" name="date" .value=${photo.date} max=${this.today} required /></label>
        <label>Note <input type="text" name="note" maxlength="500" .value=${photo.note} /></label>
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
        <div class="buttons">
          <button type="submit">Save changes</button>
          <a class="button secondary" href="#/compare/${photo.area}">Compare this area</a>
          <button type="button" class="danger" @click=${() => this.onDelete(photo)}>Delete photo</button>
        </div>
      </form>`;
  }

  private renderCompare(area: ScalpArea) {
    return html`<div class="head">
        <h1>Compare: ${SCALP_AREAS[area].toLowerCase()}</h1>
        <a class="button secondary" href="#/photos">Back to the photos</a>
      </div>
      <smp-photo-compare .photos=${this.compare}></smp-photo-compare>`;
  }

  private renderToast() {
    return this.deleted
      ? html`<div class="toast" role="status">
          Photo deleted. <button class="secondary" @click=${this.onUndo}>Undo</button>
        </div>`
      : nothing;
  }

  private async refresh() {
    this.photos = (await this.store?.photos.list()) ?? [];
  }

  private async onChosen(event: CustomEvent<{ files: File[]; area: ScalpArea; note: string }>) {
    const { files, area, note } = event.detail;
    await this.importFiles(files, area, note);
  }

  private async importFiles(files: File[], area: ScalpArea, note: string) {
    if (!this.store) return;
    this.pool ??= new DecodePool();
    this.outcomes = [];
    this.progress = { done: 0, total: files.length };
    const results = await importPhotos(
      files,
      { area, note, today: this.today },
      this.store.photos,
      this.pool,
      (_r, done, total) => (this.progress = { done, total }),
    );
    this.outcomes = results.map((r) =>
      r.ok ? { name: r.name, ok: true } : { name: r.name, ok: false, error: r.error },
    );
    this.progress = null;
    await this.refresh();
  }

  private async onCameraOpen(event: CustomEvent<{ area: ScalpArea; note: string }>) {
    this.area = event.detail.area;
    this.note = event.detail.note;
    const last = await this.store?.photos.latestOf(this.area, this.today);
    const blob = last ? await this.store?.photos.thumbnail(last.id) : undefined;
    this.setGhost(blob ? URL.createObjectURL(blob) : '');
    this.camera = true;
  }

  private async onCaptured(event: CustomEvent<{ blob: Blob }>) {
    this.closeCamera();
    const file = new File([event.detail.blob], `camera-${this.today}.jpg`, { type: 'image/jpeg' });
    await this.importFiles([file], this.area, this.note);
  }

  private closeCamera() {
    this.camera = false;
    this.setGhost('');
  }

  private setGhost(url: string) {
    if (this.ghostUrl) URL.revokeObjectURL(this.ghostUrl);
    this.ghostUrl = url;
  }

  private async onSave(event: Event, photo: PhotoRecord) {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const [area, date, note] = [data.get('area'), String(data.get('date') ?? ''), String(data.get('note') ?? '')];
    if (!isScalpArea(area) || !isIsoDate(date)) {
      this.error = `“${date}” is not a date: choose the day the photo was taken.`;
      return;
    }
    if (compareDates(date, this.today) > 0) {
      this.error = 'A photo cannot be dated in the future.';
      return;
    }
    try {
      await this.store?.photos.update(photo.id, { area, date, note: note.trim() });
      this.error = '';
      await this.refresh();
      location.hash = '#/photos';
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
    }
  }

  private async onDelete(photo: PhotoRecord) {
    this.deleted = (await this.store?.photos.remove(photo.id)) ?? null;
    await this.refresh();
    location.hash = '#/photos';
  }

  private readonly onUndo = async () => {
    if (this.deleted) await this.store?.photos.add(this.deleted);
    this.deleted = null;
    await this.refresh();
  };

  private async loadCompare(area: ScalpArea) {
    this.releaseCompare();
    const photos = (await this.store?.photos.listArea(area)) ?? [];
    const loaded = await Promise.all(photos.map(async (p) => ({ p, blob: await this.store?.photos.original(p.id) })));
    this.compare = loaded
      .filter((x): x is { p: PhotoRecord; blob: Blob } => x.blob !== undefined)
      .map(({ p, blob }) => ({
        id: p.id,
        url: URL.createObjectURL(blob),
        date: p.date,
        day: statusOn(this.plan, p.date).day,
        areaLabel: SCALP_AREAS[p.area],
      }));
  }

  private releaseCompare() {
    for (const photo of this.compare) URL.revokeObjectURL(photo.url);
    this.compare = [];
  }
}

if (!customElements.get('smp-photos-page')) customElements.define('smp-photos-page', PhotosPage);

declare global {
  interface HTMLElementTagNameMap {
    'smp-photos-page': PhotosPage;
  }
}
