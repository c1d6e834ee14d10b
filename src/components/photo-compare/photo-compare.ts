import { LitElement, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { styleMap } from 'lit/directives/style-map.js';
import { photoCompareStyles } from './photo-compare.styles.ts';
import { daysApartWords, optionLabels, photoAlt, photoWords } from './photo-words.ts';
import { TimelapseController, timelapseView } from './timelapse.ts';

export { FRAME_MS } from './timelapse.ts';
export { daysApartWords, photoAlt, photoWords } from './photo-words.ts';

/** One photo the comparison can show; `url` is an object URL (or any image URL) made by the app. */
export interface ComparePhoto {
  readonly id: string;
  readonly url: string;
  readonly date: string;
  readonly day: number | null;
  readonly areaLabel: string;
}

/** How the photos are shown. */
export type CompareMode = 'side-by-side' | 'slider' | 'timelapse';

const MODE_IDS: readonly CompareMode[] = ['side-by-side', 'slider', 'timelapse'];
const modeName = (mode: CompareMode) =>
  mode === 'slider' ? msg('Slider') : mode === 'timelapse' ? msg('Time-lapse') : msg('Side by side');

/** The two photos compared: the chosen ids, else the first and the last; null with fewer than two. */
export function comparePair(
  photos: readonly ComparePhoto[],
  beforeId: string,
  afterId: string,
): readonly [ComparePhoto, ComparePhoto] | null {
  const [first, last] = [photos[0], photos.at(-1)];
  if (photos.length < 2 || !first || !last) return null;
  const find = (id: string) => photos.find((p) => p.id === id);
  return [find(beforeId) ?? first, find(afterId) ?? last];
}

/** A photo in its dark frame, captioned with its role and date. */
function figure(photo: ComparePhoto, role: string) {
  return html`<figure>
    <div class="frame"><img src=${photo.url} alt=${photoAlt(photo)} decoding="async" /></div>
    <figcaption><strong>${role}</strong> ${photoWords(photo)}</figcaption>
  </figure>`;
}

/** A labelled select listing the photos by date and day, `chosen` selected. */
function photoSelect(
  id: string,
  label: string,
  photos: readonly ComparePhoto[],
  chosen: ComparePhoto,
  onPick: (id: string) => void,
) {
  const labels = optionLabels(photos);
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} @change=${(e: Event) => onPick((e.target as HTMLSelectElement).value)}>
      ${photos.map((p, i) => html`<option value=${p.id} .selected=${p.id === chosen.id}>${labels[i]}</option>`)}
    </select>
  </div>`;
}

/** The later photo over the earlier one in one frame, `reveal` % of it shown from the right. */
function sliderView(earlier: ComparePhoto, later: ComparePhoto, reveal: number, onReveal: (value: number) => void) {
  // The range runs right to left so its thumb sits on the divider while its value is the share revealed.
  const cut = 100 - reveal;
  return html`<div class="stage">
    <div class="frame">
      <img src=${earlier.url} alt=${photoAlt(earlier)} draggable="false" />
      <img
        class="later"
        src=${later.url}
        alt=${photoAlt(later)}
        draggable="false"
        style=${styleMap({ clipPath: `inset(0 0 0 ${cut}%)` })}
      />
      <div class="divider" style=${styleMap({ left: `${cut}%` })} aria-hidden="true"></div>
      <span class="tag start" aria-hidden="true">${msg('Earlier')}</span
      ><span class="tag end" aria-hidden="true">${msg('Later')}</span>
    </div>
    <label for="reveal">${msg('Reveal the later photo')}</label>
    <input
      id="reveal"
      type="range"
      min="0"
      max="100"
      .value=${String(reveal)}
      aria-valuetext=${msg(str`${reveal}% of the later photo shown`)}
      @input=${(e: Event) => onReveal(Number((e.target as HTMLInputElement).value))}
    />
    <p class="caption">
      <span>${msg(str`Left: ${photoWords(earlier)}`)}</span> <span>${msg(str`Right: ${photoWords(later)}`)}</span>
    </p>
  </div>`;
}

/**
 * Compares the photos of one scalp area: two side by side, the later one revealed over the earlier
 * with a slider, or all of them as a time-lapse. With fewer than two photos it says what to do.
 *
 * @fires mode-change - `{ mode }` when another view is chosen; the component switches at once.
 * @fires compare-change - `{ beforeId, afterId }` when another photo is chosen as Before or After.
 */
export class PhotoCompare extends LitElement {
  static override styles = photoCompareStyles;

  static override properties = {
    photos: { attribute: false },
    beforeId: { attribute: 'before-id' },
    afterId: { attribute: 'after-id' },
    mode: {},
    reveal: { state: true },
  };

  /** All photos of one scalp area, oldest first. */
  photos: readonly ComparePhoto[] = [];
  /** Id of the "before" photo; the first photo when empty or unknown. */
  beforeId = '';
  /** Id of the "after" photo; the last photo when empty or unknown. */
  afterId = '';
  /** How the photos are shown. */
  mode: CompareMode = 'side-by-side';
  private reveal = 50;
  private readonly timelapse = new TimelapseController(this, () =>
    this.mode === 'timelapse' ? (this.photos?.length ?? 0) : 0,
  );

  override render() {
    const photos = this.photos ?? [];
    const mode = MODE_IDS.includes(this.mode) ? this.mode : 'side-by-side';
    const area = photos[0]?.areaLabel;
    const heading = html`<h2 id="heading">
      ${msg('Compare photos')} ${area ? html`<small>${area}</small>` : nothing}
    </h2>`;
    const pair = comparePair(photos, this.beforeId, this.afterId);
    if (!pair)
      return html`<section class="panel empty" aria-labelledby="heading">
        ${heading}
        <p>${msg('Take at least two photos of this area to compare them.')}</p>
      </section>`;
    return html`<section class="panel" aria-labelledby="heading">
      ${heading}
      <div class="modes" role="group" aria-label=${msg('View')}>
        ${MODE_IDS.map(
          (value) =>
            html`<button type="button" aria-pressed=${value === mode} @click=${() => this.onMode(value)}>
              ${modeName(value)}
            </button>`,
        )}
      </div>
      ${mode === 'timelapse' ? timelapseView(photos, this.timelapse) : this.renderPair(photos, pair)}
    </section>`;
  }

  private renderPair(photos: readonly ComparePhoto[], [before, after]: readonly [ComparePhoto, ComparePhoto]) {
    const pick = (which: 'before' | 'after') => (id: string) => this.onPick(which, id);
    // The slider always lays the later photo over the earlier one, whichever way round they were picked.
    const inOrder = photos.indexOf(before) <= photos.indexOf(after);
    return html`<div class="choose">
        ${photoSelect('before', msg('Before'), photos, before, pick('before'))}
        ${photoSelect('after', msg('After'), photos, after, pick('after'))}
      </div>
      <p class="apart">${daysApartWords(before, after)}</p>
      ${
        this.mode === 'slider'
          ? sliderView(inOrder ? before : after, inOrder ? after : before, this.reveal, (v) => (this.reveal = v))
          : html`<div class="pair">${figure(before, msg('Before'))} ${figure(after, msg('After'))}</div>`
      }`;
  }

  private onMode(mode: CompareMode) {
    if (mode === this.mode) return;
    this.mode = mode;
    this.emit('mode-change', { mode });
  }

  private onPick(which: 'before' | 'after', id: string) {
    const pair = comparePair(this.photos, this.beforeId, this.afterId);
    if (!pair) return;
    const [before, after] = pair;
    const detail = which === 'before' ? { beforeId: id, afterId: after.id } : { beforeId: before.id, afterId: id };
    Object.assign(this, detail);
    this.emit('compare-change', detail);
  }

  private emit(name: string, detail: unknown) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }
}

if (!customElements.get('smp-photo-compare')) customElements.define('smp-photo-compare', PhotoCompare);

declare global {
  interface HTMLElementTagNameMap {
    'smp-photo-compare': PhotoCompare;
  }
}
