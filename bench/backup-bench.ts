// Backup figures for `npm run bench`: making the backup of a large journal against the bare cost
// of reading the same originals from IndexedDB into a ZIP with the same library (client-zip).
import { makeZip } from 'client-zip';
import { deleteDB } from 'idb';
import { makeBackup } from '../src/backup/write.ts';
import { IdbJournalStore } from '../src/journal/store.ts';
import { shiftDays, type IsoDate } from '../src/rules/index.ts';
import { gc, seededPhoto, usedHeap } from './bench-util.ts';

const PHOTO_BYTES = 3.5e6;

/**
 * Runs `work` and returns its time; with `memory`, also the peak of live JS heap above the start
 * (bytes), sampled after a forced GC every 100 ms, so garbage waiting for collection is not
 * counted. Memory runs are separate from timed runs, as the GCs cost time.
 */
async function measured(
  work: () => Promise<number>,
  memory: boolean,
): Promise<{ ms: number; peak: number; bytes: number }> {
  gc();
  const base = usedHeap();
  let peak = base;
  const sample = () => {
    gc();
    peak = Math.max(peak, usedHeap());
  };
  const timer = memory ? setInterval(sample, 100) : 0;
  const start = performance.now();
  const bytes = await work();
  const ms = performance.now() - start;
  clearInterval(timer);
  if (memory) sample();
  return { ms, peak: peak - base, bytes };
}

export const backupBench = {
  /** A journal of `count` photos of ~3.5 MB each (incompressible bytes, as JPEGs are). */
  async seedBackup(name: string, count: number): Promise<void> {
    await deleteDB(name);
    const store = await IdbJournalStore.open(name);
    await store.savePlan({ sessions: [{ date: '2026-01-01' }] });
    const body = new Uint8Array(PHOTO_BYTES);
    for (let i = 0; i < body.length; i += 65_536) crypto.getRandomValues(body.subarray(i, i + 65_536));
    const thumbnail = new Blob([body.subarray(0, 40_000)], { type: 'image/jpeg' });
    for (let i = 0; i < count; i += 1) {
      const head = new TextEncoder().encode(`photo ${i} `.padEnd(16));
      const original = new Blob([head, body], { type: 'image/jpeg' });
      const record = seededPhoto({
        id: `backup-photo-${String(i).padStart(6, '0')}`,
        date: shiftDays('2026-01-01' as IsoDate, Math.floor(i / 2)),
        area: i % 2 ? 'crown' : 'front-hairline',
        bytes: original.size,
        width: 4000,
        height: 3000,
      });
      await store.photos.add({ record, original, thumbnail });
    }
    store.close();
  },
  /** The app's backup of database `name`, to the finished File. */
  async backupOnce(name: string, memory = false) {
    const store = await IdbJournalStore.open(name);
    try {
      return await measured(async () => (await makeBackup(store, '2026-03-01')).size, memory);
    } finally {
      store.close();
    }
  },
  /** The floor: the same originals read from IndexedDB one by one and stored into a ZIP by client-zip. */
  async zipOriginalsOnce(name: string, memory = false) {
    const store = await IdbJournalStore.open(name);
    try {
      return await measured(async () => {
        const photos = await store.photos.list();
        async function* files() {
          for (const p of photos) yield { name: `${p.id}.jpg`, input: (await store.photos.original(p.id)) as Blob };
        }
        return (await new Response(makeZip(files())).blob()).size;
      }, memory);
    } finally {
      store.close();
    }
  },
};
