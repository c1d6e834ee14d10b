import { expect } from 'chai';
import exifr from 'exifr';
import { deleteDB } from 'idb';
import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy } from 'pdfjs-dist';
import { closeReportPhotoPool, downscaleForReport } from '../../src/export/report-photos.ts';
import { makeReport, type ReportOptions } from '../../src/export/report.ts';
import { DecodePool } from '../../src/journal/photo-decode.ts';
import { importPhotos } from '../../src/journal/photo-import.ts';
import type { ScalpArea } from '../../src/journal/records.ts';
import { IdbJournalStore } from '../../src/journal/store.ts';
import { ASK_YOUR_TECHNICIAN, assessSymptoms, type CheckIn, type IsoDate } from '../../src/rules/index.ts';
import { asFile, makeJpeg, withExif } from '../helpers/images.ts';

// pdf.js, an independent PDF reader, parses what jsPDF wrote (its worker from node_modules, as served).
GlobalWorkerOptions.workerSrc = '/node_modules/pdfjs-dist/build/pdf.worker.min.mjs';

const OPTIONS: ReportOptions = {
  from: '2026-03-01' as IsoDate,
  to: '2026-03-10' as IsoDate,
  areas: ['crown', 'front-hairline'],
  clientName: 'Alex Morgan',
  pageSize: 'a4',
};

/** The JPEG segments before the image data: marker and payload. */
function jpegSegments(jpeg: Uint8Array): { marker: number; data: Uint8Array }[] {
  expect([jpeg[0], jpeg[1]], 'starts with SOI').to.deep.equal([0xff, 0xd8]);
  const segments: { marker: number; data: Uint8Array }[] = [];
  let i = 2;
  while (i + 4 <= jpeg.length && jpeg[i] === 0xff) {
    const marker = jpeg[i + 1]!;
    if (marker === 0xda) break; // start of scan: image data follows
    const length = (jpeg[i + 2]! << 8) | jpeg[i + 3]!;
    segments.push({ marker, data: jpeg.subarray(i + 4, i + 2 + length) });
    i += 2 + length;
  }
  return segments;
}

const hasExifSegment = (jpeg: Uint8Array) =>
  jpegSegments(jpeg).some((s) => s.marker === 0xe1 && String.fromCharCode(...s.data.subarray(0, 4)) === 'Exif');

/** Width and height from the JPEG's frame header. */
function jpegSize(jpeg: Uint8Array): { width: number; height: number } {
  const frame = jpegSegments(jpeg).find((s) => s.marker === 0xc0 || s.marker === 0xc2)!;
  return { height: (frame.data[1]! << 8) | frame.data[2]!, width: (frame.data[3]! << 8) | frame.data[4]! };
}

/** Every DCTDecode (JPEG) stream in the PDF's bytes, read from the file's own dictionaries. */
function embeddedJpegs(pdf: Uint8Array): Uint8Array[] {
  const text = new TextDecoder('latin1').decode(pdf);
  const found: Uint8Array[] = [];
  for (const match of text.matchAll(/\/Filter\s*\/DCTDecode/g)) {
    const dictStart = text.lastIndexOf('<<', match.index);
    const streamAt = text.indexOf('stream', match.index);
    const length = Number(/\/Length\s+(\d+)/.exec(text.slice(dictStart, streamAt))?.[1]);
    const dataAt = streamAt + 'stream'.length + (text[streamAt + 6] === '\r' ? 2 : 1);
    found.push(pdf.subarray(dataAt, dataAt + length));
  }
  return found;
}

