// Backup figures: a journal of 200 photos of ~3.5 MB (700 MB), backed up with the app's code,
// against the floor of reading the same originals from IndexedDB and storing them into a ZIP with
// the same library (client-zip) in the same run; and the live JS heap while doing it, for 50 and
// for 200 photos, which must not grow with the number of photos.
import { againstFloorWithHeap, round } from './common.mjs';

/** Runs the backup benchmarks in the bench page (already loaded); returns result rows. */
export async function backupBench(page, { runs = 5, photos = 200 } = {}) {
  const few = Math.round(photos / 4);
  await page.evaluate(([n, count]) => window.bench.seedBackup(n, count), ['bench-backup-few', few]);
  await page.evaluate(([n, count]) => window.bench.seedBackup(n, count), ['bench-backup', photos]);
  return againstFloorWithHeap(page, {
    work: 'backupOnce',
    floor: 'zipOriginalsOnce',
    large: 'bench-backup',
    small: 'bench-backup-few',
    runs,
    memoryRuns: 3,
    names: {
      floor: (bytes) => `ZIP of ${photos} originals read from IndexedDB (client-zip, ${round(bytes / 1e6, 0)} MB)`,
      work: `backup of ${photos} photos, ratio to that ZIP`,
      smallHeap: `backup live JS heap (90th percentile), ${few} photos`,
      largeHeap: `backup live JS heap (90th percentile), ${photos} photos, ratio to ${few}`,
    },
  });
}
