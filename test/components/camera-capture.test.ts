import { expect } from 'chai';
import { html } from 'lit';
import '../../src/components/camera-capture/camera-capture.ts';
import {
  choosePhotosHint,
  cameraErrorMessage,
  type CameraCapture,
  type CapturedPhoto,
} from '../../src/components/camera-capture/camera-capture.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { fixture, nextEvent } from '../helpers/fixture.ts';

// A small grey square as the "last photo": no network, decodes instantly.
const GHOST =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30" fill="#888"/></svg>',
  );

const shadow = (el: CameraCapture) => el.shadowRoot!;
const text = (el: CameraCapture) => shadow(el).textContent!.replace(/\s+/g, ' ');
const video = (el: CameraCapture) => shadow(el).querySelector('video')!;
const shutter = (el: CameraCapture) => shadow(el).querySelector<HTMLButtonElement>('button.shutter')!;
const ghosts = (el: CameraCapture) => shadow(el).querySelectorAll('.stage img');

/** Polls `check` every 50 ms until it holds; fails after `ms` with `what`. */
async function until(check: () => boolean, what: string, ms = 5000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits for the fake camera's picture to arrive and the shutter to be enabled. */
async function streaming(el: CameraCapture): Promise<MediaStream> {
  await until(() => video(el).srcObject instanceof MediaStream, 'video.srcObject');
  await until(() => video(el).readyState >= HTMLMediaElement.HAVE_CURRENT_DATA, 'the first frame');
  // readyState can lead the queued "loadeddata" event that enables the shutter.
  await until(() => !shutter(el).disabled, 'the shutter to be enabled');
  return video(el).srcObject as MediaStream;
}

const ended = (stream: MediaStream) => stream.getTracks().every((track) => track.readyState === 'ended');

describe('<smp-camera-capture>', () => {
  const realGetUserMedia = navigator.mediaDevices.getUserMedia;
  afterEach(() => {
    navigator.mediaDevices.getUserMedia = realGetUserMedia;
  });

  /** Replaces getUserMedia with `fake`, recording the constraints of every call. */
  function stubCamera(fake: (constraints?: MediaStreamConstraints) => Promise<MediaStream>) {
    const calls: (MediaStreamConstraints | undefined)[] = [];
    navigator.mediaDevices.getUserMedia = (constraints) => {
      calls.push(constraints);
      return fake(constraints);
    };
    return calls;
  }

  it('streams the fake camera into a playsinline, muted video and enables the shutter', async () => {
    const calls = stubCamera((c) => realGetUserMedia.call(navigator.mediaDevices, c));
    const el = await fixture<CameraCapture>(html`<smp-camera-capture area-label="Crown"></smp-camera-capture>`);
    expect(text(el)).to.contain('Line up your crown photo');
    const stream = await streaming(el);
    expect(stream.getVideoTracks().length).to.equal(1);
    expect(video(el).playsInline && video(el).muted).to.equal(true);
    expect(shutter(el).disabled).to.equal(false);
    expect(calls).to.deep.equal([
      { video: { facingMode: 'environment', width: { ideal: 1920 }, height: { ideal: 1440 } }, audio: false },
    ]);
    expect(text(el)).not.to.contain('Starting the camera');
    await expectNoAxeViolations(el);
  });

  it('says "Starting the camera…" with the shutter disabled until the camera answers', async () => {
    let answer: (stream: MediaStream) => void = () => {};
    stubCamera(() => new Promise((resolve) => (answer = resolve)));
    const el = await fixture<CameraCapture>(html`<smp-camera-capture></smp-camera-capture>`);
    expect(shadow(el).querySelector('[role="status"]')!.textContent).to.equal('Starting the camera…');
    expect(shutter(el).disabled).to.equal(true);
    answer(await realGetUserMedia.call(navigator.mediaDevices, { video: true }));
    await streaming(el);
    expect(shutter(el).disabled).to.equal(false);
  });

  it('takes a photo: a non-empty JPEG at the video size, in a bubbling, composed event', async () => {
    const el = await fixture<CameraCapture>(html`<smp-camera-capture></smp-camera-capture>`);
    await streaming(el);
    const event = nextEvent<CustomEvent<CapturedPhoto>>(document, 'photo-captured');
    shutter(el).click();
    const { detail } = await event;
    expect(detail.blob.type).to.equal('image/jpeg');
    expect(detail.blob.size).to.be.greaterThan(0);
    expect(detail.width).to.equal(video(el).videoWidth).and.be.greaterThan(0);
    expect(detail.height).to.equal(video(el).videoHeight).and.be.greaterThan(0);
    const bitmap = await createImageBitmap(detail.blob);
    expect([bitmap.width, bitmap.height]).to.deep.equal([detail.width, detail.height]);
  });

  it('draws the ghost over the video; its opacity follows the slider and the checkbox hides it', async () => {
    const el = await fixture<CameraCapture>(html`<smp-camera-capture ghost-url=${GHOST}></smp-camera-capture>`);
    expect(ghosts(el).length).to.equal(1);
    const img = ghosts(el)[0] as HTMLImageElement;
    expect(img.getAttribute('src')).to.equal(GHOST);
    expect(img.style.opacity).to.equal('0.4');
    const range = shadow(el).querySelector<HTMLInputElement>('input[type="range"]')!;
    expect([range.min, range.max, range.step, range.value]).to.deep.equal(['0', '100', '5', '40']);
    expect(range.labels![0]!.textContent!.trim()).to.equal('Ghost opacity');
    await streaming(el);
    let reloads = 0;
    video(el).addEventListener('emptied', () => reloads++);
    range.value = '70';
    range.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(reloads, 'moving the slider must not reload the video').to.equal(0);
    expect((ghosts(el)[0] as HTMLImageElement).getAttribute('style')).to.contain('0.7');
    expect(text(el)).to.contain('70%');
    const box = shadow(el).querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(box.labels![0]!.textContent!.trim()).to.equal('Show last photo');
    box.click();
    await el.updateComplete;
    expect(ghosts(el).length).to.equal(0);
    expect(range.disabled).to.equal(true);
    await expectNoAxeViolations(el);
  });

  it('has no ghost and no ghost controls without a ghostUrl', async () => {
    const el = await fixture<CameraCapture>(html`<smp-camera-capture></smp-camera-capture>`);
    expect(video(el), 'the stage is there').not.to.equal(null);
    expect(shutter(el), 'and its controls').not.to.equal(null);
    expect(ghosts(el).length).to.equal(0);
    expect(shadow(el).querySelectorAll('input').length).to.equal(0);
  });

  it('stops every track when active becomes false, and starts again when true', async () => {
    const el = await fixture<CameraCapture>(html`<smp-camera-capture></smp-camera-capture>`);
    const stream = await streaming(el);
    el.active = false;
    await el.updateComplete;
    expect(ended(stream)).to.equal(true);
    expect(video(el).srcObject === null).to.equal(true);
    expect(shutter(el).disabled).to.equal(true);
    expect(text(el)).to.contain('The camera is off.');
    el.active = true;
    const again = await streaming(el);
    expect(again === stream).to.equal(false);
    expect(ended(again)).to.equal(false);
  });

  it('stops every track when removed from the page', async () => {
    const el = await fixture<CameraCapture>(html`<smp-camera-capture></smp-camera-capture>`);
    const stream = await streaming(el);
    el.remove();
    expect(ended(stream)).to.equal(true);
  });

  it('stops a stream that arrives after the camera was turned off', async () => {
    let answer: (stream: MediaStream) => void = () => {};
    stubCamera(() => new Promise((resolve) => (answer = resolve)));
    const el = await fixture<CameraCapture>(html`<smp-camera-capture></smp-camera-capture>`);
    el.active = false;
    await el.updateComplete;
    const late = await realGetUserMedia.call(navigator.mediaDevices, { video: true });
    answer(late);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(ended(late)).to.equal(true);
    expect(video(el).srcObject === null).to.equal(true);
  });

  it('"Switch camera" stops the current tracks and asks for the other facing mode', async () => {
    const calls = stubCamera((c) => realGetUserMedia.call(navigator.mediaDevices, c));
    const el = await fixture<CameraCapture>(html`<smp-camera-capture></smp-camera-capture>`);
    const first = await streaming(el);
    shadow(el).querySelector<HTMLButtonElement>('button.switch')!.click();
    expect(ended(first)).to.equal(true);
    const second = await streaming(el);
    expect(ended(second)).to.equal(false);
    const facing = calls.map((c) => (c?.video as MediaTrackConstraints).facingMode);
    expect(facing).to.deep.equal(['environment', 'user']);
    expect(shadow(el).querySelector('.stage')!.classList.contains('mirrored')).to.equal(true);
  });

  it('"Cancel" fires capture-cancel', async () => {
    const el = await fixture<CameraCapture>(html`<smp-camera-capture></smp-camera-capture>`);
    const event = nextEvent<CustomEvent>(document, 'capture-cancel');
    shadow(el).querySelector<HTMLButtonElement>('button.cancel')!.click();
    expect((await event).composed).to.equal(true);
  });

  it('explains a blocked camera in an alert, points to "Choose photos", and can try again', async () => {
    stubCamera(() => Promise.reject(new DOMException('Permission denied', 'NotAllowedError')));
    const el = await fixture<CameraCapture>(html`<smp-camera-capture ghost-url=${GHOST}></smp-camera-capture>`);
    await until(() => shadow(el).querySelectorAll('[role="alert"]').length === 1, 'the alert');
    const alert = shadow(el).querySelector('[role="alert"]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(alert).to.equal(`${cameraErrorMessage({ name: 'NotAllowedError' })} ${choosePhotosHint()}`);
    expect(alert).to.contain('Camera access is blocked').and.contain('Choose photos');
    expect(shutter(el).disabled).to.equal(true);
    await expectNoAxeViolations(el);
    navigator.mediaDevices.getUserMedia = realGetUserMedia;
    const retry = [...shadow(el).querySelectorAll('button')].find((b) => b.textContent === 'Try again')!;
    retry.click();
    await streaming(el);
    expect(shadow(el).querySelectorAll('[role="alert"]').length).to.equal(0);
  });

  it('says when the browser has no camera API', async () => {
    const media = navigator.mediaDevices as { getUserMedia: unknown };
    media.getUserMedia = undefined;
    const el = await fixture<CameraCapture>(html`<smp-camera-capture></smp-camera-capture>`);
    expect(text(el)).to.contain('This browser cannot open the camera here.').and.contain('Choose photos');
  });

  it('words each camera error as a clear sentence', () => {
    const message = (name: string) => cameraErrorMessage(new DOMException('x', name));
    expect(message('NotFoundError')).to.equal('No camera was found on this device.');
    expect(message('NotReadableError')).to.equal('The camera is busy in another app. Close that app, then try again.');
    expect(message('NotAllowedError')).to.contain('blocked');
    expect(message('AbortError')).to.equal('The camera could not start (AbortError).');
    expect(cameraErrorMessage('oops')).to.equal('The camera could not start (unknown error).');
  });
});
