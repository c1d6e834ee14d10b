import { expect } from 'chai';
import { deleteDB } from 'idb';
import { readBackup } from '../../src/backup/read.ts';
import { makeBackup } from '../../src/backup/write.ts';
import { PROBE_DB_NAME, blobsStorable } from '../../src/journal/blob-probe.ts';
import type { ImageStorage } from '../../src/journal/image-storage.ts';
import type { PhotoRecord } from '../../src/journal/records.ts';
import { IdbJournalStore } from '../../src/journal/store.ts';
import type { IsoDate } from '../../src/rules/index.ts';
import { makeJpeg } from '../helpers/images.ts';

// Chromium's IndexedDB keeps Blobs; the Blob-less path (WebKit's private browsing) is forced here
// with the store's `images: 'bytes'`, the switch the app's e2e tests reach through localStorage.

const names: string[] = [];
const opened: IdbJournalStore[] = [];
async function open(images: ImageStorage, name = `test-images-${Date.now()}-${Math.random()}`) {
  if (!names.includes(name)) names.push(name);
  const store = await IdbJournalStore.open(name, {}, { images });
  opened.push(store);
  return { store, name };
}

/** The value kept under `key` in `storeName`, read with plain IndexedDB (not through the app). */
async function raw(dbName: string, storeName: string, key: string): Promise<unknown> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(dbName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    return await new Promise((resolve, reject) => {
      const request = db.transaction(storeName).objectStore(storeName).get(key);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

/** "blob", or "bytes" for `{ bytes: ArrayBuffer, type }`, or what else it is. */
function kindOf(value: unknown): string {
  if (value instanceof Blob) return 'blob';
  const bytes = (value as { bytes?: unknown } | undefined)?.bytes;
  return bytes instanceof ArrayBuffer ? 'bytes' : typeof value;
}

const bytesOf = async (blob: Blob | undefined) => (blob ? [...new Uint8Array(await blob.arrayBuffer())] : null);

// Real pictures (a restore decodes each photo), each followed by a pattern of its own: browsers
// ignore bytes after an image's end, and the pattern makes every photo's bytes differ.
const JPEG = new Uint8Array(await (await makeJpeg(8, 6)).arrayBuffer());
const PNG = new Uint8Array(await (await makeJpeg(8, 6, '#225588', 'image/png')).arrayBuffer());

function pattern(seed: number, length: number, head = JPEG): Uint8Array {
  const bytes = Uint8Array.from({ length: head.length + length }, (_, i) => (i * 31 + seed * 7) % 256);
  bytes.set(head);
  return bytes;
}

function photo(i: number): { record: PhotoRecord; original: File; thumbnail: Blob } {
  const type = i % 2 ? 'image/png' : 'image/jpeg';
  const bytes = pattern(i, 3000 + i * 101, i % 2 ? PNG : JPEG);
  return {
    record: {
      id: `photo-${i}-0123456789`,
      date: `2026-03-0${i + 1}` as IsoDate,
      takenAt: null,
      area: 'crown',
      note: `photo ${i}`,
      type,
      bytes: bytes.length,
      width: 4000,
      height: 3000,
      orientation: 1,
      addedAt: `2026-03-0${i + 1}T10:00:00.000Z`,
    },
    original: new File([bytes as BlobPart], `IMG_${i}.${i % 2 ? 'png' : 'jpg'}`, { type }),
    thumbnail: new Blob([pattern(i + 50, 400) as BlobPart], { type: 'image/jpeg' }),
  };
}

/** Every photo of a journal, read through the app: record, original and thumbnail bytes and types. */
async function photosOf(store: IdbJournalStore) {
  const out = [];
  for (const record of await store.photos.list()) {
    const [original, thumbnail] = [await store.photos.original(record.id), await store.photos.thumbnail(record.id)];
    out.push({ record, original: await bytesOf(original), type: original?.type, thumbnail: await bytesOf(thumbnail) });
  }
  return out;
}

describe('photos where IndexedDB keeps no Blobs (real IndexedDB)', () => {
  afterEach(async () => {
    for (const store of opened.splice(0)) store.close();
    for (const name of names.splice(0)) await deleteDB(name);
  });

  it('finds once per page that this browser keeps Blobs, with a real write, and leaves nothing behind', async () => {
    const first = blobsStorable();
    expect(blobsStorable(), 'asked once per page').to.equal(first);
    expect(await first).to.equal('blob');
    const left = await new Promise<number>((resolve) => {
      const request = indexedDB.open(PROBE_DB_NAME);
      request.onsuccess = () => {
        const count = request.result.transaction('probe').objectStore('probe').count();
        count.onsuccess = () => (request.result.close(), resolve(count.result));
      };
    });
    expect(left, 'the scratch record is removed').to.equal(0);
  });

  it('keeps each original as its bytes and type where Blobs are refused, and reads it back as the same Blob', async () => {
    const { store, name } = await open('bytes');
    const { record, original, thumbnail } = photo(1);
    await store.photos.add({ record, original, thumbnail });
    expect(kindOf(await raw(name, 'originals', record.id))).to.equal('bytes');
    expect(kindOf(await raw(name, 'thumbnails', record.id))).to.equal('bytes');
    const back = await store.photos.original(record.id);
    expect(back).to.be.instanceOf(Blob);
    expect(back?.type).to.equal('image/png');
    expect(await bytesOf(back)).to.deep.equal(await bytesOf(original));
    expect(await bytesOf(await store.photos.thumbnail(record.id))).to.deep.equal(await bytesOf(thumbnail));
  });

  it('keeps originals as Blobs where it can, and thumbnails as bytes, so a transaction carries one Blob at most', async () => {
    const { store, name } = await open('auto');
    const { record, original, thumbnail } = photo(0);
    await store.photos.add({ record, original, thumbnail });
    expect(kindOf(await raw(name, 'originals', record.id))).to.equal('blob');
    expect(kindOf(await raw(name, 'thumbnails', record.id))).to.equal('bytes');
    expect(await bytesOf(await store.photos.thumbnail(record.id))).to.deep.equal(await bytesOf(thumbnail));
  });

  it('reads a journal holding both kinds whole, deletes and undoes either kind', async () => {
    const name = `test-images-mixed-${Date.now()}`;
    const asBlobs = (await open('blob', name)).store;
    await asBlobs.photos.add(photo(0));
    asBlobs.close();
    const mixed = (await open('bytes', name)).store;
    await mixed.photos.add(photo(1));
    expect([
      kindOf(await raw(name, 'originals', photo(0).record.id)),
      kindOf(await raw(name, 'originals', photo(1).record.id)),
    ]).to.deep.equal(['blob', 'bytes']);
    const expected = [];
    for (const i of [0, 1]) {
      const { record, original, thumbnail } = photo(i);
      expected.push({
        record,
        original: await bytesOf(original),
        type: original.type,
        thumbnail: await bytesOf(thumbnail),
      });
    }
    expect(await photosOf(mixed)).to.deep.equal(expected);
    for (const id of [photo(0).record.id, photo(1).record.id]) {
      const removed = await mixed.photos.remove(id);
      expect(removed?.original, 'all of it comes back for "Undo"').to.be.instanceOf(Blob);
      await mixed.photos.add(removed!);
    }
    expect(await photosOf(mixed)).to.deep.equal(expected);
  });

  it('round-trips a backup byte for byte through a Blob-less journal, and backs up the same file either way', async () => {
    const source = (await open('blob')).store;
    await source.savePlan({ sessions: [{ date: '2026-03-01' }] });
    await source.saveCheckIn({
      date: '2026-03-02' as IsoDate,
      swelling: 'mild',
      temperatureC: 36.9,
      note: 'first wash',
      flags: [],
      savedAt: '2026-03-02T20:00:00.000Z',
    });
    for (const i of [0, 1, 2]) await source.photos.add(photo(i));
    const backup = await makeBackup(source, '2026-03-10');

    // The same backup restored into a journal of each kind…
    const { store: asBytes, name: bytesName } = await open('bytes');
    const { store: asBlobs } = await open('blob');
    for (const target of [asBytes, asBlobs]) await target.merge(await readBackup(backup));
    for (const i of [0, 1, 2]) expect(kindOf(await raw(bytesName, 'originals', photo(i).record.id))).to.equal('bytes');
    // …holds every photo byte for byte, and every record…
    expect(await photosOf(asBytes)).to.deep.equal(await photosOf(source));
    expect(await asBytes.snapshot()).to.deep.equal(await source.snapshot());
    // …and each backs up into the very same file.
    const now = new Date('2026-03-11T09:00:00Z');
    const [fromBytes, fromBlobs] = [
      await makeBackup(asBytes, '2026-03-11', now),
      await makeBackup(asBlobs, '2026-03-11', now),
    ];
    expect(await bytesOf(fromBytes)).to.deep.equal(await bytesOf(fromBlobs));

    // A second round trip, Blob-less on both sides, changes nothing.
    const again = (await open('bytes')).store;
    await again.merge(await readBackup(fromBytes));
    expect(await photosOf(again)).to.deep.equal(await photosOf(source));
  });
});
