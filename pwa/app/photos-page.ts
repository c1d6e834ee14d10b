/**
 * The photo diary's pages (`#/photos`, `#/photo/<id>`, `#/compare/<area>`): the diary itself here
 * (adding photos, from files or the camera, through the decode workers, and the timeline), one
 * photo in photo-detail-page.ts, the comparison in photo-comparison-page.ts. The "Undo" of a
 * deletion stays here, so it survives going back to the diary. An import that stops making
 * progress is given up (progress-guard.ts): each unfinished photo says so and the buttons come
 * back. Loaded when first visited.
 */
import { css, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { scalpAreaName, scalpAreaInSentence } from '../../src/i18n/area-names.ts';
import '../../src/components/camera-capture/camera-capture.ts';
import '../../src/components/photo-add/photo-add.ts';
import type { AddOutcome } from '../../src/components/photo-add/photo-add.ts';
import '../../src/components/photo-timeline/photo-timeline.ts';
import { DecodePool } from '../../src/journal/photo-decode.ts';
import { importPhotos, type ImportResult } from '../../src/journal/photo-import.ts';
import type { StoredPhoto } from '../../src/journal/photo-library.ts';
import { isScalpArea, type ScalpArea } from '../../src/journal/records.ts';
import type { IsoDate } from '../../src/rules/index.ts';
import { explainFailure } from '../../src/journal/failures.ts';
import { shownName } from '../../src/vocabulary/text.ts';
import { JournalScreen } from './journal-controller.ts';
import './photo-comparison-page.ts';
import './photo-detail-page.ts';
import { photoScreenStyles } from './photos.styles.ts';
import { guardProgress, quietLimit } from './progress-guard.ts';
import type { Route } from './routes.ts';
import { timelineDays } from './timeline-days.ts';

const importStalled = () => msg('Adding photos got stuck. Try again; if it happens again, reload the page.');

/** The photo pages. */
export class PhotosPage extends JournalScreen {
  static override styles = [
    ...photoScreenStyles,
    css`
      :host {
        display: grid;
        gap: 1rem;
      }
      .toast {
        position: sticky;
        bottom: 5rem;
        display: flex;
        justify-content: space-between;
        align-items: center;
        gap: 1rem;
        background: var(--smp-ink);
        color: var(--smp-surface);
        border-radius: var(--smp-radius-small);
        padding: 0.5rem 0.5rem 0.5rem 1rem;
      }
    `,
  ];

  static override properties = {
    view: { attribute: false },
    quietLimitMs: { attribute: false },
    area: { state: true },
    filter: { state: true },
    camera: { state: true },
    ghostUrl: { state: true },
    progress: { state: true },
    outcomes: { state: true },
    deleted: { state: true },
  };

  /** Which page: the diary, one photo, or the comparison of an area. */
  view: Extract<Route, { name: 'photos' | 'photo' | 'compare' }> = { name: 'photos' };
  private area: ScalpArea = 'crown';
  private filter: ScalpArea | 'all' = 'all';
  private camera = false;
  private ghostUrl = '';
  private note = '';
  private progress: { done: number; total: number } | null = null;
  private outcomes: AddOutcome[] = [];
  private deleted: StoredPhoto | null = null;
  /** How long an import may go without progress before it is given up; null: sized to the work (tests set a short one). */
  quietLimitMs: number | null = null;
  /** Makes the decode workers for an import (tests pass one with a worker that never answers). */
  createPool: () => DecodePool = () => new DecodePool();
  private pool: DecodePool | null = null;
  private readonly thumbnail = (id: string) => this.journal?.store?.photos.thumbnail(id) ?? Promise.resolve(undefined);

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.pool?.close();
    this.pool = null;
    this.setGhost('');
  }

  override render() {
    const journal = this.journal;
    if (!journal) return nothing;
    const { view } = this;
    if (view.name === 'compare')
      return html`<smp-photo-comparison-page .journal=${journal} area=${view.area}></smp-photo-comparison-page>`;
    if (view.name === 'photo')
      return html`<smp-photo-detail-page
          .journal=${journal}
          photo-id=${view.id}
          @photo-deleted=${(e: CustomEvent<{ photo: StoredPhoto }>) => (this.deleted = e.detail.photo)}
        ></smp-photo-detail-page>
        ${journal.photos.some((p) => p.id === view.id) ? nothing : this.renderToast()}`;
    const { photos, photoToday } = journal;
    const shown = this.filter === 'all' ? photos : photos.filter((p) => p.area === this.filter);
    return html`
      <div class="head">
        <h1>${msg('Healing photos')}</h1>
        ${photos.length > 1 ? html`<a class="button secondary" href="#/compare/${this.area}">${msg(str`Compare ${scalpAreaInSentence(this.area)}`)}</a>` : nothing}
      </div>
      ${photoToday ? nothing : html`<p class="panel" role="status">${msg('No photo yet today. A daily photo, taken the same way, shows you and your technician how the pigment settles.')}</p>`}
      ${
        this.camera
          ? html`<smp-camera-capture
              .ghostUrl=${this.ghostUrl}
              .areaLabel=${scalpAreaName(this.area)}
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
        .days=${timelineDays(journal.plan, journal.today, shown, journal.checkIns)}
        area=${this.filter}
        .loader=${this.thumbnail}
        @area-change=${(e: CustomEvent<{ area: string }>) => (this.filter = isScalpArea(e.detail.area) ? e.detail.area : 'all')}
        @photo-open=${(e: CustomEvent<{ id: string }>) => (location.hash = `#/photo/${e.detail.id}`)}
      ></smp-photo-timeline>
    `;
  }

  private renderToast() {
    return this.deleted
      ? html`<div class="toast" role="status">
            ${msg('Photo deleted.')} <button class="secondary" @click=${this.onUndo}>${msg('Undo')}</button>
          </div>
          ${this.link.error ? html`<p class="panel error" role="alert">${this.link.error}</p>` : nothing}`
      : nothing;
  }

  private async onChosen(event: CustomEvent<{ files: File[]; area: ScalpArea; note: string }>) {
    const { files, area, note } = event.detail;
    await this.importFiles(files, area, note);
  }

  private async importFiles(files: File[], area: ScalpArea, note: string) {
    const journal = this.journal;
    const library = journal?.store?.photos;
    if (!journal || !library) return;
    const pool = (this.pool ??= this.createPool());
    const results = new Map<File, ImportResult>();
    this.outcomes = [];
    this.progress = { done: 0, total: files.length };
    const largest = files.reduce((most, f) => Math.max(most, f.size), 0);
    try {
      await guardProgress(this.quietLimitMs ?? quietLimit(largest, true), importStalled(), ({ tick, signal }) =>
        importPhotos(files, { area, note, today: journal.today }, library, pool, {
          signal,
          onStep: tick,
          onResult: (result, done, total, file) => {
            if (signal.aborted) return; // Given up already: the screen has moved on.
            results.set(file, result);
            this.progress = { done, total };
            tick();
          },
        }),
      );
    } catch (error) {
      // Given up: its decodes are stopped (a fresh pool serves the next import); unfinished files say so.
      pool.close();
      if (this.pool === pool) this.pool = null;
      const sentence = explainFailure(error);
      for (const file of files.filter((f) => !results.has(f))) {
        const name = shownName(file.name) || msg('The photo');
        results.set(file, { name, ok: false, error: msg(str`“${name}” was not added. ${sentence}`) });
      }
    }
    this.outcomes = files.map((file) => {
      const r = results.get(file) as ImportResult;
      return r.ok ? { name: r.name, ok: true } : { name: r.name, ok: false, error: r.error };
    });
    this.progress = null;
    await journal.reload().catch((error: unknown) => console.warn('The journal could not be read again:', error));
  }

  private async onCameraOpen(event: CustomEvent<{ area: ScalpArea; note: string }>) {
    this.area = event.detail.area;
    this.note = event.detail.note;
    const photos = this.journal?.store?.photos;
    // The ghost of the last photo is a help, not a need: the camera opens without it if it cannot be read.
    const blob = await (async () => {
      const last = await photos?.latestOf(this.area, this.journal?.today ?? ('' as IsoDate));
      return last ? photos?.thumbnail(last.id) : undefined;
    })().catch((error: unknown) => void console.warn('The last photo could not be read for the ghost:', error));
    this.setGhost(blob ? URL.createObjectURL(blob) : '');
    this.camera = true;
  }

  private async onCaptured(event: CustomEvent<{ blob: Blob }>) {
    this.closeCamera();
    const file = new File([event.detail.blob], `camera-${this.journal?.today}.jpg`, { type: 'image/jpeg' });
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

  private readonly onUndo = async () => {
    const deleted = this.deleted;
    if (deleted && !(await this.link.write((store) => store.photos.add(deleted)))) return;
    this.deleted = null;
  };
}

if (!customElements.get('smp-photos-page')) customElements.define('smp-photos-page', PhotosPage);

declare global {
  interface HTMLElementTagNameMap {
    'smp-photos-page': PhotosPage;
  }
}