async function pagesText(pdf: PDFDocumentProxy): Promise<string[]> {
  const texts: string[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const content = await (await pdf.getPage(n)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return texts;
}

async function pageSizes(pdf: PDFDocumentProxy): Promise<number[][]> {
  const sizes: number[][] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const [, , w, h] = (await pdf.getPage(n)).view as [number, number, number, number];
    sizes.push([Math.round(w), Math.round(h)]);
  }
  return sizes;
}

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

describe('the PDF progress report (real IndexedDB, real workers, parsed by pdf.js)', () => {
  let store: IdbJournalStore;
  let name: string;
  let gpsPhoto: Blob;

  async function addPhotos(area: ScalpArea, note: string, ...files: Blob[]) {
    const pool = new DecodePool();
    const results = await importPhotos(
      files.map((f, i) => asFile(f, `photo-${i}.jpg`)),
      { area, note, today: '2026-04-30' as IsoDate },
      store.photos,
      pool,
    );
    pool.close();
    expect(
      results.every((r) => r.ok),
      JSON.stringify(results),
    ).to.equal(true);
  }

  async function addCheckIn(date: string, day: number, checkIn: CheckIn, note = '') {
    const flags = assessSymptoms(checkIn, day);
    await store.saveCheckIn({ ...checkIn, date: date as IsoDate, note, flags, savedAt: new Date().toISOString() });
  }

  before(async () => {
    name = `test-report-${Date.now()}-${Math.random()}`;
    store = await IdbJournalStore.open(name);
    await store.savePlan({
      sessions: [
        { date: '2026-03-01', note: 'Studio North' },
        { date: '2026-03-29', final: true },
      ],
    });
    // Day 2: two photos, one shot sideways (orientation 6) and both with a GPS position.
    gpsPhoto = await withExif(await makeJpeg(1200, 800, '#335577'), {
      taken: '2026:03:02 09:15:00',
      orientation: 6,
      gps: true,
    });
    await addPhotos('crown', 'After the first wash', gpsPhoto);
    await addPhotos(
      'front-hairline',
      '',
      await withExif(await makeJpeg(900, 600), { taken: '2026:03:02 09:20:00', gps: true }),
    );
    // Day 6: one crown photo, and a back photo the report leaves out (area not chosen).
    await addPhotos('crown', '', await withExif(await makeJpeg(640, 480), { taken: '2026:03:06 08:00:00' }));
    await addPhotos('back', '', await withExif(await makeJpeg(640, 480), { taken: '2026:03:06 08:05:00' }));
    // Outside the range.
    await addPhotos('crown', '', await withExif(await makeJpeg(640, 480), { taken: '2026:04:20 08:00:00' }));
    await addCheckIn('2026-03-02', 2, { swelling: 'mild', pain: 'mild' }, 'A little tender');
    await addCheckIn('2026-03-04', 4, { swelling: 'moderate', temperatureC: 38.6, redness: 'spreading' });
    // Outside the range: day 32 of the final session, on long-term care.
    await addCheckIn('2026-04-29', 32, { swelling: 'none' });
    await store.saveAdherence({ date: '2026-03-02' as IsoDate, counts: { 'damp-cloth': 1, hydrate: 1 } });
    await store.saveAdherence({ date: '2026-03-06' as IsoDate, counts: { moisturise: 2 } });
  });

  after(async () => {
    closeReportPhotoPool();
    store.close();
    await deleteDB(name);
  });

  async function report(options: Partial<ReportOptions> = {}) {
    const file = await makeReport(store, { ...OPTIONS, ...options });
    const bytes = await bytesOf(file);
    const pdf = await getDocument({ data: bytes.slice() }).promise;
    return { file, bytes, pdf, text: await pagesText(pdf) };
  }

  it('is a PDF file named for its range, with the client, regimen, sessions and each day', async () => {
    const { file, pdf, text } = await report();
    expect(file.type).to.equal('application/pdf');
    expect(file.name).to.equal('smp-progress-2026-03-01-to-2026-03-10.pdf');
    const all = text.join('\n');
    expect(all).to.contain('Healing progress report');
    expect(all).to.contain('Client: Alex Morgan');
    expect(all).to.contain('Standard SMP aftercare');
    expect(all).to.contain('Sun 1 Mar 2026 (Studio North)').and.contain('Sun 29 Mar 2026 (final)');
    expect(all).to.contain('Crown, Front hairline');
    // Days with photos or a check-in, in order; day 3 and day 5 have neither.
    const headings = [...all.matchAll(/Day (\d+) · (\w{3} \d+ \w{3} 2026)/g)].map((m) => `${m[1]} ${m[2]}`);
    expect([...new Set(headings)]).to.deep.equal(['2 Mon 2 Mar 2026', '4 Wed 4 Mar 2026', '6 Fri 6 Mar 2026']);
    expect(pdf.numPages).to.equal(2);
    text.forEach((page, i) => expect(page, `footer of page ${i + 1}`).to.contain(`Page ${i + 1} of 2`));
  });

  it('names each day’s level as the card does, and carries the advice to ask the technician', async () => {
    const { text } = await report();
    const all = text.join('\n').replace(/\s+/g, ' ');
    expect(all).to.contain('Day 2 · Mon 2 Mar 2026 · Strict care').and.contain('Day 6 · Fri 6 Mar 2026 · Careful');
    expect(all).to.contain(ASK_YOUR_TECHNICIAN.text);
    expect(all, 'no long-term day, no word on it').not.to.contain('Long-term care');
    const later = (await report({ to: '2026-04-30' as IsoDate })).text.join('\n').replace(/\s+/g, ' ');
    expect(later).to.contain('Day 32 · Wed 29 Apr 2026 · Long-term care');
    expect(later).to.contain(
      'Days from day 31 are marked “Long-term care”: the aftercare that carries on, not a sign that the skin has healed.',
    );
    expect(later).not.to.match(/\bHealed\b|✓/);
  });

  it('shows each check-in and its flags with their level in words, and the ticked aftercare', async () => {
    const { text } = await report();
    const all = text.join('\n');
    expect(all).to.contain('Swelling: moderate').and.contain('Temperature: 38.6 °C');
    expect(all).to.contain('Redness: spreading beyond it');
    expect(all).to.contain('Note: A little tender');
    expect(all).to.match(/URGENT: /);
    const urgent = assessSymptoms({ swelling: 'moderate', temperatureC: 38.6, redness: 'spreading' }, 4).find(
      (f) => f.level === 'urgent',
    )!;
    expect(all.replace(/\s+/g, ' ')).to.contain(urgent.message.slice(0, 40));
    expect(all).to.contain('Clean with a damp cloth: done').and.contain('Cover your head in bed: not ticked');
    expect(all).to.contain('Moisturise up to 3 times a day: 2 of 3 times');
    expect(all).to.contain('After the first wash');
  });

  it('embeds the chosen photos as JPEGs without EXIF or GPS, rotated upright', async () => {
    const { bytes } = await report();
    // The checker itself sees EXIF and GPS in the original (so a leak would be caught).
    const original = await bytesOf(gpsPhoto);
    expect(hasExifSegment(original)).to.equal(true);
    expect((await exifr.gps(original))?.latitude).to.be.closeTo(51.5, 0.01);

    const jpegs = embeddedJpegs(bytes);
    expect(jpegs, 'crown ×2 and front hairline in range; back and April left out').to.have.length(3);
    for (const jpeg of jpegs) {
      expect(hasExifSegment(jpeg), 'an APP1 Exif segment').to.equal(false);
      expect(await exifr.gps(jpeg)).to.equal(undefined);
      const tags = await exifr.parse(jpeg, { tiff: true, exif: true, gps: true });
      expect(tags?.latitude ?? tags?.GPSLatitude ?? tags?.Make).to.equal(undefined);
    }
    const sizes = jpegs.map(jpegSize);
    // The orientation-6 photo (1200 × 800 on the sensor) stands upright; the others stay landscape.
    expect(sizes.filter((s) => s.width < s.height)).to.deep.equal([{ width: 800, height: 1200 }]);
    expect(sizes.filter((s) => s.width > s.height)).to.have.length(2);
  });

  it('is laid out on A4 or Letter pages as chosen', async () => {
    const a4 = await report({ pageSize: 'a4' });
    expect(new Set((await pageSizes(a4.pdf)).map(String))).to.deep.equal(new Set(['595,842']));
    const letter = await report({ pageSize: 'letter' });
    expect(new Set((await pageSizes(letter.pdf)).map(String))).to.deep.equal(new Set(['612,792']));
  });

  it('leaves out the client line when no name is given, and draws unsupported characters as "?"', async () => {
    const { text } = await report({ clientName: '' });
    expect(text.join('\n')).not.to.contain('Client:');
    const { text: other } = await report({ clientName: 'Zoë Łukasz 山田 😀' });
    const all = other.join('\n');
    expect(all).to.contain('Client: Zoë Lukasz ?? ?');
    expect(all).to.contain('appear as "?"');
  });

  it('refuses a bad range, no areas, or a range with nothing in it, with a sentence', async () => {
    const refusal = async (options: Partial<ReportOptions>) => {
      try {
        await makeReport(store, { ...OPTIONS, ...options });
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error('the report was made');
    };
    expect(await refusal({ from: '2026-03-10' as IsoDate, to: '2026-03-01' as IsoDate })).to.equal(
      'The first day (Tue 10 Mar 2026) is after the last day (Sun 1 Mar 2026): swap them or choose other dates.',
    );
    expect(await refusal({ from: '2026-02-30' as IsoDate })).to.equal(
      '2026-02-30 is not a date this app can use (2026-02 has no day 30): check the first day of the report.',
    );
    expect(await refusal({ areas: [] })).to.equal('Choose at least one scalp area.');
    expect(await refusal({ from: '2026-05-01' as IsoDate, to: '2026-05-31' as IsoDate })).to.equal(
      'There are no photos or check-ins from Fri 1 May 2026 to Sun 31 May 2026 for the chosen scalp areas: choose other dates or areas.',
    );
  });

  it('still makes the report when a stored photo cannot be decoded, and says so in its place', async () => {
    const other = await IdbJournalStore.open(`${name}-damaged`);
    try {
      await other.savePlan({ sessions: [{ date: '2026-03-01' }] });
      const thumbnail = await makeJpeg(48, 36);
      await other.photos.add({
        record: {
          id: 'damaged-photo-1',
          date: '2026-03-03' as IsoDate,
          takenAt: null,
          area: 'crown',
          note: '',
          type: 'image/jpeg',
          bytes: 10,
          width: 400,
          height: 300,
          orientation: 1,
          addedAt: new Date().toISOString(),
        },
        original: new Blob(['not a jpeg'], { type: 'image/jpeg' }),
        thumbnail,
      });
      const file = await makeReport(other, { ...OPTIONS, areas: ['crown'] });
      const bytes = await bytesOf(file);
      const pdf = await getDocument({ data: bytes.slice() }).promise;
      expect((await pagesText(pdf)).join('\n'))
        .to.contain('Day 3')
        .and.contain('This photo could not be read.');
      expect(embeddedJpegs(bytes)).to.have.length(0);
    } finally {
      other.close();
      await deleteDB(`${name}-damaged`);
    }
  });

  it('downscales a large photo to the long edge asked for, upright, without metadata', async () => {
    const tagged = await withExif(await makeJpeg(3000, 2000), { orientation: 6, gps: true });
    const { jpeg, width, height } = await downscaleForReport(tagged, 900);
    expect([width, height]).to.deep.equal([600, 900]);
    expect(jpegSize(jpeg)).to.deep.equal({ width: 600, height: 900 });
    expect(hasExifSegment(jpeg)).to.equal(false);
    // The left half of the sensor image was coloured: turned 90° clockwise it becomes the top.
    const bitmap = await createImageBitmap(new Blob([jpeg.slice()], { type: 'image/jpeg' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const [top] = context.getImageData(300, 100, 1, 1).data;
    const [bottom] = context.getImageData(300, 800, 1, 1).data;
    expect(top, 'coloured top').to.be.lessThan(200);
    expect(bottom, 'white bottom').to.be.greaterThan(240);
  });

  it('refuses a file that is not an image with a sentence', async () => {
    const error = await downscaleForReport(new Blob(['not a photo'], { type: 'image/jpeg' })).catch((e: Error) => e);
    expect((error as Error).message).to.equal('This photo could not be read; it may be damaged.');
  });
});
