// Backup figures: a journal of 200 photos of ~3.5 MB (700 MB), backed up with the app's code,
// against the floor of reading the same originals from IndexedDB and storing them into a ZIP with
// the same library (client-zip) in the same run; and the peak JS heap while doing it, for 50 and
// for 200 photos, which must not grow with the number of photos.
import { round, stats } from './common.mjs';

/** Runs the backup benchmarks in the bench page (already loaded); returns result rows. */
export async function backupBench(page, { runs = 5, photos = 200 } = {}) {
  const few = Math.round(photos / 4);
  await page.evaluate(([n, count]) => window.bench.seedBackup(n, count), ['bench-backup-few', few]);
  await page.evaluate(([n, count]) => window.bench.seedBackup(n, count), ['bench-backup', photos]);
  // Warm-up: the first pass reads the files into the OS cache for both.
  await page.evaluate(() => window.bench.zipOriginalsOnce('bench-backup'));
  await page.evaluate(() => window.bench.backupOnce('bench-backup'));
  const floor = [];
  const backup = [];
  for (let i = 0; i < runs; i += 1) {
    floor.push(await page.evaluate(() => window.bench.zipOriginalsOnce('bench-backup')));
    backup.push(await page.evaluate(() => window.bench.backupOnce('bench-backup')));
  }
  // Memory in separate runs (live heap after forced GCs; the GCs would skew the timings).
  const smallPeaks = [];
  const largePeaks = [];
  for (let i = 0; i < 3; i += 1) {
    smallPeaks.push((await page.evaluate(() => window.bench.backupOnce('bench-backup-few', true))).peak);
    largePeaks.push((await page.evaluate(() => window.bench.backupOnce('bench-backup', true))).peak);
  }
  const floorMs = stats(floor.map((r) => r.ms));
  const backupMs = stats(backup.map((r) => r.ms));
  const mb = (bytes) => bytes / 1e6;
  const size = round(mb(backup[0].bytes), 0);
  return [
    {
      name: `ZIP of ${photos} originals read from IndexedDB (client-zip, ${size} MB)`,
      ...floorMs,
      unit: 'ms',
      floor: null,
      ratio: null,
      target: null,
    },
    {
      name: `backup of ${photos} photos, ratio to that ZIP`,
      ...backupMs,
      unit: 'ms',
      floor: floorMs.median,
      ratio: round(backupMs.median / floorMs.median, 2),
      target: 1.5,
    },
    {
      name: `backup peak live JS heap, ${few} photos`,
      ...stats(smallPeaks.map(mb)),
      unit: 'MB',
      floor: null,
      ratio: null,
      target: null,
    },
    {
      name: `backup peak live JS heap, ${photos} photos, ratio to ${few}`,
      ...stats(largePeaks.map(mb)),
      unit: 'MB',
      floor: round(mb(stats(smallPeaks).median), 2),
      // Below 1 MB the ratio of two small numbers is noise: count 1 MB as the least.
      ratio: round(Math.max(1e6, stats(largePeaks).median) / Math.max(1e6, stats(smallPeaks).median), 2),
      target: 1.5,
    },
  ];
}
