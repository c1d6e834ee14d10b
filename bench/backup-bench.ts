// Backup figures for `npm run bench`: making the backup of a large journal against the bare cost
// of reading the same originals from IndexedDB into a ZIP with the same library (client-zip).
import { makeZip } from 'client-zip';
import { deleteDB } from 'idb';
import { makeBackup } from '../src/backup/write.ts';
import { IdbJournalStore } from '../src/journal/store.ts';
import { shiftDays, type IsoDate } from '../src/rules/index.ts';
import { gc, phoneJpeg, seededPhoto, smallJpeg, usedHeap, withComment } from './bench-util.ts';

/**
 * Runs `work` and returns its time; with `memory`, also the live JS heap above the start (bytes),
 * sampled after a forced GC every 100 ms, so garbage waiting for collection is not counted: `peak`,
 * the highest sample, and `high`, the 90th percentile of the samples. A run four times as long takes
 * four times as many samples, and the highest of more samples is higher by chance alone (a chunk of
 * the ZIP in flight at the moment of a sample), so whether memory grows with the work is judged on
 * `high`. Memory runs are separate from timed runs, as the GCs cost time.
 */
export async function measured(
  work: () => Promise<number>,
  memory: boolean,
): Promise<{ ms: number; peak: number; high: number; bytes: number }> {
  gc();
  const base = usedHeap();
  const samples: number[] = [];
  const sample = () => {
    gc();
    samples.push(Math.max(0, usedHeap() - base));
  };
  const timer = memory ? setInterval(sample, 100) : 0;
  const start = performance.now();
  const bytes = await work();
  const ms = performance.now() - start;
  clearInterval(timer);
  if (memory) sample();
  samples.sort((a, b) => a - b);
  const high = samples[Math.min(samples.length - 1, Math.floor(samples.length * 0.9))] ?? 0;
  return { ms, peak: samples.at(-1) ?? 0, high, bytes };
}

export const backupBench = {
  /**
   * A journal of `count` photos: real 12 MP JPEGs of ~3.5 MB (a restore decodes each), each made
   * different by a comment of its own, with a real thumbnail.
   */
  async seedBackup(name: string, count: number): Promise<void> {
    await deleteDB(name);
    const store = await IdbJournalStore.open(name);
    await store.savePlan({ sessions: [{ date: '2026-01-01' }] });
    const photo = await phoneJpeg();
    const thumbnail = await smallJpeg(480, 360);
    for (let i = 0; i < count; i += 1) {
      const original = withComment(photo, `photo ${i}`);
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
