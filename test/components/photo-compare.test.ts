import { expect } from 'chai';
import { html } from 'lit';
import '../../src/components/photo-compare/photo-compare.ts';
import type { ComparePhoto, PhotoCompare } from '../../src/components/photo-compare/photo-compare.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { fixture, nextEvent } from '../helpers/fixture.ts';

/** An object URL of a small solid-colour PNG. */
async function solid(colour: string): Promise<string> {
  const canvas = document.createElement('canvas');
  Object.assign(canvas, { width: 6, height: 8 });
  const context = canvas.getContext('2d')!;
  context.fillStyle = colour;
  context.fillRect(0, 0, 6, 8);
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob gave nothing'))), 'image/png'),
  );
  return URL.createObjectURL(blob);
}

/** Polls `check` every 25 ms for up to `ms`; whether it came true. */
async function until(check: () => boolean, ms = 3000): Promise<boolean> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) return false;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return true;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
// Longer than a frame at 2× and at 1× (700 ms), so a running timer would have shown.
const FRAME_WAIT = 900;
const root = (el: PhotoCompare) => el.shadowRoot!;
const one = <T extends Element>(el: PhotoCompare, selector: string) => root(el).querySelector<T>(selector)!;
const count = (el: PhotoCompare, selector: string) => root(el).querySelectorAll(selector).length;
const text = (el: PhotoCompare, selector = 'section') => one(el, selector).textContent!.replace(/\s+/g, ' ').trim();
const images = (el: PhotoCompare) => [...root(el).querySelectorAll('img')];
const button = (el: PhotoCompare, name: string) =>
  [...root(el).querySelectorAll('button')].find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === name)!;
const modeButton = (el: PhotoCompare, name: string) =>
  [...root(el).querySelectorAll('.modes button')].find((b) => b.textContent!.trim() === name) as HTMLButtonElement;

/** Sets a control's value and sends the event a person's change would. */
async function change(el: PhotoCompare, selector: string, value: string, type: 'input' | 'change' = 'change') {
  const control = one<HTMLInputElement | HTMLSelectElement>(el, selector);
  control.value = value;
  control.dispatchEvent(new Event(type, { bubbles: true }));
  await el.updateComplete;
}

const realMatchMedia = window.matchMedia;
/** Makes the component see `prefers-reduced-motion: reduce`. */
function reduceMotion() {
  window.matchMedia = (query: string) => ({ matches: query.includes('reduce'), media: query }) as MediaQueryList;
}

let photos: ComparePhoto[] = [];

before(async () => {
  const days = [
    ['p1', '2026-03-01', 1, '#7a5230'],
    ['p2', '2026-03-03', 3, '#3a6b8a'],
    ['p3', '2026-03-08', 8, '#4f8a3a'],
    ['p4', '2026-03-15', 15, '#8a3a6b'],
  ] as const;
  photos = await Promise.all(
    days.map(async ([id, date, day, colour]) => ({ id, date, day, areaLabel: 'Crown', url: await solid(colour) })),
  );
});

after(() => photos.forEach((p) => URL.revokeObjectURL(p.url)));
afterEach(() => {
  window.matchMedia = realMatchMedia;
});

