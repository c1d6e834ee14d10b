// HEIC photos (iPhones' format) through the real import, backup, restore and report paths, with
// real HEIC files made by Debian's heif-enc (test/fixtures/README.md says how) decoded by libheif in
// the real resample worker. The fixtures are 320 × 240 as stored: blue, with the top-left quarter
// red and the bottom-right quarter green, so a turn shows where the red lands.
import { expect } from 'chai';
import { deleteDB } from 'idb';
import { readBackup } from '../../src/backup/read.ts';
import { makeBackup } from '../../src/backup/write.ts';
import { downscaleForReport } from '../../src/export/report-photos.ts';
import { DecodePool } from '../../src/journal/photo-decode.ts';
import { importPhotos, sniffImageType, type ImportResult } from '../../src/journal/photo-import.ts';
import type { PhotoRecord } from '../../src/journal/records.ts';
import { IdbJournalStore } from '../../src/journal/store.ts';
import type { IsoDate } from '../../src/rules/index.ts';
import { JARGON } from '../helpers/jargon.ts';

const today = '2026-03-10' as IsoDate;
/** A fixture as a chosen file; `type` is what the system calls it (Linux and Windows often say nothing). */
const fixture = async (name: string, type = 'image/heic'): Promise<File> => {
  const response = await fetch(new URL(`../fixtures/${name}`, import.meta.url));
  return new File([await response.blob()], name, { type });
};
const bytesOf = async (blob: Blob | undefined) => [
  ...new Uint8Array(blob ? await blob.arrayBuffer() : new ArrayBuffer(0)),
];

/** Which colour a picture has at (x, y), as a word (the fixtures' colours survive HEVC and JPEG). */
async function colourAt(picture: Blob, x: number, y: number): Promise<'red' | 'green' | 'blue' | string> {
  const bitmap = await createImageBitmap(picture);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  const [r, g, b] = context.getImageData(x, y, 1, 1).data as unknown as [number, number, number];
  if (r > 170 && g < 100 && b < 100) return 'red';
  if (g > 150 && r < 100 && b < 120) return 'green';
  if (b > 150 && r < 100) return 'blue';
  return `rgb(${r}, ${g}, ${b})`;
}

async function sizeOf(picture: Blob): Promise<[number, number]> {
  const bitmap = await createImageBitmap(picture);
  return [bitmap.width, bitmap.height];
}

