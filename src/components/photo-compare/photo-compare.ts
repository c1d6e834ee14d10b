import { LitElement, html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { daysBetween, describeDate, isIsoDate } from '../../rules/index.ts';
import { photoCompareStyles } from './photo-compare.styles.ts';

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

const MODES: readonly (readonly [CompareMode, string])[] = [
  ['side-by-side', 'Side by side'],
  ['slider', 'Slider'],
  ['timelapse', 'Time-lapse'],
];
const SPEEDS = [0.5, 1, 2] as const;

/** Milliseconds a time-lapse frame stays at 1× speed. */
export const FRAME_MS = 700;

/** "Tue 3 Mar 2026 · day 3", without the day when it is unknown. */
export function photoWords(photo: ComparePhoto): string {
  const date = isIsoDate(photo.date) ? describeDate(photo.date) : photo.date;
  return photo.day === null ? date : `${date} · day ${photo.day}`;
}

/** Alt text of a photo: "Crown, Tue 3 Mar 2026 (day 3)". */
export function photoAlt(photo: ComparePhoto): string {
  const date = isIsoDate(photo.date) ? describeDate(photo.date) : photo.date;
  return `${photo.areaLabel}, ${date}${photo.day === null ? '' : ` (day ${photo.day})`}`;
}

/** "3 days apart", "1 day apart", "Taken the same day"; '' when a date cannot be read. */
export function daysApartWords(a: ComparePhoto, b: ComparePhoto): string {
  if (!isIsoDate(a.date) || !isIsoDate(b.date)) return '';
  const days = Math.abs(daysBetween(a.date, b.date));
  return days === 0 ? 'Taken the same day' : `${days} ${days === 1 ? 'day' : 'days'} apart`;
}

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

/** Option texts, told apart when two photos share a day ("… · photo 2"). */
function optionLabels(photos: readonly ComparePhoto[]): string[] {
  const seen = new Map<string, number>();
  return photos.map((photo) => {
    const words = photoWords(photo);
    const count = (seen.get(words) ?? 0) + 1;
    seen.set(words, count);
    return count === 1 ? words : `${words} · photo ${count}`;
  });
}

/** Whether the person asked their system for less motion. */
function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
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
      <span class="tag start" aria-hidden="true">Earlier</span><span class="tag end" aria-hidden="true">Later</span>
    </div>
    <label for="reveal">Reveal the later photo</label>
    <input
      id="reveal"
      type="range"
      min="0"
      max="100"
      .value=${String(reveal)}
      aria-valuetext="${reveal}% of the later photo shown"
      @input=${(e: Event) => onReveal(Number((e.target as HTMLInputElement).value))}
    />
    <p class="caption"><span>Left: ${photoWords(earlier)}</span> <span>Right: ${photoWords(later)}</span></p>
  </div>`;
}

/** What the time-lapse controls ask for. */
interface TimelapseActions {
  go(frame: number): void;
  play(): void;
  speed(speed: number): void;
}

/** One photo at a time with Previous, Play/Pause, Next, a Frame range and a Speed choice. */
function timelapseView(
  photos: readonly ComparePhoto[],
  frame: number,
  playing: boolean,
  speed: number,
  on: TimelapseActions,
) {
  const last = photos.length - 1;
  const photo = photos[frame];
  if (!photo) return nothing;
  // Announce frames picked by hand, not every frame while playing.
  return html`<div class="stage">
    <figure>
      <div class="frame"><img src=${photo.url} alt=${photoAlt(photo)} /></div>
      <figcaption aria-live=${playing ? 'off' : 'polite'}>
        <strong>${photoWords(photo)}</strong> <span class="hint">Photo ${frame + 1} of ${photos.length}</span>
      </figcaption>
    </figure>
    <div class="player">
      <button type="button" class="play" @click=${() => on.play()}>
        <span aria-hidden="true">${playing ? '❚❚' : '▶'}</span> ${playing ? 'Pause' : 'Play'}
      </button>
      <button type="button" class="secondary" aria-disabled=${frame === 0} @click=${() => on.go(frame - 1)}>
        <span aria-hidden="true">‹</span> Previous<span class="visually-hidden"> frame</span>
      </button>
      <button type="button" class="secondary" aria-disabled=${frame === last} @click=${() => on.go(frame + 1)}>
        Next<span class="visually-hidden"> frame</span> <span aria-hidden="true">›</span>
      </button>
    </div>
    <div class="timeline">
      <label for="frame">Frame</label>
      <input
        id="frame"
        type="range"
        min="0"
        max=${last}
        .value=${String(frame)}
        aria-valuetext="Photo ${frame + 1} of ${photos.length}, ${photoWords(photo)}"
        @input=${(e: Event) => on.go(Number((e.target as HTMLInputElement).value))}
      />
      <label for="speed">Speed</label>
      <select id="speed" @change=${(e: Event) => on.speed(Number((e.target as HTMLSelectElement).value))}>
        ${SPEEDS.map((s) => html`<option value=${s} .selected=${s === speed}>${s}×</option>`)}
      </select>
    </div>
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
    frame: { state: true },
    playing: { state: true },
    speed: { state: true },
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
  private frame = 0;
  private playing = false;
  private speed = 1;
  // At most one pending time-lapse step; updated() schedules the next one while playing.
  private timer: ReturnType<typeof setTimeout> | undefined = undefined;
  private timelapseShown = false;

  override willUpdate() {
    const shown = this.mode === 'timelapse' && (this.photos?.length ?? 0) >= 2;
    // Opening the time-lapse plays it from the first photo, unless the person asked for less motion.
    if (shown && !this.timelapseShown) Object.assign(this, { frame: 0, playing: !prefersReducedMotion() });
    if (!shown) this.stop();
    this.timelapseShown = shown;
    this.frame = Math.max(0, Math.min(this.frame, (this.photos?.length ?? 0) - 1));
  }

  override updated() {
    if (this.playing && this.timer === undefined) this.timer = setTimeout(() => this.step(), FRAME_MS / this.speed);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.stop();
  }

  override render() {
    const photos = this.photos ?? [];
    const mode = MODES.some(([m]) => m === this.mode) ? this.mode : 'side-by-side';
    const area = photos[0]?.areaLabel;
    const heading = html`<h2 id="heading">Compare photos ${area ? html`<small>${area}</small>` : nothing}</h2>`;
    const pair = comparePair(photos, this.beforeId, this.afterId);
    if (!pair)
      return html`<section class="panel empty" aria-labelledby="heading">
        ${heading}
        <p>Take at least two photos of this area to compare them.</p>
      </section>`;
    return html`<section class="panel" aria-labelledby="heading">
      ${heading}
      <div class="modes" role="group" aria-label="View">
        ${MODES.map(
          ([value, label]) =>
            html`<button type="button" aria-pressed=${value === mode} @click=${() => this.onMode(value)}>
              ${label}
            </button>`,
        )}
      </div>
      ${
        mode === 'timelapse'
          ? timelapseView(photos, this.frame, this.playing, this.speed, {
              go: (frame) => this.goTo(frame),
              play: () => this.onPlay(),
              speed: (speed) => this.onSpeed(speed),
            })
          : this.renderPair(photos, pair)
      }
    </section>`;
  }

  private renderPair(photos: readonly ComparePhoto[], [before, after]: readonly [ComparePhoto, ComparePhoto]) {
    const pick = (which: 'before' | 'after') => (id: string) => this.onPick(which, id);
    // The slider always lays the later photo over the earlier one, whichever way round they were picked.
    const inOrder = photos.indexOf(before) <= photos.indexOf(after);
    return html`<div class="choose">
        ${photoSelect('before', 'Before', photos, before, pick('before'))}
        ${photoSelect('after', 'After', photos, after, pick('after'))}
      </div>
      <p class="apart">${daysApartWords(before, after)}</p>
      ${
        this.mode === 'slider'
          ? sliderView(inOrder ? before : after, inOrder ? after : before, this.reveal, (v) => (this.reveal = v))
          : html`<div class="pair">${figure(before, 'Before')} ${figure(after, 'After')}</div>`
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

  private onSpeed(speed: number) {
    this.speed = speed;
    // Drop the step planned at the old pace; updated() plans the next at the new one.
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private onPlay() {
    if (this.playing) return this.stop();
    if (this.frame >= this.photos.length - 1) this.frame = 0;
    this.playing = true;
  }

  // Stepping by hand pauses the time-lapse, so the chosen photo stays put.
  private goTo(frame: number) {
    this.stop();
    this.frame = Math.max(0, Math.min(frame, this.photos.length - 1));
  }

  private step() {
    this.timer = undefined;
    const last = this.photos.length - 1;
    this.frame = Math.min(this.frame + 1, last);
    if (this.frame >= last) this.playing = false;
  }

  private stop() {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.playing = false;
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