describe('<smp-photo-compare>', () => {
  it('compares the first and the last photo side by side by default, with dates, days and the gap', async () => {
    const el = await fixture<PhotoCompare>(html`<smp-photo-compare .photos=${photos}></smp-photo-compare>`);
    expect(modeButton(el, 'Side by side').getAttribute('aria-pressed')).to.equal('true');
    expect(modeButton(el, 'Slider').getAttribute('aria-pressed')).to.equal('false');
    expect(one<HTMLSelectElement>(el, '#before').value).to.equal('p1');
    expect(one<HTMLSelectElement>(el, '#after').value).to.equal('p4');
    expect([...one(el, '#before').querySelectorAll('option')].map((o) => o.textContent)).to.deep.equal([
      'Sun 1 Mar 2026 · day 1',
      'Tue 3 Mar 2026 · day 3',
      'Sun 8 Mar 2026 · day 8',
      'Sun 15 Mar 2026 · day 15',
    ]);
    expect(images(el).map((img) => [img.src, img.alt])).to.deep.equal([
      [photos[0]!.url, 'Crown, Sun 1 Mar 2026 (day 1)'],
      [photos[3]!.url, 'Crown, Sun 15 Mar 2026 (day 15)'],
    ]);
    expect(
      [...root(el).querySelectorAll('figcaption')].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()),
    ).to.deep.equal(['Before Sun 1 Mar 2026 · day 1', 'After Sun 15 Mar 2026 · day 15']);
    expect(text(el, '.apart')).to.equal('14 days apart');
    expect(text(el, 'h2')).to.equal('Compare photos Crown');
    await expectNoAxeViolations(el);
  });

  it('falls back to the first and last photo for unknown ids and uses known ones', async () => {
    const el = await fixture<PhotoCompare>(
      html`<smp-photo-compare .photos=${photos} before-id="gone" after-id="p3"></smp-photo-compare>`,
    );
    expect(images(el).map((img) => img.src)).to.deep.equal([photos[0]!.url, photos[2]!.url]);
    expect(text(el, '.apart')).to.equal('7 days apart');
  });

  it('fires compare-change from the Before and After selects and shows the new pair', async () => {
    const el = await fixture<PhotoCompare>(html`<smp-photo-compare .photos=${photos}></smp-photo-compare>`);
    let event = nextEvent<CustomEvent>(el, 'compare-change');
    await change(el, '#before', 'p2');
    expect((await event).detail).to.deep.equal({ beforeId: 'p2', afterId: 'p4' });
    expect(el.beforeId).to.equal('p2');
    expect(images(el)[0]!.alt).to.equal('Crown, Tue 3 Mar 2026 (day 3)');
    expect(text(el, '.apart')).to.equal('12 days apart');

    event = nextEvent<CustomEvent>(el, 'compare-change');
    await change(el, '#after', 'p3');
    const { detail, bubbles, composed } = await event;
    expect({ detail, bubbles, composed }).to.deep.equal({
      detail: { beforeId: 'p2', afterId: 'p3' },
      bubbles: true,
      composed: true,
    });
    expect(images(el)[1]!.src).to.equal(photos[2]!.url);
    expect(text(el, '.apart')).to.equal('5 days apart');
  });

  it('switches to the slider, firing mode-change, and the range clips the later photo', async () => {
    const el = await fixture<PhotoCompare>(html`<smp-photo-compare .photos=${photos}></smp-photo-compare>`);
    const event = nextEvent<CustomEvent>(el, 'mode-change');
    modeButton(el, 'Slider').click();
    expect((await event).detail).to.deep.equal({ mode: 'slider' });
    await el.updateComplete;
    expect(el.mode).to.equal('slider');
    expect(modeButton(el, 'Slider').getAttribute('aria-pressed')).to.equal('true');
    expect(modeButton(el, 'Side by side').getAttribute('aria-pressed')).to.equal('false');
    expect(count(el, '.frame'), 'both photos share one frame').to.equal(1);
    expect(count(el, '.frame img')).to.equal(2);
    expect(count(el, '.divider'), 'a visible divider line').to.equal(1);

    const range = one<HTMLInputElement>(el, 'input[type="range"]');
    expect(range.labels![0]!.textContent).to.equal('Reveal the later photo');
    const later = one<HTMLImageElement>(el, 'img.later');
    expect(later.src).to.equal(photos[3]!.url);
    expect(later.getAttribute('style')).to.match(/clip-path: ?inset\(0(px)? 0(px)? 0(px)? 50%\)/);

    // 30 % of the later photo shown: clipped from the left up to 70 %, where the divider sits.
    await change(el, '#reveal', '30', 'input');
    expect(later.getAttribute('style')).to.match(/clip-path: ?inset\(0(px)? 0(px)? 0(px)? 70%\)/);
    expect(one<HTMLElement>(el, '.divider').style.left).to.equal('70%');
    expect(range.getAttribute('aria-valuetext')).to.equal('30% of the later photo shown');
    await change(el, '#reveal', '100', 'input');
    expect(later.getAttribute('style')).to.match(/inset\(0(px)? 0(px)? 0(px)? 0%\)/);
    await expectNoAxeViolations(el);
  });

  it('lays the later photo on top in the slider even when picked the other way round', async () => {
    const el = await fixture<PhotoCompare>(
      html`<smp-photo-compare .photos=${photos} mode="slider" before-id="p3" after-id="p1"></smp-photo-compare>`,
    );
    expect(one<HTMLImageElement>(el, 'img.later').src).to.equal(photos[2]!.url);
    expect(text(el, '.caption')).to.equal('Left: Sun 1 Mar 2026 · day 1 Right: Sun 8 Mar 2026 · day 8');
  });

  it('steps through the time-lapse with Next, Previous and the Frame range', async () => {
    reduceMotion();
    const el = await fixture<PhotoCompare>(html`<smp-photo-compare .photos=${photos}></smp-photo-compare>`);
    const event = nextEvent<CustomEvent>(el, 'mode-change');
    modeButton(el, 'Time-lapse').click();
    expect((await event).detail).to.deep.equal({ mode: 'timelapse' });
    await el.updateComplete;
    expect(count(el, 'select#before'), 'no Before/After in the time-lapse').to.equal(0);
    expect(text(el, '.player .play')).to.equal('▶ Play');
    expect(images(el).map((img) => img.src)).to.deep.equal([photos[0]!.url]);
    expect(text(el, 'figcaption')).to.equal('Sun 1 Mar 2026 · day 1 Photo 1 of 4');
    expect(button(el, '‹ Previous frame').getAttribute('aria-disabled')).to.equal('true');

    button(el, 'Next frame ›').click();
    await el.updateComplete;
    expect(images(el)[0]!.src).to.equal(photos[1]!.url);
    expect(images(el)[0]!.alt).to.equal('Crown, Tue 3 Mar 2026 (day 3)');
    expect(text(el, 'figcaption')).to.equal('Tue 3 Mar 2026 · day 3 Photo 2 of 4');
    expect(one<HTMLInputElement>(el, '#frame').value).to.equal('1');

    button(el, '‹ Previous frame').click();
    await el.updateComplete;
    expect(images(el)[0]!.src).to.equal(photos[0]!.url);

    await change(el, '#frame', '3', 'input');
    expect(images(el)[0]!.src).to.equal(photos[3]!.url);
    expect(text(el, 'figcaption')).to.equal('Sun 15 Mar 2026 · day 15 Photo 4 of 4');
    expect(button(el, 'Next frame ›').getAttribute('aria-disabled')).to.equal('true');
    button(el, 'Next frame ›').click();
    await el.updateComplete;
    expect(images(el)[0]!.src, 'Next stops at the last photo').to.equal(photos[3]!.url);
    expect(one<HTMLInputElement>(el, '#frame').labels![0]!.textContent).to.equal('Frame');
    await expectNoAxeViolations(el);
  });

  it('does not start the time-lapse by itself when less motion is asked for', async () => {
    reduceMotion();
    const el = await fixture<PhotoCompare>(
      html`<smp-photo-compare .photos=${photos} mode="timelapse"></smp-photo-compare>`,
    );
    await wait(500);
    expect(count(el, '.player .play')).to.equal(1);
    expect(text(el, '.player .play')).to.equal('▶ Play');
    expect(images(el)[0]!.src).to.equal(photos[0]!.url);
  });

  it('plays the time-lapse, pauses, and stops at the last photo', async () => {
    const el = await fixture<PhotoCompare>(
      html`<smp-photo-compare .photos=${photos} mode="timelapse"></smp-photo-compare>`,
    );
    expect(text(el, '.player .play'), 'starts by itself').to.equal('❚❚ Pause');
    await change(el, '#speed', '2');
    expect(await until(() => images(el)[0]!.src !== photos[0]!.url), 'moved on from the first photo').to.equal(true);

    button(el, '❚❚ Pause').click();
    await el.updateComplete;
    expect(text(el, '.player .play')).to.equal('▶ Play');
    const paused = text(el, 'figcaption');
    await wait(FRAME_WAIT);
    expect(text(el, 'figcaption'), 'paused: no more frames').to.equal(paused);

    button(el, '▶ Play').click();
    await el.updateComplete;
    const atEnd = () => text(el, 'figcaption').endsWith('Photo 4 of 4') && text(el, '.player .play') === '▶ Play';
    expect(await until(atEnd), 'played to the end and stopped').to.equal(true);
    expect(images(el)[0]!.src).to.equal(photos[3]!.url);
    await expectNoAxeViolations(el);

    // Play at the end starts again from the first photo.
    button(el, '▶ Play').click();
    await el.updateComplete;
    expect(text(el, 'figcaption')).to.contain('Photo 1 of 4');
    expect(text(el, '.player .play')).to.equal('❚❚ Pause');
  });

  it('clears its timer when taken off the page', async () => {
    const el = await fixture<PhotoCompare>(
      html`<smp-photo-compare .photos=${photos} mode="timelapse"></smp-photo-compare>`,
    );
    expect(text(el, '.player .play')).to.equal('❚❚ Pause');
    el.remove();
    await wait(FRAME_WAIT);
    expect(text(el, 'figcaption')).to.contain('Photo 1 of 4');
    expect(text(el, '.player .play')).to.equal('▶ Play');
  });

  for (const [name, size] of [
    ['no photo', 0],
    ['one photo', 1],
  ] as const) {
    it(`asks for more photos with ${name}`, async () => {
      const el = await fixture<PhotoCompare>(
        html`<smp-photo-compare .photos=${photos.slice(0, size)} mode="timelapse"></smp-photo-compare>`,
      );
      expect(text(el, 'p')).to.equal('Take at least two photos of this area to compare them.');
      expect(count(el, 'img, select, input, button')).to.equal(0);
      await expectNoAxeViolations(el);
    });
  }

  it('plays a time-lapse of just two photos', async () => {
    reduceMotion();
    const el = await fixture<PhotoCompare>(
      html`<smp-photo-compare .photos=${photos.slice(0, 2)} mode="timelapse"></smp-photo-compare>`,
    );
    button(el, '▶ Play').click();
    expect(await until(() => text(el, 'figcaption').endsWith('Photo 2 of 2'))).to.equal(true);
  });

  for (const mode of ['side-by-side', 'slider', 'timelapse'] as const) {
    it(`fits 320 px without sideways scrolling (${mode})`, async () => {
      reduceMotion();
      const el = await fixture<PhotoCompare>(
        html`<smp-photo-compare style="width: 320px" .photos=${photos} .mode=${mode}></smp-photo-compare>`,
      );
      const section = one<HTMLElement>(el, 'section');
      expect(section.scrollWidth).to.be.at.most(section.clientWidth);
      for (const child of root(el).querySelectorAll<HTMLElement>('section *'))
        expect(child.getBoundingClientRect().right, child.outerHTML.slice(0, 60)).to.be.at.most(
          el.getBoundingClientRect().right + 0.5,
        );
      await expectNoAxeViolations(el);
    });
  }
});
