import { expect } from 'chai';
import { html } from 'lit';
import '../../src/components/photo-add/photo-add.ts';
import type { PhotoAdd } from '../../src/components/photo-add/photo-add.ts';
import '../../src/components/photo-thumb/photo-thumb.ts';
import type { PhotoThumb } from '../../src/components/photo-thumb/photo-thumb.ts';
import '../../src/components/photo-timeline/photo-timeline.ts';
import type { PhotoTimeline, TimelineDay } from '../../src/components/photo-timeline/photo-timeline.ts';
import type { PhotoRecord } from '../../src/journal/records.ts';
import { shiftDays, type IsoDate } from '../../src/rules/index.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { fixture, nextEvent } from '../helpers/fixture.ts';
import { makeJpeg } from '../helpers/images.ts';

const photo = (id: string, date: string, area: PhotoRecord['area'] = 'crown'): PhotoRecord => ({
  id,
  date: date as IsoDate,
  takenAt: null,
  area,
  note: '',
  type: 'image/jpeg',
  bytes: 100,
  width: 30,
  height: 40,
  orientation: 1,
  addedAt: '2026-03-03T10:00:00.000Z',
});

async function until(check: () => boolean, what: string) {
  for (let i = 0; i < 100 && !check(); i += 1) await new Promise((r) => setTimeout(r, 30));
  expect(check(), what).to.equal(true);
}

describe('<smp-photo-thumb>', () => {
  it('shows the loaded image and revokes its object URL when it leaves the page', async () => {
    const blob = await makeJpeg(30, 40);
    const revoked: string[] = [];
    const original = URL.revokeObjectURL;
    URL.revokeObjectURL = (url: string) => {
      revoked.push(url);
      original(url);
    };
    try {
      const el = await fixture<PhotoThumb>(
        html`<smp-photo-thumb photo-id="a" alt="Crown" .loader=${async () => blob}></smp-photo-thumb>`,
      );
      await until(() => el.shadowRoot!.querySelector('img') !== null, 'the image appears');
      const url = el.shadowRoot!.querySelector('img')!.src;
      expect(url.startsWith('blob:')).to.equal(true);
      el.remove();
      expect(revoked).to.include(url);
    } finally {
      URL.revokeObjectURL = original;
    }
  });

  it('says so when the image cannot be loaded', async () => {
    const el = await fixture<PhotoThumb>(
      html`<smp-photo-thumb photo-id="gone" alt="Crown" .loader=${async () => undefined}></smp-photo-thumb>`,
    );
    await until(() => (el.shadowRoot!.textContent ?? '').includes('Image unavailable'), 'the sentence appears');
  });
});

describe('<smp-photo-timeline>', () => {
  const days: TimelineDay[] = Array.from({ length: 60 }, (_, i) => {
    const date = shiftDays('2026-04-30' as IsoDate, -i);
    return {
      date,
      day: 60 - i,
      session: i === 59,
      photos: i % 2 === 0 ? [photo(`p${i}`, date)] : [],
      checkIn: i === 0 ? 'urgent' : null,
    };
  });
  const loader = async () => makeJpeg(30, 40);

  it('shows days with photos, gaps without, check-in flags in words, and counts', async () => {
    const el = await fixture<PhotoTimeline>(
      html`<smp-photo-timeline .days=${days} .loader=${loader}></smp-photo-timeline>`,
    );
    await until(() => el.shadowRoot!.querySelectorAll('.day').length > 2, 'rows render');
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('30 photos over 60 days').and.contain('Check-in: urgent').and.contain('No photo');
    // Virtualised: far fewer rows in the DOM than days.
    expect(el.shadowRoot!.querySelectorAll('.day').length).to.be.lessThan(60);
    await expectNoAxeViolations(el);
  });

  it('opens a photo and changes the area filter', async () => {
    const el = await fixture<PhotoTimeline>(
      html`<smp-photo-timeline .days=${days} .loader=${loader}></smp-photo-timeline>`,
    );
    await until(() => el.shadowRoot!.querySelector('.photos button') !== null, 'a photo button renders');
    let event = nextEvent<CustomEvent>(el, 'photo-open');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.photos button')!.click();
    expect((await event).detail).to.deep.equal({ id: 'p0' });
    event = nextEvent<CustomEvent>(el, 'area-change');
    const select = el.shadowRoot!.querySelector('select')!;
    select.value = 'back';
    select.dispatchEvent(new Event('change'));
    expect((await event).detail).to.deep.equal({ area: 'back' });
  });

  it('jumps to a date far down the list', async () => {
    const el = await fixture<PhotoTimeline>(
      html`<smp-photo-timeline .days=${days} .loader=${loader}></smp-photo-timeline>`,
    );
    await until(() => el.shadowRoot!.querySelectorAll('.day').length > 2, 'rows render');
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="date"]')!;
    input.value = '2026-03-05';
    input.dispatchEvent(new Event('change'));
    await until(() => el.shadowRoot!.querySelector('[data-date="2026-03-05"]') !== null, 'the chosen day is rendered');
  });
});

describe('<smp-photo-add>', () => {
  it('reports chosen files with the area and note, and offers the camera', async () => {
    const el = await fixture<PhotoAdd>(html`<smp-photo-add area="back"></smp-photo-add>`);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"][multiple]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([await makeJpeg(10, 10)], 'a.jpg', { type: 'image/jpeg' }));
    input.files = transfer.files;
    const chosen = nextEvent<CustomEvent>(el, 'photos-chosen');
    input.dispatchEvent(new Event('change'));
    const detail = (await chosen).detail;
    expect(detail.area).to.equal('back');
    expect(detail.files.map((f: File) => f.name)).to.deep.equal(['a.jpg']);
    const camera = nextEvent<CustomEvent>(el, 'camera-open');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
    expect((await camera).detail.area).to.equal('back');
    await expectNoAxeViolations(el);
  });

  it('shows progress, then what was added and each refusal', async () => {
    const el = await fixture<PhotoAdd>(html`<smp-photo-add .progress=${{ done: 1, total: 3 }} busy></smp-photo-add>`);
    expect(el.shadowRoot!.textContent).to.contain('Adding photo 1 of 3');
    el.busy = false;
    el.progress = null;
    el.outcomes = [
      { name: 'a.jpg', ok: true },
      { name: 'b.pdf', ok: false, error: '“b.pdf” is not a photo this app can open.' },
    ];
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('1 photo added.').and.contain('“b.pdf” is not a photo');
  });
});

describe('<smp-photo-add> on phones', () => {
  it('also offers the phone’s own camera app (capture), which reports its photo the same way', async () => {
    const el = await fixture<PhotoAdd>(html`<smp-photo-add></smp-photo-add>`);
    const capture = el.shadowRoot!.querySelector<HTMLInputElement>('input[capture]')!;
    expect(capture.getAttribute('capture')).to.equal('environment');
    expect(capture.getAttribute('aria-label')).to.equal("Take a photo with the phone's camera app");
  });
});
