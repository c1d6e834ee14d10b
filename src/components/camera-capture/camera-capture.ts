import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import { styleMap } from 'lit/directives/style-map.js';
import { cameraCaptureStyles } from './camera-capture.styles.ts';

/** Which camera to ask for: the back one ('environment') or the selfie one ('user'). */
export type FacingMode = 'environment' | 'user';

/** The `photo-captured` event's detail: the JPEG and its size in pixels. */
export interface CapturedPhoto {
  blob: Blob;
  width: number;
  height: number;
}

type Phase = 'idle' | 'starting' | 'live' | 'error';

const statusWords = (phase: Phase): string =>
  phase === 'idle' ? msg('The camera is off.') : phase === 'starting' ? msg('Starting the camera…') : '';

/** Said after every camera problem: the photo picker still works without one (exported for the tests). */
export const choosePhotosHint = () => msg('You can still add a picture with “Choose photos”.');

/** The sentence for a browser that has no camera API at all (old browser, or not a secure page). */
const noCameraApi = () => msg('This browser cannot open the camera here.');

/**
 * A clear sentence for why getUserMedia failed, from the error's name. Exported so the tests can
 * pass it every error name, which no real camera can be made to throw.
 */
export function cameraErrorMessage(error: unknown): string {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  switch (name) {
    case 'NotFoundError':
    case 'OverconstrainedError':
      return msg('No camera was found on this device.');
    case 'NotAllowedError':
    case 'SecurityError':
      return msg('Camera access is blocked. Allow the camera for this app in your browser settings, then try again.');
    case 'NotReadableError':
      return msg('The camera is busy in another app. Close that app, then try again.');
    default:
      return name
        ? msg(str`The camera could not start (${name}).`)
        : msg('The camera could not start (unknown error).');
  }
}

/** The getUserMedia constraints for one camera: up to 1920 × 1440 (4:3, like phone photos), no sound. */
function cameraConstraints(facingMode: FacingMode): MediaStreamConstraints {
  return { video: { facingMode, width: { ideal: 1920 }, height: { ideal: 1440 } }, audio: false };
}

/** Stops every track so the camera light goes off. */
function stopStream(stream: MediaStream | null): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

