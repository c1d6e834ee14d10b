// Small helpers shared by the benchmark sections (scripts/bench.mjs and scripts/bench/*.mjs).

/** The localStorage key of Today's copy for the next start (pwa/app/today-copy.ts), which a cold start paints from. */
export const TODAY_COPY_KEY = 'smp-aftercare-today-copy';

/** Median, min and max of some numbers (the median of an even count is the upper middle one). */
export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted.at(-1) };
}

/** `n` rounded to `digits` decimals. */
export const round = (n, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** The local calendar date `days` from today, as YYYY-MM-DD (the browser shares the time zone). */
export { localDate } from '../../test/e2e/helpers.mjs';

/**
 * Times `figure` and its `floor` (async functions resolving to ms) `runs` times each, after one
 * untimed warm-up of each, alternating which goes first so neither always has the advantage.
 */
export async function alternating(runs, figure, floor) {
  const figures = [];
  const floors = [];
  for (let i = 0; i <= runs; i += 1) {
    let figureMs;
    let floorMs;
    if (i % 2) {
      floorMs = await floor();
      figureMs = await figure();
    } else {
      figureMs = await figure();
      floorMs = await floor();
    }
    if (i === 0) continue;
    figures.push(figureMs);
    floors.push(floorMs);
  }
  return { figure: stats(figures), floor: stats(floors) };
}

/**
 * A timed figure as a ratio to its floor (a blank page timed the same way in the same run):
 * two result rows, the floor's and the figure's.
 */
export function ratioRows({ floorName, floor, name, figure, target, unit = 'ms' }) {
  return [
    { name: floorName, ...floor, unit, floor: null, ratio: null, target: null },
    { name, ...figure, unit, floor: floor.median, ratio: round(figure.median / floor.median, 2), target },
  ];
}

/** Waits for the performance mark `name` in `page`; returns its time in ms from navigation start. */
export async function markTime(page, name) {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, name, { timeout: 20_000 });
  return page.evaluate((mark) => performance.getEntriesByName(mark)[0].startTime, name);
}

/**
 * The rows of a benchmark timed against its floor that also watches the heap (the backup's and the
 * restore's): `work` and `floor` name `window.bench` functions taking a database name and a memory
 * flag and resolving to `{ ms, peak, high, bytes }`. Both are timed `runs` times on the `large` journal
 * after one untimed warm-up each (the OS cache, the workers); then `work`'s live JS heap on the
 * `small` and the `large` journal (`high`: the 90th percentile of its samples, see
 * bench/backup-bench.ts `measured`), in runs of their own (the forced GCs would skew the timings).
 * `names` words the four rows; the ratios' targets are 1.5.
 */
export async function againstFloorWithHeap(page, { work, floor, large, small, runs, memoryRuns, names }) {
  const call = (fn, db, memory = false) => page.evaluate(([f, d, m]) => window.bench[f](d, m), [fn, db, memory]);
  await call(floor, large);
  await call(work, large);
  const floors = [];
  const works = [];
  for (let i = 0; i < runs; i += 1) {
    floors.push(await call(floor, large));
    works.push(await call(work, large));
  }
  const smallPeaks = [];
  const largePeaks = [];
  for (let i = 0; i < memoryRuns; i += 1) {
    smallPeaks.push((await call(work, small, true)).high);
    largePeaks.push((await call(work, large, true)).high);
  }
  const floorMs = stats(floors.map((r) => r.ms));
  const workMs = stats(works.map((r) => r.ms));
  const mb = (n) => n / 1e6;
  const row = (name, figures, unit, extra = {}) => ({
    name,
    ...figures,
    unit,
    floor: null,
    ratio: null,
    target: null,
    ...extra,
  });
  return [
    row(names.floor(works[0].bytes), floorMs, 'ms'),
    row(names.work, workMs, 'ms', {
      floor: floorMs.median,
      ratio: round(workMs.median / floorMs.median, 2),
      target: 1.5,
    }),
    row(names.smallHeap, stats(smallPeaks.map(mb)), 'MB'),
    row(names.largeHeap, stats(largePeaks.map(mb)), 'MB', {
      floor: round(mb(stats(smallPeaks).median), 2),
      // Below 1 MB the ratio of two small numbers is noise: count 1 MB as the least.
      ratio: round(Math.max(1e6, stats(largePeaks).median) / Math.max(1e6, stats(smallPeaks).median), 2),
      target: 1.5,
    }),
  ];
}
