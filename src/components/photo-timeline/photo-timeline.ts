import '@lit-labs/virtualizer';
import type { LitVirtualizer } from '@lit-labs/virtualizer';
import { LitElement, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { AREA_IDS, scalpAreaName, scalpAreaInSentence } from '../../i18n/area-names.ts';
import { type PhotoRecord, type ScalpArea } from '../../journal/records.ts';
import { describeDate, isIsoDate, type FlagLevel, type IsoDate } from '../../rules/index.ts';
import { DAY_CHECK_IN_WORDS } from '../../vocabulary/index.ts';
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
  const [area, date] = [scalpAreaName(photo.area), describeDate(photo.date)];
  return day === null ? msg(str`${area}, ${date}`) : msg(str`${area}, ${date} (day ${day})`);
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
          >${msg('Area')}
          <select @change=${this.onArea}>
            <option value="all" ?selected=${this.area === 'all'}>${msg('All areas')}</option>
            ${AREA_IDS.map((id) => html`<option value=${id} ?selected=${this.area === id}>${scalpAreaName(id)}</option>`)}
          </select>
        </label>
        <label>${msg('Jump to a date')} <input type="date" @change=${this.onJump} /></label>
        <span class="count" role="status">${this.countWords(photoCount)}</span>
      </div>
      ${
        this.days.length === 0
          ? html`<p class="panel">${msg('No days to show yet.')}</p>`
          : html`<lit-virtualizer
              role="list"
              aria-label=${msg('Diary days')}
              .items=${this.days}
              .renderItem=${(day: TimelineDay) => this.renderDay(day)}
            ></lit-virtualizer>`
      }
    `;
  }

  /** "3 photos over 12 days". */
  private countWords(photos: number) {
    const days = this.days.length;
    const counted = photos === 1 ? msg('1 photo') : msg(str`${photos} photos`);
    return days === 1 ? msg(str`${counted} over 1 day`) : msg(str`${counted} over ${days} days`);
  }

  private renderDay(day: TimelineDay) {
    const gap = day.photos.length === 0;
    return html`<div class="day ${gap ? 'gap' : ''}" role="listitem" data-date=${day.date}>
      <div class="card">
        <h2>
          ${describeDate(day.date)} ${day.day !== null ? html`<small>${msg(str`Day ${day.day}`)}</small>` : nothing}
          ${day.session ? html`<span class="tag">${msg('Session')}</span>` : nothing}
        </h2>
        ${
          gap
            ? html`<p class="none">
                ${this.area === 'all' ? msg('No photo') : msg(str`No photo of the ${scalpAreaInSentence(this.area)}`)}
              </p>`
            : html`<div class="photos">
                ${day.photos.map(
                  (photo) =>
                    html`<button
                      @click=${() => this.open(photo.id)}
                      aria-label=${msg(str`Open ${photoAlt(photo, day.day)}`)}
                    >
                      <smp-photo-thumb photo-id=${photo.id} .loader=${this.loader} alt=""></smp-photo-thumb>
                      <span>${scalpAreaName(photo.area)}</span>
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