/** Draws the video's current frame at its real resolution and encodes it as a JPEG (null if there is none). */
async function grabFrame(video: HTMLVideoElement, quality = 0.92): Promise<CapturedPhoto | null> {
  const { videoWidth: width, videoHeight: height } = video;
  const canvas = document.createElement('canvas');
  Object.assign(canvas, { width, height });
  const context = canvas.getContext('2d');
  if (!width || !height || !context) return null;
  context.drawImage(video, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
  return blob ? { blob, width, height } : null;
}

/** The "Show last photo" switch and the "Ghost opacity" slider (0–100 in steps of 5). */
function ghostControls(shown: boolean, opacity: number) {
  return html`<label class="check"><input type="checkbox" .checked=${shown} /> ${msg('Show last photo')}</label>
    <label for="opacity">${msg('Ghost opacity')}</label>
    <input
      id="opacity"
      type="range"
      min="0"
      max="100"
      step="5"
      .value=${String(opacity)}
      aria-valuetext="${opacity}%"
      ?disabled=${!shown}
    />
    <output for="opacity">${opacity}%</output>`;
}

/**
 * A phone-first camera for the daily scalp photo. The last photo of the same area is drawn faintly
 * over the live picture ("ghost") so each day's shot lines up with the one before. The camera runs
 * while the element is connected and `active`; every track is stopped otherwise.
 *
 * @fires photo-captured - `{ blob, width, height }`: a JPEG of the current frame at the camera's full size.
 * @fires capture-cancel - when "Cancel" is pressed (the host closes the camera).
 */
export class CameraCapture extends LitElement {
  static override styles = cameraCaptureStyles;

  static override properties = {
    ghostUrl: { attribute: 'ghost-url' },
    areaLabel: { attribute: 'area-label' },
    active: { type: Boolean },
    phase: { state: true },
    problem: { state: true },
    stream: { state: true },
    facing: { state: true },
    showGhost: { state: true },
    ghostOpacity: { state: true },
    capturing: { state: true },
  };

  /** URL of the last photo of the same area, drawn over the video; '' for none. */
  ghostUrl = '';
  /** The scalp area being photographed ("Crown"), used in the heading. */
  areaLabel = '';
  /** Whether the camera should run; false stops the stream (e.g. while the screen is hidden). */
  active = true;
  private phase: Phase = 'idle';
  private problem = '';
  private stream: MediaStream | null = null;
  private facing: FacingMode = 'environment';
  private showGhost = true;
  private ghostOpacity = 40;
  private capturing = false;
  /** Bumped on every start and stop, so a getUserMedia that resolves late can tell it is stale. */
  private run = 0;

  override connectedCallback() {
    super.connectedCallback();
    this.sync();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.sync();
  }

  override willUpdate(changed: PropertyValues<this>) {
    // Before render, so the stream's state changes land in this same update.
    if (changed.has('active')) this.sync();
  }

  override updated(changed: PropertyValues) {
    // Not a template binding: Lit re-sets object values on every render, and each set reloads the video.
    const video = this.renderRoot.querySelector('video');
    if (changed.has('stream') && video) video.srcObject = this.stream;
  }

  override render() {
    const area = this.areaLabel.trim().toLowerCase();
    const ghost = this.ghostUrl && this.showGhost;
    return html`<section aria-labelledby="heading">
      <header>
        <h2 id="heading">${area ? msg(str`Line up your ${area} photo`) : msg('Line up your photo')}</h2>
        <p class="hint">
          ${this.ghostUrl ? msg('Match the faint last photo, then take the picture.') : msg('Hold steady, in good even light.')}
        </p>
      </header>
      <div class="stage ${this.facing === 'user' ? 'mirrored' : ''}">
        <video playsinline muted autoplay @loadeddata=${this.onVideoData}></video>
        ${ghost ? html`<img src=${this.ghostUrl} alt="" style=${styleMap({ opacity: `${this.ghostOpacity / 100}` })} />` : nothing}
        <p class="status" role="status">${statusWords(this.phase)}</p>
      </div>
      ${
        this.phase === 'error'
          ? html`<div class="problem">
              <p class="error" role="alert">${this.problem} ${choosePhotosHint()}</p>
              <button type="button" @click=${this.start}>${msg('Try again')}</button>
            </div>`
          : nothing
      }
      <div class="controls">
        <button type="button" class="side cancel" @click=${this.onCancel}>${msg('Cancel')}</button>
        <button
          type="button"
          class="shutter"
          ?disabled=${this.phase !== 'live' || this.capturing}
          @click=${this.onShutter}
        >
          <span class="visually-hidden">${msg('Take photo')}</span>
        </button>
        <button type="button" class="side switch" ?disabled=${!this.active} @click=${this.onSwitch}>
          ${msg('Switch camera')}
        </button>
      </div>
      ${
        this.ghostUrl
          ? html`<div class="ghost" @input=${this.onGhostInput} @change=${this.onGhostInput}>
              ${ghostControls(this.showGhost, this.ghostOpacity)}
            </div>`
          : nothing
      }
    </section>`;
  }

  /** Runs the camera exactly while connected and active. */
  private sync() {
    const wanted = this.isConnected && this.active;
    if (wanted && this.phase === 'idle') void this.start();
    else if (!wanted && this.phase !== 'idle') this.stop();
  }

  private async start() {
    this.stop();
    const run = this.run;
    const media = navigator.mediaDevices;
    if (!media?.getUserMedia) return this.fail(noCameraApi());
    this.phase = 'starting';
    try {
      const stream = await media.getUserMedia(cameraConstraints(this.facing));
      if (run !== this.run) return stopStream(stream);
      // A camera unplugged or taken by a phone call ends its track; say so rather than freeze.
      for (const track of stream.getVideoTracks()) {
        track.addEventListener('ended', () => run === this.run && this.fail(msg('The camera stopped.')));
      }
      this.stream = stream;
    } catch (error) {
      if (run === this.run) this.fail(cameraErrorMessage(error));
    }
  }

  private stop() {
    this.run++;
    stopStream(this.stream);
    this.stream = null;
    this.phase = 'idle';
  }

  private fail(message: string) {
    this.stop();
    this.problem = message;
    this.phase = 'error';
  }

  private onVideoData(event: Event) {
    if (this.stream && (event.target as HTMLVideoElement).srcObject === this.stream) this.phase = 'live';
  }

  private async onShutter() {
    const video = this.renderRoot.querySelector('video');
    if (!video || this.phase !== 'live') return;
    this.capturing = true;
    try {
      const photo = await grabFrame(video);
      if (!photo) return this.fail(msg('The photo could not be taken.'));
      this.dispatchEvent(new CustomEvent('photo-captured', { detail: photo, bubbles: true, composed: true }));
    } finally {
      this.capturing = false;
    }
  }

  private onSwitch() {
    this.facing = this.facing === 'environment' ? 'user' : 'environment';
    void this.start();
  }

  private onCancel() {
    this.dispatchEvent(new CustomEvent('capture-cancel', { bubbles: true, composed: true }));
  }

  /** One handler for both ghost controls (delegated from their container). */
  private onGhostInput(event: Event) {
    const input = event.target as HTMLInputElement;
    if (input.type === 'checkbox') this.showGhost = input.checked;
    else this.ghostOpacity = Number(input.value);
  }
}

if (!customElements.get('smp-camera-capture')) customElements.define('smp-camera-capture', CameraCapture);

declare global {
  interface HTMLElementTagNameMap {
    'smp-camera-capture': CameraCapture;
  }
}