describe('HEIC photos (real files from heif-enc, libheif in the real worker, real IndexedDB)', function () {
  // The first HEIC in a worker compiles libheif's wasm (2 MB): allow for that on a busy machine.
  this.timeout(60_000);
  let store: IdbJournalStore;
  let pool: DecodePool;
  const names: string[] = [];
  const open = async () => {
    const name = `test-heic-${Date.now()}-${Math.random()}`;
    names.push(name);
    return IdbJournalStore.open(name);
  };

  beforeEach(async () => {
    store = await open();
    pool = new DecodePool();
  });
  afterEach(async () => {
    pool.close();
    store.close();
    for (const name of names.splice(0)) await deleteDB(name);
  });

  const importOne = async (file: File, into = store): Promise<ImportResult> => {
    const [result] = await importPhotos([file], { area: 'crown', note: '', today }, into.photos, pool);
    return result!;
  };
  const recordOf = (result: ImportResult): PhotoRecord => {
    expect(result.ok, JSON.stringify(result)).to.equal(true);
    return (result as Extract<ImportResult, { ok: true }>).record;
  };

  it('knows HEIC and HEIF by their ftyp brands, and an AVIF under mif1 as AVIF', () => {
    const ftyp = (...brands: string[]) => {
      const [major, ...compatible] = brands;
      const body = new TextEncoder().encode(`ftyp${major}\0\0\0\0${compatible.join('')}`);
      const size = 4 + body.length;
      return new Uint8Array([0, 0, 0, size, ...body]);
    };
    for (const brand of ['heic', 'heix', 'hevc', 'heim', 'heis'])
      expect(sniffImageType(ftyp(brand)), brand).to.equal('image/heic');
    expect(sniffImageType(ftyp('mif1', 'heic'))).to.equal('image/heic');
    expect(sniffImageType(ftyp('mif1', 'miaf'))).to.equal('image/heif');
    expect(sniffImageType(ftyp('msf1'))).to.equal('image/heif');
    expect(sniffImageType(ftyp('mif1', 'avif', 'miaf'))).to.equal('image/avif');
    expect(sniffImageType(ftyp('avif', 'mif1'))).to.equal('image/avif');
    expect(sniffImageType(ftyp('isom', 'mp41')), 'an MP4 video').to.equal(null);
  });

  it('imports a HEIC: the original byte for byte as image/heic, a JPEG thumbnail decoded from it', async () => {
    const file = await fixture('photo.heic', '');
    const record = recordOf(await importOne(file));
    expect(record).to.deep.include({ type: 'image/heic', bytes: file.size, width: 320, height: 240, orientation: 1 });
    const original = await store.photos.original(record.id);
    expect(original?.type).to.equal('image/heic');
    expect(await bytesOf(original)).to.deep.equal(await bytesOf(file));
    const thumbnail = (await store.photos.thumbnail(record.id))!;
    expect(thumbnail.type).to.equal('image/jpeg');
    expect(sniffImageType(new Uint8Array(await thumbnail.slice(0, 16).arrayBuffer()))).to.equal('image/jpeg');
    // Smaller than the 480 px edge: never enlarged.
    expect(await sizeOf(thumbnail)).to.deep.equal([320, 240]);
    expect(await colourAt(thumbnail, 40, 30)).to.equal('red');
    expect(await colourAt(thumbnail, 280, 210)).to.equal('green');
    // What the diary shows for it is the decoded copy, not the HEIC (only Safari shows HEIC in an <img>).
    expect(await bytesOf(await store.photos.viewable(record))).to.deep.equal(await bytesOf(thumbnail));
  });

  it('turns a HEIC by its irot box (libheif), and does not turn it again by its EXIF orientation', async () => {
    // Stored landscape with irot 270° anticlockwise (90° clockwise) and EXIF orientation 6 saying the
    // same turn, as iPhones write them: upright it is portrait with the red quarter top right.
    const turned = recordOf(await importOne(await fixture('photo-irot.heic')));
    expect([turned.width, turned.height, turned.orientation]).to.deep.equal([240, 320, 1]);
    const thumbnail = (await store.photos.thumbnail(turned.id))!;
    expect(await sizeOf(thumbnail)).to.deep.equal([240, 320]);
    expect(await colourAt(thumbnail, 200, 40), 'top right').to.equal('red');
    expect(await colourAt(thumbnail, 40, 280), 'bottom left').to.equal('green');
    // EXIF orientation 6 without an irot box: HEIF readers ignore it (the standard says it is
    // informative), and so does the app; its EXIF date is read (exifr's lite build).
    const exifOnly = recordOf(await importOne(await fixture('photo-exif6.heic')));
    expect(exifOnly).to.deep.include({ width: 320, height: 240, orientation: 1, date: '2026-03-02' });
    expect(exifOnly.takenAt).to.equal('2026-03-02T09:15:00');
    expect(await colourAt((await store.photos.thumbnail(exifOnly.id))!, 40, 30)).to.equal('red');
  });

  it('refuses a file named .heic that is not a HEIC, or a damaged one, with a sentence, and stores nothing', async () => {
    const text = new File(['these are not the photos you are looking for'], 'IMG_0042.HEIC', { type: 'image/heic' });
    const real = new Uint8Array(await (await fixture('photo.heic')).arrayBuffer());
    // A real HEIC's boxes cut off after its header: HEIC by its bytes, but it does not decode.
    const cut = new File([real.slice(0, 200)], 'IMG_0043.heic', { type: 'image/heic' });
    const results = await importPhotos([text, cut], { area: 'crown', note: '', today }, store.photos, pool);
    expect(results).to.deep.equal([
      {
        name: 'IMG_0042.HEIC',
        ok: false,
        error: '“IMG_0042.HEIC” is not a photo this app can open: choose a JPEG, PNG, WebP or HEIC image.',
      },
      {
        name: 'IMG_0043.heic',
        ok: false,
        error: '“IMG_0043.heic” could not be opened: the file seems damaged, so nothing was added.',
      },
    ]);
    for (const r of results) expect(r.ok ? '' : r.error).not.to.match(JARGON);
    expect(await store.photos.count()).to.equal(0);
    // A restore's check of the same cut HEIC (src/backup/read.ts photoProblem) finds it damaged too.
    expect(await pool.check(cut, null)).to.deep.equal({ ok: false, reason: 'damaged' });
  });

  it('backs up a HEIC as .heic and restores it byte for byte (the restore decodes it to check it)', async () => {
    const file = await fixture('photo-irot.heic');
    const record = recordOf(await importOne(file));
    const backup = await makeBackup(store, '2026-03-20');
    const restored = await readBackup(backup, { today: '2026-03-20' as IsoDate, pool });
    const target = await open();
    try {
      await target.merge(restored);
      const [back] = await target.photos.list();
      expect(back).to.deep.equal(record);
      const original = await target.photos.original(record.id);
      expect(original?.type).to.equal('image/heic');
      expect(await bytesOf(original)).to.deep.equal(await bytesOf(file));
      expect(await bytesOf(await target.photos.thumbnail(record.id))).to.deep.equal(
        await bytesOf(await store.photos.thumbnail(record.id)),
      );
    } finally {
      target.close();
    }
  });

  it('makes the report copy of a HEIC from its decoded picture: an upright JPEG', async () => {
    const report = await downscaleForReport(await fixture('photo-irot.heic'));
    expect([report.width, report.height]).to.deep.equal([240, 320]);
    const jpeg = new Blob([new Uint8Array(report.jpeg)], { type: 'image/jpeg' });
    expect(sniffImageType(report.jpeg.slice(0, 16))).to.equal('image/jpeg');
    expect(await colourAt(jpeg, 200, 40)).to.equal('red');
  });
});
