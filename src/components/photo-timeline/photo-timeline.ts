import '@lit-labs/virtualizer';
import type { LitVirtualizer } from '@lit-labs/virtualizer';
import { LitElement, html, nothing } from 'lit';
import { SCALP_AREAS, type PhotoRecord, type ScalpArea } from '../../journal/records.ts';
import { describeDate, isIsoDate, type FlagLevel, type IsoDate } from '../../rules/index.ts';
import { DAY_CHECK_IN_WORDS, plural } from '../../vocabulary/index.ts';
import '../photo-thumb/photo-thumb.ts';
import type { ImageLoader } from '../photo-thumb/photo-thumb.ts';
import { photoTimelineStyles } from './photo-timeline.styles.ts';

/** One day of the diary. */
export interface TimelineDay {
  readonly date: IsoDate;
  readonly day: number | null;
  readonly session: boolean;
  readonly photos: readonly PhotoRecord[];
  /** The most serious flag level of that day's check-in; 'ok' for a check-in without flags. */
  readonly checkIn: FlagLevel | 'ok' | null;
}

/** Alt text of a photo. */
export function photoAlt(photo: PhotoRecord, day: number | null): string {
  return `${SCALP_AREAS[photo.area]}, ${describeDate(photo.date)}${day === null ? '' : ` (day ${day})`}`;
}

/**
 * The diary: every day in order (newest first) with its photos, its check-in and flags; days
 * without a photo show as gaps. Virtualised, so a year of photos opens like a week.
 *
 * @fires photo-open - `{ id }` when a photo is chosen.
 * @fires area-change - `{ area }` ('all' or a scalp area) when the filter changes.
 */
export class PhotoTimeline extends LitElement {
  static override styles = photoTimelineStyles;

  static override properties = {
    days: { attribute: false },
    area: {},
    loader: { attribute: false },
  };

  /** The days to show, newest first (already filtered by area by the app). */
  days: readonly TimelineDay[] = [];
  /** The area filter shown. */
  area: ScalpArea | 'all' = 'all';
  /** Loads thumbnails. */
  loader: ImageLoader | undefined = undefined;

  override render() {
    const photoCount = this.days.reduce((sum, d) => sum + d.photos.length, 0);
    return html`
      <div class="tools">
        <label
          >Area
          <select @change=${this.onArea}>
            <option value="all" ?selected=${this.area === 'all'}>All areas</option>
            ${Object.entries(SCALP_AREAS).map(([id, label]) => html`<option value=${id} ?selected=${this.area === id}>${label}</option>`)}
          </select>
        </label>
        <label>Jump to a date <input type="date" @change=${this.onJump} /></label>
        <span class="count" role="status">${plural(photoCount, 'photo')} over ${plural(this.days.length, 'day')}</span>
      </div>
      ${
        this.days.length === 0
          ? html`<p class="panel">No days to show yet.</p>`
          : html`<lit-virtualizer
              role="list"
              aria-label="Diary days"
              .items=${this.days}
              .renderItem=${(day: TimelineDay) => this.renderDay(day)}
            ></lit-virtualizer>`
      }
    `;
  }

  private renderDay(day: TimelineDay) {
    const gap = day.photos.length === 0;
    return html`<div class="day ${gap ? 'gap' : ''}" role="listitem" data-date=${day.date}>
      <div class="card">
        <h2>
          ${describeDate(day.date)} ${day.day !== null ? html`<small>Day ${day.day}</small>` : nothing}
          ${day.session ? html`<span class="tag">Session</span>` : nothing}
        </h2>
        ${
          gap
            ? html`<p class="none">
                No photo${this.area === 'all' ? '' : ` of the ${SCALP_AREAS[this.area].toLowerCase()}`}
              </p>`
            : html`<div class="photos">
                ${day.photos.map(
                  (photo) =>
                    html`<button @click=${() => this.open(photo.id)} aria-label="Open ${photoAlt(photo, day.day)}">
                      <smp-photo-thumb photo-id=${photo.id} .loader=${this.loader} alt=""></smp-photo-thumb>
                      <span>${SCALP_AREAS[photo.area]}</span>
                    </button>`,
                )}
              </div>`
        }
        ${day.checkIn ? html`<p class="flags"><span class="flag ${day.checkIn}">${DAY_CHECK_IN_WORDS[day.checkIn]}</span></p>` : nothing}
      </div>
    </div>`;
  }

  private onArea(event: Event) {
    const area = (event.target as HTMLSelectElement).value;
    this.dispatchEvent(new CustomEvent('area-change', { detail: { area }, bubbles: true, composed: true }));
  }

  private onJump(event: Event) {
    const date = (event.target as HTMLInputElement).value;
    if (!isIsoDate(date)) return;
    // Newest first: the first day on or before the chosen date.
    const index = this.days.findIndex((d) => d.date <= date);
    const virtualizer = this.renderRoot.querySelector('lit-virtualizer') as
      (LitVirtualizer & { element(i: number): { scrollIntoView(o?: ScrollIntoViewOptions): void } | undefined }) | null;
    if (index >= 0) virtualizer?.element(index)?.scrollIntoView({ block: 'start' });
  }

  private open(id: string) {
    this.dispatchEvent(new CustomEvent('photo-open', { detail: { id }, bubbles: true, composed: true }));
  }
}

if (!customElements.get('smp-photo-timeline')) customElements.define('smp-photo-timeline', PhotoTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'smp-photo-timeline': PhotoTimeline;
  }
}
