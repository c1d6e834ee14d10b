// Restore figures: the backup of the backup bench's journal (200 real 12 MP JPEGs of ~3.5 MB)
// restored into an empty database with the app's code (zip.js reads it, every photo is decoded to
// prove it is one, everything is written to IndexedDB), against the floor of reading the same ZIP
// with zip.js alone in the same run; and the peak live JS heap while restoring 50 and 200 photos.
// Runs after backupBench, whose databases it restores.
import { round, stats } from './common.mjs';

/** Runs the restore benchmarks in the bench page (backupBench has seeded its journals); returns result rows. */
export async function restoreBench(page, { runs = 5, memoryRuns = 3, photos = 200 } = {}) {
  const few = Math.round(photos / 4);
  const bytes = await page.evaluate(() => window.bench.prepareRestore('bench-backup'));
  await page.evaluate(() => window.bench.prepareRestore('bench-backup-few'));
  // Warm-up of both (the decode workers, the OS cache).
  await page.evaluate(() => window.bench.unzipOnce('bench-backup'));
  await page.evaluate(() => window.bench.restoreOnce('bench-backup'));
  const floor = [];
  const restore = [];
  for (let i = 0; i < runs; i += 1) {
    floor.push(await page.evaluate(() => window.bench.unzipOnce('bench-backup')));
    restore.push(await page.evaluate(() => window.bench.restoreOnce('bench-backup')));
  }
  // Memory in separate runs (live heap after forced GCs; the GCs would skew the timings).
  const smallPeaks = [];
  const largePeaks = [];
  for (let i = 0; i < memoryRuns; i += 1) {
    smallPeaks.push((await page.evaluate(() => window.bench.restoreOnce('bench-backup-few', true))).peak);
    largePeaks.push((await page.evaluate(() => window.bench.restoreOnce('bench-backup', true))).peak);
  }
  const floorMs = stats(floor.map((r) => r.ms));
  const restoreMs = stats(restore.map((r) => r.ms));
  const mb = (n) => n / 1e6;
  return [
    {
      name: `read the ${photos}-photo backup with zip.js alone (${round(mb(bytes), 0)} MB)`,
      ...floorMs,
      unit: 'ms',
      floor: null,
      ratio: null,
      target: null,
    },
    {
      name: `restore of ${photos} photos into an empty journal, ratio to that read`,
      ...restoreMs,
      unit: 'ms',
      floor: floorMs.median,
      ratio: round(restoreMs.median / floorMs.median, 2),
      target: 1.5,
    },
    {
      name: `restore peak live JS heap, ${few} photos`,
      ...stats(smallPeaks.map(mb)),
      unit: 'MB',
      floor: null,
      ratio: null,
      target: null,
    },
    {
      name: `restore peak live JS heap, ${photos} photos, ratio to ${few}`,
      ...stats(largePeaks.map(mb)),
      unit: 'MB',
      floor: round(mb(stats(smallPeaks).median), 2),
      // Below 1 MB the ratio of two small numbers is noise: count 1 MB as the least.
      ratio: round(Math.max(1e6, stats(largePeaks).median) / Math.max(1e6, stats(smallPeaks).median), 2),
      target: 1.5,
    },
  ];
}
