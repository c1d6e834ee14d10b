/**
 * The comparison's time-lapse: a reactive controller for its frame, play state, speed and the one
 * timer that steps it, and the view with its controls.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import type { ComparePhoto } from './photo-compare.ts';
import { photoAlt, photoWords } from './photo-words.ts';

/** Milliseconds a time-lapse frame stays at 1× speed. */
export const FRAME_MS = 700;
const SPEEDS = [0.5, 1, 2] as const;

/** Whether the person asked their system for less motion. */
function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/**
 * Plays the time-lapse: it starts from the first photo each time it is shown (paused when the
 * person asked for less motion), stops when hidden or disconnected, and pauses when stepped by hand.
 */
export class TimelapseController implements ReactiveController {
  /** The photo shown, 0-based. */
  frame = 0;
  playing = false;
  /** Frames per 700 ms. */
  speed = 1;
  // At most one pending step; hostUpdated() schedules the next one while playing.
  private timer: ReturnType<typeof setTimeout> | undefined = undefined;
  private shown = false;

  /** `photoCount` is how many photos the time-lapse shows: 0 while another view is chosen. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly photoCount: () => number,
  ) {
    host.addController(this);
  }

  hostUpdate() {
    const count = this.photoCount();
    const shown = count >= 2;
    if (shown && !this.shown) {
      this.frame = 0;
      this.playing = !prefersReducedMotion();
    }
    if (!shown) this.stop();
    this.shown = shown;
    this.frame = Math.max(0, Math.min(this.frame, count - 1));
  }

  hostUpdated() {
    if (this.playing && this.timer === undefined) this.timer = setTimeout(() => this.step(), FRAME_MS / this.speed);
  }

  hostDisconnected() {
    this.stop();
    this.host.requestUpdate();
  }

  /** Play, or pause while playing; from the first photo again once at the last. */
  playOrPause() {
    if (this.playing) this.stop();
    else {
      if (this.frame >= this.photoCount() - 1) this.frame = 0;
      this.playing = true;
    }
    this.host.requestUpdate();
  }

  /** Shows one photo and pauses, so the chosen photo stays put. */
  goTo(frame: number) {
    this.stop();
    this.frame = Math.max(0, Math.min(frame, this.photoCount() - 1));
    this.host.requestUpdate();
  }

  /** Changes the pace; the step planned at the old one is dropped and the next planned at the new. */
  setSpeed(speed: number) {
    this.speed = speed;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.host.requestUpdate();
  }

  private step() {
    this.timer = undefined;
    const last = this.photoCount() - 1;
    this.frame = Math.min(this.frame + 1, last);
    if (this.frame >= last) this.playing = false;
    this.host.requestUpdate();
  }

  private stop() {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.playing = false;
  }
}

/** One photo at a time with Previous, Play/Pause, Next, a Frame range and a Speed choice. */
export function timelapseView(photos: readonly ComparePhoto[], timelapse: TimelapseController) {
  const { frame, playing, speed } = timelapse;
  const last = photos.length - 1;
  const photo = photos[frame];
  if (!photo) return nothing;
  // Announce frames picked by hand, not every frame while playing.
  return html`<div class="stage">
    <figure>
      <div class="frame"><img src=${photo.url} alt=${photoAlt(photo)} /></div>
      <figcaption aria-live=${playing ? 'off' : 'polite'}>
        <strong>${photoWords(photo)}</strong>
        <span class="hint">${msg(str`Photo ${frame + 1} of ${photos.length}`)}</span>
      </figcaption>
    </figure>
    <div class="player">
      <button type="button" class="play" @click=${() => timelapse.playOrPause()}>
        <span aria-hidden="true">${playing ? '❚❚' : '▶'}</span> ${playing ? msg('Pause') : msg('Play')}
      </button>
      <button type="button" class="secondary" aria-disabled=${frame === 0} @click=${() => timelapse.goTo(frame - 1)}>
        <span aria-hidden="true">‹</span> ${msg('Previous')}<span class="visually-hidden"> ${msg('frame')}</span>
      </button>
      <button type="button" class="secondary" aria-disabled=${frame === last} @click=${() => timelapse.goTo(frame + 1)}>
        ${msg('Next')}<span class="visually-hidden"> ${msg('frame')}</span> <span aria-hidden="true">›</span>
      </button>
    </div>
    <div class="timeline">
      <label for="frame">${msg('Frame')}</label>
      <input
        id="frame"
        type="range"
        min="0"
        max=${last}
        .value=${String(frame)}
        aria-valuetext=${msg(str`Photo ${frame + 1} of ${photos.length}, ${photoWords(photo)}`)}
        @input=${(e: Event) => timelapse.goTo(Number((e.target as HTMLInputElement).value))}
      />
      <label for="speed">${msg('Speed')}</label>
      <select id="speed" @change=${(e: Event) => timelapse.setSpeed(Number((e.target as HTMLSelectElement).value))}>
        ${SPEEDS.map((s) => html`<option value=${s} .selected=${s === speed}>${s}×</option>`)}
      </select>
    </div>
  </div>`;
}
