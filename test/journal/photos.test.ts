import { expect } from 'chai';
import { deleteDB } from 'idb';
import { DecodePool } from '../../src/journal/photo-decode.ts';
import { importPhotos, sniffImageType, type ImportResult } from '../../src/journal/photo-import.ts';
import { IdbJournalStore } from '../../src/journal/store.ts';
import { localToday } from '../../src/calendar/local-date.ts';
import { describeDate, shiftDays, type IsoDate } from '../../src/rules/index.ts';
import { startResampleWorker } from '../../src/workers/resample.ts';
import { asFile, makeJpeg, withExif } from '../helpers/images.ts';

const today = '2026-03-10' as IsoDate;
const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

describe('importing photos (real IndexedDB, real decoding in workers)', () => {
  let store: IdbJournalStore;
  let pool: DecodePool;
  let name: string;

  beforeEach(async () => {
    name = `test-photos-${Date.now()}-${Math.random()}`;
    store = await IdbJournalStore.open(name);
    pool = new DecodePool();
  });
  afterEach(async () => {
    pool.close();
    store.close();
    await deleteDB(name);
  });

  const run = (files: File[], area: 'crown' | 'front-hairline' = 'crown') =>
    importPhotos(files, { area, note: ' first wash ', today }, store.photos, pool);

  it('stores the original bytes untouched, a small thumbnail apart, and metadata from EXIF', async () => {
    const jpeg = await withExif(await makeJpeg(1200, 800), { taken: '2026:03:02 09:15:00', orientation: 6 });
    const [result] = await run([asFile(jpeg, 'IMG_0001.jpg')]);
    expect(result!.ok, JSON.stringify(result)).to.equal(true);
    const record = (result as Extract<ImportResult, { ok: true }>).record;
    expect(record).to.deep.include({
      date: '2026-03-02',
      takenAt: '2026-03-02T09:15:00',
      area: 'crown',
      note: 'first wash',
      type: 'image/jpeg',
      orientation: 6,
    });
    // Orientation 6 turns a landscape sensor image upright: the displayed size is portrait.
    expect([record.width, record.height]).to.deep.equal([800, 1200]);
    expect(await bytesOf((await store.photos.original(record.id))!)).to.deep.equal(await bytesOf(jpeg));
    const thumbnail = (await store.photos.thumbnail(record.id))!;
    expect(thumbnail.type).to.equal('image/jpeg');
    const bitmap = await createImageBitmap(thumbnail);
    expect(Math.max(bitmap.width, bitmap.height)).to.equal(480);
    expect(bitmap.height).to.be.greaterThan(bitmap.width);
    expect((await store.photos.list()).map((p) => p.id)).to.deep.equal([record.id]);
  });

  it('keeps a GPS-tagged original as it is on the device, and its thumbnail carries no EXIF at all', async () => {
    const tagged = await withExif(await makeJpeg(640, 480), {
      taken: '2026:03:04 18:00:00',
      orientation: 3,
      gps: true,
    });
    const exifr = await import('exifr/dist/mini.esm.mjs');
    expect(await exifr.gps(tagged), 'the fixture has GPS').to.have.property('latitude');
    const [result] = await run([asFile(tagged, 'IMG_GPS.jpg')]);
    const id = (result as Extract<ImportResult, { ok: true }>).record.id;
    expect(await bytesOf((await store.photos.original(id))!)).to.deep.equal(await bytesOf(tagged));
    const thumbnail = (await store.photos.thumbnail(id))!;
    expect(await exifr.parse(thumbnail).catch(() => undefined), 'no EXIF in the thumbnail').to.equal(undefined);
  });

  it('dates a photo without EXIF (or from the future) today', async () => {
    const plain = asFile(await makeJpeg(300, 200), 'plain.jpg');
    const future = asFile(await withExif(await makeJpeg(300, 200), { taken: '2031:01:01 10:00:00' }), 'future.jpg');
    const results = await run([plain, future]);
    expect(results.map((r) => r.ok && r.record.date)).to.deep.equal([today, today]);
    expect(results.map((r) => r.ok && r.record.takenAt)).to.deep.equal([null, '2031-01-01T10:00:00']);
  });

  it('refuses bad files with a sentence each, stores nothing for them, and carries on with the rest', async () => {
    const good = asFile(await makeJpeg(400, 300), 'good.jpg');
    const empty = asFile(new Blob([]), 'empty.jpg', 'image/jpeg');
    const text = asFile(new Blob(['%PDF-1.7 not a photo']), 'scan.pdf', 'application/pdf');
    const corrupt = asFile(
      new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...Array.from({ length: 500 }, (_, i) => (i * 37) % 256)])]),
      'broken.jpg',
      'image/jpeg',
    );
    const heic = asFile(
      new Blob([new Uint8Array([0, 0, 0, 24, ...new TextEncoder().encode('ftypheic'), 0, 0, 0, 0])]),
      'IMG_1.heic',
      'image/heic',
    );
    const results = await run([good, empty, text, corrupt, heic]);
    expect(results.map((r) => r.ok)).to.deep.equal([true, false, false, false, false]);
    const errors = results.map((r) => (r.ok ? '' : r.error));
    expect(errors[1]).to.match(/“empty\.jpg” is empty/);
    expect(errors[2]).to.match(/“scan\.pdf” is not a photo/);
    expect(errors[3]).to.match(/“broken\.jpg” could not be opened: the file seems damaged/);
    // A HEIC by its bytes is decoded (libheif), and a bare ftyp box does not decode.
    expect(errors[4]).to.match(/“IMG_1\.heic” could not be opened: the file seems damaged/);
    expect(await store.photos.count()).to.equal(1);
  });

  it('refuses a photo whose decoder did not start with a sentence naming it, stores nothing for it, and carries on', async () => {
    let started = 0;
    const failingOnce = new DecodePool(1, {
      createWorker: () =>
        started++ === 0
          ? new Worker(new URL('./no-such.worker.js', import.meta.url), { type: 'module' })
          : startResampleWorker(),
    });
    try {
      const add = async (name: string) =>
        importPhotos(
          [asFile(await makeJpeg(300, 200), name)],
          { area: 'crown', note: '', today },
          store.photos,
          failingOnce,
        );
      const [failed] = await add('IMG_1234.jpg');
      expect(failed).to.deep.equal({
        name: 'IMG_1234.jpg',
        ok: false,
        error: '“IMG_1234.jpg” could not be read: the photo reader stopped working. Try again, or reload the page.',
      });
      const [next] = await add('next.jpg');
      expect(next?.ok, 'the next photo, in a fresh worker').to.equal(true);
      expect(await store.photos.count()).to.equal(1);
    } finally {
      failingOnce.close();
    }
  });

  it('refuses a 50-megapixel photo with its size named, before decoding it', async () => {
    // A PNG header claiming 8200 × 6200 pixels: refused from the header alone.
    const header = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0x20, 0x08, 0, 0, 0x18,
      0x38, 8, 2, 0, 0, 0, 0, 0, 0, 0,
    ]);
    const [result] = await run([asFile(new Blob([header]), 'huge.png', 'image/png')]);
    expect(result!.ok).to.equal(false);
    expect((result as { error: string }).error).to.match(/“huge\.png” is 51 megapixels \(8200 × 6200\)/);
    expect(await store.photos.count()).to.equal(0);
  });

  it('reads the pixel size from a real JPEG header', async () => {
    const { readHeaderSize } = await import('../../src/journal/photo-import.ts');
    const jpeg = await withExif(await makeJpeg(640, 360), { orientation: 1 });
    expect(readHeaderSize(await bytesOf(jpeg), 'image/jpeg')).to.deep.equal({ width: 640, height: 360 });
  });

  it('lists by area, finds the latest of an area, edits, and removes with everything returned for undo', async () => {
    const [a, b, c] = await Promise.all([
      withExif(await makeJpeg(200, 200), { taken: '2026:03:01 08:00:00' }),
      withExif(await makeJpeg(200, 200), { taken: '2026:03:05 08:00:00' }),
      withExif(await makeJpeg(200, 200), { taken: '2026:03:03 08:00:00' }),
    ]);
    await run([asFile(a, 'a.jpg'), asFile(b, 'b.jpg')], 'crown');
    await run([asFile(c, 'c.jpg')], 'front-hairline');
    expect((await store.photos.list()).map((p) => p.date)).to.deep.equal(['2026-03-01', '2026-03-03', '2026-03-05']);
    expect((await store.photos.listArea('crown')).map((p) => p.date)).to.deep.equal(['2026-03-01', '2026-03-05']);
    expect((await store.photos.latestOf('crown', '2026-03-04' as IsoDate))?.date).to.equal('2026-03-01');
    const front = (await store.photos.listArea('front-hairline'))[0]!;
    const edited = await store.photos.update(front.id, { area: 'crown', note: 'moved' });
    expect(edited).to.deep.include({ area: 'crown', note: 'moved' });
    const removed = await store.photos.remove(edited.id);
    expect(removed?.record.id).to.equal(edited.id);
    expect(await store.photos.original(edited.id)).to.equal(undefined);
    expect(await store.photos.thumbnail(edited.id)).to.equal(undefined);
    await store.photos.add(removed!);
    expect(await store.photos.count()).to.equal(3);
  });

  it('refuses an edit to an impossible date and keeps the photo as it was', async () => {
    const [result] = await run([asFile(await makeJpeg(100, 100), 'x.jpg')]);
    const id = (result as Extract<ImportResult, { ok: true }>).record.id;
    let error: unknown;
    try {
      await store.photos.update(id, { date: '2026-02-30' as IsoDate });
    } catch (e) {
      error = e;
    }
    expect(String(error)).to.match(
      /the date is “2026-02-30”, which is not a date this app can use: 2026-02 has no day 30/,
    );
    expect((await store.photos.list())[0]!.date).to.equal(today);
  });

  it('refuses to date a photo in the future, in 1899 or in 2101, naming the date, and keeps it as it was', async () => {
    const [result] = await run([asFile(await makeJpeg(100, 100), 'x.jpg')]);
    const stored = (result as Extract<ImportResult, { ok: true }>).record;
    const refusal = async (date: string) => {
      try {
        await store.photos.update(stored.id, { date: date as IsoDate });
      } catch (e) {
        return String((e as Error).message);
      }
      return 'saved';
    };
    const tomorrow = shiftDays(localToday(), 1);
    expect(await refusal(tomorrow)).to.equal(
      `A photo cannot be dated ${describeDate(tomorrow)}: that day is still to come.`,
    );
    expect(await refusal('1899-12-31')).to.match(
      /“1899-12-31”, which is not a date this app can use: the year must be between 1900 and 2100/,
    );
    expect(await refusal('2101-01-01')).to.match(
      /“2101-01-01”, which is not a date this app can use: the year must be between 1900 and 2100/,
    );
    expect(await store.photos.list()).to.deep.equal([stored]);
    // A new photo dated tomorrow is refused too, and nothing of it is stored.
    const again = await store.photos.remove(stored.id);
    let added = 'saved';
    await store.photos.add({ ...again!, record: { ...again!.record, date: tomorrow } }).catch((e: Error) => {
      added = e.message;
    });
    expect(added).to.equal(`A photo cannot be dated ${describeDate(tomorrow)}: that day is still to come.`);
    expect(await store.photos.count()).to.equal(0);
    expect(await store.photos.thumbnail(stored.id)).to.equal(undefined);
  });

  it('recognises image types by their bytes, not their names', () => {
    expect(sniffImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe1]))).to.equal('image/jpeg');
    expect(sniffImageType(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).to.equal('image/png');
    expect(sniffImageType(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 '))).to.equal('image/webp');
    expect(sniffImageType(new TextEncoder().encode('%PDF-1.7'))).to.equal(null);
  });
});
