// Report figures: the PDF progress report over 40 twelve-megapixel photos against the bare cost of
// downscaling and re-encoding the same 40 photos with the same workers, in the same run.
import { round, stats } from './common.mjs';

/** Runs the report benchmarks in the bench page (already loaded); returns result rows. */
export async function reportBench(page, { runs = 5 } = {}) {
  await page.evaluate(() => window.bench.downscaleForty()); // seeds the photos and warms the workers
  const floor = [];
  const report = [];
  for (let i = 0; i < runs; i += 1) {
    floor.push(await page.evaluate(() => window.bench.downscaleForty()));
    report.push(await page.evaluate(() => window.bench.reportForty()));
  }
  const bare = stats(floor);
  const made = stats(report);
  return [
    { name: 'downscale + re-encode 40 photos of 12 MP', ...bare, unit: 'ms', floor: null, ratio: null, target: null },
    {
      name: 'PDF report of 40 photos, ratio to that',
      ...made,
      unit: 'ms',
      floor: bare.median,
      ratio: round(made.median / bare.median, 2),
      target: 1.5,
    },
  ];
}
