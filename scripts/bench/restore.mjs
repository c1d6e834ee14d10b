// Restore figures: the backup of the backup bench's journal (200 real 12 MP JPEGs of ~3.5 MB)
// restored into an empty database with the app's code (zip.js reads it, every photo is decoded to
// prove it is one, and written to IndexedDB while the next is read), against the floor of reading
// the same ZIP with zip.js alone in the same run; the restore's checks alone; and the live JS heap
// while restoring 50 and 200 photos.
// Runs after backupBench, whose databases it restores.
import { againstFloorWithHeap, round, stats } from './common.mjs';

/** Runs the restore benchmarks in the bench page (backupBench has seeded its journals); returns result rows. */
export async function restoreBench(page, { runs = 5, memoryRuns = 3, photos = 200 } = {}) {
  const few = Math.round(photos / 4);
  await page.evaluate(() => window.bench.prepareRestore('bench-backup'));
  await page.evaluate(() => window.bench.prepareRestore('bench-backup-few'));
  const rows = await againstFloorWithHeap(page, {
    work: 'restoreOnce',
    floor: 'unzipOnce',
    large: 'bench-backup',
    small: 'bench-backup-few',
    runs,
    memoryRuns,
    names: {
      floor: (bytes) => `read the ${photos}-photo backup with zip.js alone (${round(bytes / 1e6, 0)} MB)`,
      work: `restore of ${photos} photos into an empty journal, ratio to that read`,
      smallHeap: `restore live JS heap (90th percentile), ${few} photos`,
      largeHeap: `restore live JS heap (90th percentile), ${photos} photos, ratio to ${few}`,
    },
  });
  // Not a floor (a restore must decode every photo), but what those checks cost alone on this machine.
  await page.evaluate(() => window.bench.checksOnce('bench-backup'));
  const checks = [];
  for (let i = 0; i < runs; i += 1) checks.push(await page.evaluate(() => window.bench.checksOnce('bench-backup')));
  rows.splice(2, 0, {
    name: `the restore's checks alone: the ${photos} photos and thumbnails decoded, no read or write`,
    ...stats(checks),
    unit: 'ms',
    floor: null,
    ratio: null,
    target: null,
  });
  return rows;
}
