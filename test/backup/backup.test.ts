import { expect } from 'chai';
import fc from 'fast-check';
import { deleteDB } from 'idb';
import {
  BlobReader,
  BlobWriter,
  TextWriter,
  Uint8ArrayReader,
  ZipReader,
  ZipWriter,
} from '@zip.js/zip.js/lib/zip-core-native.js';
import { BackupError, readBackup } from '../../src/backup/read.ts';
import { restoreBackup } from '../../src/backup/restore.ts';
import { makeBackup } from '../../src/backup/write.ts';
import type { CheckInRecord, PhotoRecord, ScalpArea } from '../../src/journal/records.ts';
import { readHeaderSize } from '../../src/journal/photo-import.ts';
import type { JournalSnapshot } from '../../src/journal/snapshot.ts';
import { DecodePool } from '../../src/journal/photo-decode.ts';
import { IdbJournalStore } from '../../src/journal/store.ts';
import { DEFAULT_REGIMEN, type IsoDate } from '../../src/rules/index.ts';
import { JARGON } from '../helpers/jargon.ts';
import { makeJpeg } from '../helpers/images.ts';

let counter = 0;
const names: string[] = [];
async function openFresh(): Promise<IdbJournalStore> {
  const name = `test-backup-${Date.now()}-${(counter += 1)}`;
  names.push(name);
  return IdbJournalStore.open(name);
}
const opened: IdbJournalStore[] = [];
async function fresh(): Promise<IdbJournalStore> {
  const store = await openFresh();
  opened.push(store);
  return store;
}

const AREAS: ScalpArea[] = ['front-hairline', 'crown', 'left', 'right', 'back', 'other'];
const dateOf = (offset: number) => new Date(Date.UTC(2026, 2, 1 + offset)).toISOString().slice(0, 10) as IsoDate;

function bytesFor(seed: number, length: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed * 2654435761 + 1;
  for (let i = 0; i < length; i += 1) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

function photo(i: number, extra: Partial<PhotoRecord> = {}): PhotoRecord {
  return {
    id: `photo-${String(i).padStart(4, '0')}-abcdef`,
    date: dateOf(i % 30),
    takenAt: i % 2 ? `2026-03-0${(i % 9) + 1}T09:15:00` : null,
    area: AREAS[i % AREAS.length]!,
    note: i % 3 ? `note ${i} — ünïcode ✓` : '',
    type: i % 4 === 3 ? 'image/png' : 'image/jpeg',
    bytes: 200 + i * 37,
    width: 4000,
    height: 3000,
    orientation: (i % 8) + 1,
    addedAt: new Date(Date.UTC(2026, 2, 1 + (i % 30), 10)).toISOString(),
    ...extra,
  };
}

/** A small real picture of the record's type, in a colour of its own (a restore decodes every photo). */
function pictureFor(record: PhotoRecord): Promise<Blob> {
  const colour = `#${bytesFor(record.bytes, 3).reduce((hex, b) => hex + b.toString(16).padStart(2, '0'), '')}`;
  return makeJpeg(8 + (record.bytes % 13), 6, colour, record.type);
}

/** Adds a photo with real picture bytes; its record's size is the picture's. */
async function addPhoto(store: IdbJournalStore, record: PhotoRecord): Promise<PhotoRecord> {
  const original = await pictureFor(record);
  const stored = { ...record, bytes: original.size };
  await store.photos.add({ record: stored, original, thumbnail: await makeJpeg(4, 3, '#335577') });
  return stored;
}

const checkIn = (offset: number, extra: Partial<CheckInRecord> = {}): CheckInRecord => ({
  date: dateOf(offset),
  swelling: 'mild',
  temperatureC: 36.8,
  note: `day ${offset}`,
  flags: offset % 2 ? [{ level: 'watch', code: 'swelling', message: 'Keep an eye on it.' }] : [],
  savedAt: new Date(Date.UTC(2026, 2, 1 + offset, 20)).toISOString(),
  ...extra,
});

interface Journal {
  photos: number;
  checkIns: number[];
  adherence: number[];
  ownRegimen: boolean;
}

async function seed(store: IdbJournalStore, journal: Journal): Promise<void> {
  await store.savePlan({
    sessions: [
      { date: '2026-03-01', note: 'First' },
      { date: '2026-03-15', final: true },
    ],
  });
  await store.saveSettings({ temperatureUnit: 'F', persistenceAsked: true });
  if (journal.ownRegimen) await store.saveRegimen({ ...DEFAULT_REGIMEN, id: 'clinic-x', name: 'Clinic X aftercare' });
  for (const offset of journal.checkIns) await store.saveCheckIn(checkIn(offset));
  for (const offset of journal.adherence)
    await store.saveAdherence({ date: dateOf(offset), counts: { moisturise: 2 } });
  for (let i = 0; i < journal.photos; i += 1) await addPhoto(store, photo(i));
}

async function bytesOf(blob: Blob | undefined): Promise<number[]> {
  return blob ? [...new Uint8Array(await blob.arrayBuffer())] : [];
}

/** The whole journal, images included, as comparable data. */
async function everything(store: IdbJournalStore) {
  const snapshot: JournalSnapshot = await store.snapshot();
  const images: Record<string, { original: number[]; thumbnail: number[]; type: string | undefined }> = {};
  for (const p of snapshot.photos) {
    const original = await store.photos.original(p.id);
    images[p.id] = {
      original: await bytesOf(original),
      thumbnail: await bytesOf(await store.photos.thumbnail(p.id)),
      type: original?.type,
    };
  }
  return { snapshot, images };
}

/** A ZIP of the given entries, made with zip.js (so tests can build broken backups). */
async function zipOf(entries: { name: string; data: Blob | string; level?: number }[]): Promise<File> {
  const writer = new ZipWriter(new BlobWriter('application/zip'));
  for (const entry of entries) {
    const data =
      typeof entry.data === 'string'
        ? new TextEncoder().encode(entry.data)
        : new Uint8Array(await entry.data.arrayBuffer());
    await writer.add(entry.name, new Uint8ArrayReader(data), { level: entry.level ?? 0 });
  }
  return new File([await writer.close()], 'broken-backup.zip', { type: 'application/zip' });
}

/** The entries of a real backup, to edit. */
async function entriesOf(file: Blob): Promise<{ name: string; data: Blob }[]> {
  const reader = new ZipReader(new BlobReader(file));
  const out: { name: string; data: Blob }[] = [];
  for (const entry of await reader.getEntries()) {
    if (!entry.directory) out.push({ name: entry.filename, data: await entry.getData(new BlobWriter()) });
  }
  await reader.close();
  return out;
}

async function manifestOf(file: Blob): Promise<Record<string, unknown>> {
  const reader = new ZipReader(new BlobReader(file));
  const entry = (await reader.getEntries()).find((e) => e.filename === 'manifest.json');
  const text = entry && !entry.directory ? await entry.getData(new TextWriter()) : '{}';
  await reader.close();
  return JSON.parse(text) as Record<string, unknown>;
}

describe('backup and restore (real IndexedDB, real ZIP files)', () => {
  afterEach(async () => {
    for (const store of opened.splice(0)) store.close();
    for (const name of names.splice(0)) await deleteDB(name);
  });

  it('writes one ZIP with a versioned manifest, the records and every photo stored as is', async () => {
    const source = await fresh();
    await seed(source, { photos: 3, checkIns: [1, 2], adherence: [1], ownRegimen: false });
    const file = await makeBackup(source, '2026-03-20');
    expect(file.name).to.equal('smp-aftercare-backup-2026-03-20.zip');
    expect(file.type).to.equal('application/zip');
    const manifest = await manifestOf(file);
    expect(manifest).to.include({ format: 'smp-aftercare-journal-backup', version: 1 });
    expect(manifest.counts).to.deep.equal({ photos: 3, checkIns: 2, adherence: 1 });
    const names = (await entriesOf(file)).map((e) => e.name).sort();
    expect(names).to.deep.equal(
      [
        'journal.json',
        'manifest.json',
        'photos/photo-0000-abcdef.jpg',
        'photos/photo-0001-abcdef.jpg',
        'photos/photo-0002-abcdef.jpg',
        'thumbnails/photo-0000-abcdef.jpg',
        'thumbnails/photo-0001-abcdef.jpg',
        'thumbnails/photo-0002-abcdef.jpg',
      ].sort(),
    );
  });

  it('round-trips generated journals into a fresh profile: every record and photo byte-identical', async function () {
    // A restore decodes every photo to prove it is one: twelve journals share one set of decoders,
    // and the limit allows for that work on a busy machine (it only stops a hung run).
    this.timeout(120_000);
    const pool = new DecodePool();
    const journals = fc.record({
      photos: fc.integer({ min: 0, max: 6 }),
      checkIns: fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 6 }),
      adherence: fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 4 }),
      ownRegimen: fc.boolean(),
    });
    try {
      await fc.assert(
        fc.asyncProperty(journals, async (journal) => {
          const source = await fresh();
          await seed(source, journal);
          const before = await everything(source);
          const restored = await readBackup(await makeBackup(source, '2026-03-20'), { pool });
          const target = await fresh();
          await target.merge(restored);
          expect(await everything(target)).to.deep.equal(before);
        }),
        { numRuns: 12 },
      );
    } finally {
      pool.close();
    }
  });

  it('restores a backup whose photos another tool deflated, byte-identical', async () => {
    // The app stores photos uncompressed and restores them as slices of the file; a ZIP re-packed
    // with compression takes the copying path.
    const source = await fresh();
    await seed(source, { photos: 3, checkIns: [1], adherence: [], ownRegimen: false });
    const before = await everything(source);
    const entries = await entriesOf(await makeBackup(source, '2026-03-20'));
    const deflated = await zipOf(entries.map((entry) => ({ ...entry, level: 6 })));
    const target = await fresh();
    await target.merge(await readBackup(deflated));
    expect(await everything(target)).to.deep.equal(before);
  });

  it('changes nothing when the same backup is restored twice', async () => {
    const source = await fresh();
    await seed(source, { photos: 4, checkIns: [1, 3], adherence: [2], ownRegimen: true });
    const file = await makeBackup(source, '2026-03-20');
    const target = await fresh();
    const first = await target.merge(await readBackup(file));
    expect(first).to.deep.equal({ photos: 4, checkIns: 2, adherence: 1, plan: true, settings: true, regimen: true });
    const after = await everything(target);
    const second = await target.merge(await readBackup(file));
    expect(second).to.deep.equal({
      photos: 0,
      checkIns: 0,
      adherence: 0,
      plan: false,
      settings: false,
      regimen: false,
    });
    expect(await everything(target)).to.deep.equal(after);
  });

  it('keeps newer entries of the journal it is restored onto, and adds what it lacks', async () => {
    const source = await fresh();
    await seed(source, { photos: 2, checkIns: [1, 2], adherence: [], ownRegimen: false });
    const file = await makeBackup(source, '2026-03-20');

    const target = await fresh();
    await target.savePlan({ sessions: [{ date: '2026-04-01' }] }); // saved now: newer than the backup's
    const newer = checkIn(1, { swelling: 'none', note: 'edited later', savedAt: '2026-05-01T08:00:00.000Z' });
    await target.saveCheckIn(newer);
    await addPhoto(target, photo(0, { note: 'renamed here' }));
    await addPhoto(target, photo(9));

    const summary = await target.merge(await readBackup(file));
    expect(summary).to.include({ photos: 1, checkIns: 1, plan: false });
    expect((await target.loadPlan()).sessions.map((s) => s.date)).to.deep.equal(['2026-04-01']);
    expect(await target.checkInOn(dateOf(1))).to.deep.equal(newer);
    expect((await target.checkInOn(dateOf(2)))?.note).to.equal('day 2');
    const photos = await target.photos.list();
    expect(photos.map((p) => p.id).sort()).to.deep.equal(
      ['photo-0000-abcdef', 'photo-0001-abcdef', 'photo-0009-abcdef'].sort(),
    );
    expect(photos.find((p) => p.id === 'photo-0000-abcdef')?.note).to.equal('renamed here');
  });

  describe('refuses a bad file with a sentence and leaves the journal as it was', () => {
    let target: IdbJournalStore;
    let good: File;
    let entries: { name: string; data: Blob }[];
    let before: Awaited<ReturnType<typeof everything>>;

    beforeEach(async () => {
      const source = await fresh();
      await seed(source, { photos: 2, checkIns: [1], adherence: [1], ownRegimen: false });
      good = await makeBackup(source, '2026-03-20');
      entries = await entriesOf(good);
      target = await fresh();
      await target.savePlan({ sessions: [{ date: '2026-02-01' }] });
      await target.saveCheckIn(checkIn(5, { note: 'mine' }));
      await addPhoto(target, photo(20));
      before = await everything(target);
    });

    /** Restores `file` as the Share screen does (photos written while the rest is read), expecting `sentence`. */
    async function refused(file: File, sentence: RegExp): Promise<void> {
      let error: unknown;
      try {
        await restoreBackup(file, target, { today: '2026-03-20' as IsoDate });
      } catch (e) {
        error = e;
      }
      expect(error, 'the restore should have been refused').to.be.instanceOf(BackupError);
      expect((error as Error).message).to.match(sentence);
      expect((error as Error).message).to.match(/Nothing was changed\.$/);
      expect((error as Error).message).not.to.match(JARGON);
      expect(await everything(target)).to.deep.equal(before);
    }

    const edit = (name: string, change: (json: Record<string, unknown>) => void) =>
      Promise.all(
        entries.map(async (e) => {
          if (e.name !== name) return e;
          const json = JSON.parse(await e.data.text()) as Record<string, unknown>;
          change(json);
          return { name, data: new Blob([JSON.stringify(json)]) };
        }),
      );

    it('an empty file', () => refused(new File([], 'x.zip'), /“x\.zip” cannot be restored: it is empty/));

    it('a file that is not a ZIP', () =>
      refused(new File(['%PDF-1.7 not a zip'], 'report.pdf'), /not a backup of this app \(not a ZIP file\)/));

    it('a damaged ZIP', async () => {
      const bytes = new Uint8Array(await good.arrayBuffer());
      await refused(new File([bytes.slice(0, bytes.length - 40)], 'cut.zip'), /not a readable ZIP file/);
    });

    it('a ZIP of something else', async () =>
      refused(
        await zipOf([{ name: 'holiday.jpg', data: 'x' }]),
        /not a backup of this app \(it has no manifest\.json\)/,
      ));

    it('a manifest of another kind', async () =>
      refused(
        await zipOf(await edit('manifest.json', (m) => (m.format = 'someone-else'))),
        /not a backup of this app \(its manifest is of another kind\)/,
      ));

    it('a backup from a newer version of the app', async () =>
      refused(
        await zipOf(await edit('manifest.json', (m) => (m.version = 2))),
        /made by a newer version of the app \(backup format 2; this app reads up to 1\)\. Update the app/,
      ));

    it('a version that is not a number', async () =>
      refused(await zipOf(await edit('manifest.json', (m) => (m.version = '1'))), /format version \("1"\) is not one/));

    it('damaged records', async () =>
      refused(
        await zipOf(
          await edit('journal.json', (j) => ((j.checkIns as Record<string, unknown>[])[0]!.date = '2026-02-30')),
        ),
        /in its records, the date of check-in 1 is “2026-02-30”, which is not a date this app can use: 2026-02 has no day 30\. Nothing/,
      ));

    it('a missing photo file', async () =>
      refused(
        await zipOf(entries.filter((e) => e.name !== 'photos/photo-0001-abcdef.jpg')),
        /the photo of 2026-03-02 is listed but its file photos\/photo-0001-abcdef\.jpg is missing/,
      ));

    it('an extra file', async () =>
      refused(
        await zipOf([...entries, { name: 'photos/stranger.jpg', data: new Blob(['x']) }]),
        /a file the records do not list: “photos\/stranger\.jpg”/,
      ));

    it('a backup whose own name and inner file name carry a right-to-left override: named without it', async () => {
      const zip = await zipOf([...entries, { name: 'photos/x\u202Egpj.exe', data: new Blob(['x']) }]);
      await refused(
        new File([zip], 'backup-\u202Epiz.exe', { type: 'application/zip' }),
        /^“backup-piz\.exe” cannot be restored: it holds a file the records do not list: “photos\/xgpj\.exe”\. Nothing/,
      );
      // The tag characters and the Arabic letter mark are removed from a name too.
      await refused(
        new File([await zipOf([...entries, { name: 'photos/\u{E0041}\u061Cy.jpg', data: new Blob(['x']) }])], 'b.zip'),
        /^“b\.zip” cannot be restored: it holds a file the records do not list: “photos\/y\.jpg”\. Nothing/,
      );
    });

    it('a path trick in an entry name', async () => {
      await refused(
        await zipOf([...entries, { name: '../outside.txt', data: new Blob(['x']) }]),
        /a file named “\.\.\/outside\.txt”, which points outside the backup/,
      );
      await refused(
        await zipOf([...entries, { name: 'photos/..\\..\\evil.jpg', data: new Blob(['x']) }]),
        /points outside the backup/,
      );
    });

    it('a photo whose size differs from its record', async () =>
      refused(
        await zipOf(
          entries.map((e) =>
            e.name === 'photos/photo-0000-abcdef.jpg' ? { name: e.name, data: new Blob([e.data, 'extra']) } : e,
          ),
        ),
        /photos\/photo-0000-abcdef\.jpg is not the size its record says/,
      ));

    it('a photo whose bytes were changed (checksum)', async () => {
      const bytes = new Uint8Array(await good.arrayBuffer());
      const original = new Uint8Array(await entries.find((e) => e.name.startsWith('photos/'))!.data.arrayBuffer());
      // Find the stored photo's bytes in the ZIP and flip one: the CRC no longer matches.
      const at = indexOf(bytes, original.subarray(0, 64));
      expect(at).to.be.greaterThan(0);
      bytes[at + 10] = (bytes[at + 10] ?? 0) ^ 0xff;
      await refused(new File([bytes], 'flipped.zip'), /is damaged \(its contents do not match its checksum or size\)/);
    });

    it('a ZIP bomb (an entry that would unpack far beyond its packed size)', async function () {
      // Deflating the 40 MB fixture takes seconds of CPU on a busy machine: time to make it, not to refuse it.
      this.timeout(60_000);
      const zeros = new Blob([new Uint8Array(40 * 1024 * 1024)]);
      await refused(
        await zipOf([
          ...entries.filter((e) => e.name !== 'journal.json'),
          { name: 'journal.json', data: zeros, level: 9 },
        ]),
        /“journal\.json” inside it would unpack to 42 MB from .* \(a ZIP bomb\)/,
      );
    });

    it('the same photo listed twice', async () =>
      refused(
        await zipOf(
          await edit('journal.json', (j) => {
            const photos = j.photos as unknown[];
            photos.push(photos[0]);
          }),
        ),
        /in its records, it holds the photo “photo-0000-abcdef” twice\. Nothing/,
      ));

    /** The entries with one photo's original replaced by `data`, its record's size following. */
    const withPhoto = async (data: Blob, name = 'photos/photo-0000-abcdef.jpg') => {
      const records = await edit('journal.json', (j) => {
        const photos = j.photos as { id: string; bytes: number }[];
        photos.find((p) => name.includes(p.id))!.bytes = data.size;
      });
      return zipOf(records.map((e) => (e.name === name ? { name, data } : e)));
    };

    it('a photo that is text saved under a picture’s name', async () =>
      refused(
        await withPhoto(new Blob(['this is not a photo, only 49 bytes of plain text'])),
        /the photo file photos\/photo-0000-abcdef\.jpg is not a picture \(its contents are not an image\)\. Nothing/,
      ));

    it('a photo whose bytes are another kind of picture than its record says', async () =>
      refused(
        await withPhoto(await makeJpeg(8, 6, '#884422', 'image/png')),
        /the photo file photos\/photo-0000-abcdef\.jpg is not the kind of picture its record says \(image\/jpeg\)/,
      ));

    it('a photo that starts like a JPEG but does not open', async () => {
      const jpeg = new Uint8Array(await (await makeJpeg(64, 48)).arrayBuffer());
      const cut = new Blob([jpeg.slice(0, 30), new Uint8Array(400).fill(7)]);
      await refused(
        await withPhoto(cut),
        /the photo file photos\/photo-0000-abcdef\.jpg is damaged \(it does not open as a picture\)/,
      );
    });

    it('a JPEG whose header is whole but whose picture is cut off (checked at an eighth of its size)', async () => {
      const jpeg = await makeJpeg(640, 480);
      const head = new Uint8Array(await jpeg.slice(0, 1024).arrayBuffer());
      // The header gives the size, so the check takes the scaled decode where there is one.
      expect(readHeaderSize(head, 'image/jpeg')).to.deep.equal({ width: 640, height: 480 });
      await refused(
        await withPhoto(jpeg.slice(0, Math.floor(jpeg.size / 2))),
        /the photo file photos\/photo-0000-abcdef\.jpg is damaged \(it does not open as a picture\)/,
      );
    });

    it('a thumbnail that is not a picture', async () =>
      refused(
        await zipOf(
          entries.map((e) =>
            e.name === 'thumbnails/photo-0001-abcdef.jpg' ? { name: e.name, data: new Blob(['<svg/>']) } : e,
          ),
        ),
        /the thumbnail thumbnails\/photo-0001-abcdef\.jpg is not a picture/,
      ));

    it('a thumbnail that starts like a JPEG but does not open', async () => {
      const fake = new Uint8Array(2000).fill(0x41);
      fake.set([0xff, 0xd8, 0xff, 0xe0]);
      await refused(
        await zipOf(
          entries.map((e) =>
            e.name === 'thumbnails/photo-0001-abcdef.jpg' ? { name: e.name, data: new Blob([fake]) } : e,
          ),
        ),
        /the thumbnail thumbnails\/photo-0001-abcdef\.jpg is not a picture/,
      );
    });

    it('a photo that does not open after another was already written: that one is removed again', async () => {
      const jpeg = await makeJpeg(640, 480);
      const cut = jpeg.slice(0, Math.floor(jpeg.size / 2));
      const file = await withPhoto(cut, 'photos/photo-0001-abcdef.jpg');
      // The cut photo's check answers only once the first photo is in the journal (real decodes, held in order).
      let firstWritten!: () => void;
      const written = new Promise<void>((resolve) => (firstWritten = resolve));
      class InOrder extends DecodePool {
        override async check(...args: Parameters<DecodePool['check']>) {
          const result = await super.check(...args);
          if (args[0].size === cut.size) await written;
          return result;
        }
      }
      const pool = new InOrder();
      const stored: number[] = [];
      let error: unknown;
      try {
        await restoreBackup(file, target, {
          today: '2026-03-20' as IsoDate,
          pool,
          onProgress: (done) => {
            stored.push(done);
            if (done === 1) firstWritten();
          },
        });
      } catch (e) {
        error = e;
      } finally {
        pool.close();
      }
      expect(stored, 'the first photo was in the journal before the second was refused').to.include(1);
      expect((error as Error).message).to.match(
        /the photo file photos\/photo-0001-abcdef\.jpg is damaged \(it does not open as a picture\)\. Nothing was changed\.$/,
      );
      expect(await everything(target)).to.deep.equal(before);
    });

    const records = (change: (j: Record<string, unknown>) => void) => edit('journal.json', change);
    const firstCheckIn = (j: Record<string, unknown>) => (j.checkIns as Record<string, unknown>[])[0]!;
    const firstPhoto = (j: Record<string, unknown>) => (j.photos as Record<string, unknown>[])[0]!;
    const wrongRecords: [string, (j: Record<string, unknown>) => void, RegExp][] = [
      [
        'a session in year 0',
        (j) => ((j.plan as { sessions: { date: string }[] }).sessions[0]!.date = '0000-01-01'),
        /the date of session 1 of the treatment plan is “0000-01-01”, which is not a date this app can use: the year must be between 1900 and 2100/,
      ],
      [
        'a session in year 9999',
        (j) => ((j.plan as { sessions: { date: string }[] }).sessions[1]!.date = '9999-12-31'),
        /the date of session 2 of the treatment plan is “9999-12-31”, which is not a date this app can use: the year must be between 1900 and 2100/,
      ],
      [
        'a check-in in year 0',
        (j) => (firstCheckIn(j).date = '0000-01-01'),
        /the date of check-in 1 is “0000-01-01”, which is not a date this app can use: the year must be between 1900 and 2100/,
      ],
      [
        'a check-in in the future',
        (j) => (firstCheckIn(j).date = '2026-03-25'),
        /it holds a check-in dated Wed 25 Mar 2026, which is still in the future/,
      ],
      [
        'a photo in the future',
        (j) => (firstPhoto(j).date = '2027-01-01'),
        /it holds a photo dated Fri 1 Jan 2027, which is still in the future/,
      ],
      [
        'a swelling this app does not know',
        (j) => (firstCheckIn(j).swelling = 'enormous'),
        /the swelling of the check-in of 2 March 2026 is “enormous”, not one of none, mild, moderate or severe/,
      ],
      [
        'a field this app does not know',
        (j) => (firstCheckIn(j).pad = 'x'),
        /the check-in of 2 March 2026 holds “pad”, which this app does not know/,
      ],
      ['a missing part', (j) => delete j.plan, /in its records, the treatment plan is missing/],
      [
        'a check-in note that would show reversed',
        (j) => (firstCheckIn(j).note = 'fine \u202Eenif ton'),
        /the note of the check-in of 2 March 2026 holds hidden or direction-changing characters/,
      ],
      [
        'a photo note with a zero-width space',
        (j) => (firstPhoto(j).note = 'crown\u200B'),
        /the note of the photo of 1 March 2026 holds hidden or direction-changing characters/,
      ],
      [
        'a flag’s advice with a control character',
        (j) => (firstCheckIn(j).flags = [{ level: 'watch', code: 'x', message: 'Call \u0007now' }]),
        /the advice of flag 1 of the check-in of 2 March 2026 holds hidden or direction-changing characters/,
      ],
      [
        'a session note with an isolate',
        (j) => ((j.plan as { sessions: { note?: string }[] }).sessions[0]!.note = 'Studio \u2067x\u2069'),
        /the note of the session of 1 March 2026 of the treatment plan holds hidden or direction-changing characters/,
      ],
      [
        'a check-in note with an Arabic letter mark',
        (j) => (firstCheckIn(j).note = 'fine \u061C'),
        /the note of the check-in of 2 March 2026 holds hidden or direction-changing characters/,
      ],
      [
        'a check-in note with a line separator',
        (j) => (firstCheckIn(j).note = 'fine\u2028then'),
        /the note of the check-in of 2 March 2026 holds hidden or direction-changing characters/,
      ],
      [
        'a photo note with a paragraph separator',
        (j) => (firstPhoto(j).note = 'crown\u2029'),
        /the note of the photo of 1 March 2026 holds hidden or direction-changing characters/,
      ],
      [
        'a photo note hiding text in tag characters',
        (j) => (firstPhoto(j).note = 'crown\u{E0069}\u{E0067}\u{E006E}'),
        /the note of the photo of 1 March 2026 holds hidden or direction-changing characters/,
      ],
      [
        'a regimen name with an override',
        (j) => (j.regimen = { ...DEFAULT_REGIMEN, id: 'studio-x', name: 'Studio \u202Ex' }),
        /the name of the regimen holds hidden or direction-changing characters/,
      ],
      [
        'a photo id that is a path',
        (j) => (firstPhoto(j).id = '../../etc/passwd'),
        /the id of the photo of 1 March 2026 must be 8 to 64 letters, digits or dashes/,
      ],
    ];
    for (const [name, change, sentence] of wrongRecords) {
      it(`records with ${name}`, async () => refused(await zipOf(await records(change)), sentence));
    }
  });
});

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i <= haystack.length - needle.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
