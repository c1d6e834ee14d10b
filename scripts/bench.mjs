// `npm run bench`: builds the app, the extension and the benchmark page, and times the real modules
// in headless Chromium on 127.0.0.1. Figures are medians of repeated runs; ratios are taken within
// this one run, so they compare across machines. Prints a table and writes bench/results.json.
// Not a test: nothing here fails CI (the size budget does that, in `npm run size`). Sections with
// their own set-up live in scripts/bench/, each an async function returning result rows.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { launchBrowser, serveBuilt } from '../test/e2e/helpers.mjs';
import { round, stats } from './bench/common.mjs';
import { initialJsRows } from './bench/initial-js.mjs';
import { lighthouseBench } from './bench/lighthouse.mjs';
import { popupBench } from './bench/popup.mjs';
import { reportBench } from './bench/report.mjs';
import { backupBench } from './bench/backup.mjs';
import { heicBench } from './bench/heic.mjs';
import { restoreBench } from './bench/restore.mjs';
import { startupBench } from './bench/startup.mjs';

const root = new URL('..', import.meta.url).pathname;
const RUNS = 7;
const LIGHTHOUSE_RUNS = 5;

// The app and the extension (as `npm run build`), then the benchmark page.
for (const mode of ['pwa', 'extension', 'bench']) {
  const build = spawnSync('npx', ['vite', 'build', '--mode', mode, '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(1);
}

const results = [];
// What is measured so far goes to bench/results.json after each section, so a section that fails
// (or a run cut short) keeps the others' figures.
const partial = () => writeFileSync(`${root}bench/results.json`, `${JSON.stringify(results, null, 2)}\n`);

// 1. Start-up, the popup, the initial JavaScript and Lighthouse (scripts/bench/), first: after the
// backup and restore sections below, the disk is still writing half a gigabyte back, which the cold
// starts would time too.
results.push(...(await startupBench({ runs: RUNS })));
partial();
results.push(...(await popupBench({ runs: RUNS })));
partial();
results.push(...(await initialJsRows()));
results.push(...(await lighthouseBench({ runs: LIGHTHOUSE_RUNS })));
partial();

const server = await serveBuilt('bench');
const browser = await launchBrowser({ extraArgs: ['--js-flags=--expose-gc', '--enable-precise-memory-info'] });
const page = browser.context.pages()[0] ?? (await browser.context.newPage());
await page.goto(`${server.origin}/index.html`);
await page.waitForFunction(() => document.title === 'ready');

const times = async (fn, arg, runs = RUNS) => {
  const values = [];
  for (let i = 0; i < runs; i += 1) values.push(await page.evaluate(([name, a]) => window.bench[name](a), [fn, arg]));
  return values;
};

// 2. Importing one 12-megapixel JPEG against a bare decode of it.
const bytes = await page.evaluate(() => window.bench.photoBytes());
await times('decodeOnce', undefined, 2); // warm-up
const decode = stats(await times('decodeOnce'));
const imported = stats(await times('importOnce'));
results.push({
  name: 'decode 12 MP JPEG (createImageBitmap)',
  ...decode,
  unit: 'ms',
  floor: null,
  ratio: null,
  target: null,
});
results.push({
  name: `import 12 MP JPEG (${round(bytes / 1e6)} MB), ratio to a bare decode`,
  ...imported,
  unit: 'ms',
  floor: decode.median,
  ratio: round(imported.median / decode.median, 2),
  target: 1.5,
});

// 2b. Importing a 12-megapixel HEIC against the same picture as a JPEG (scripts/bench/heic.mjs).
results.push(...(await heicBench(page, { runs: 5 })));
partial();

// 3. Opening the timeline with 1,000 photos against 24; the heap after each.
await page.evaluate(() => window.bench.seed('bench-24', 24));
await page.evaluate(() => window.bench.seed('bench-1000', 1000));
const small = [];
const large = [];
await page.evaluate(() => window.bench.openTimeline('bench-24')); // warm-up
for (let i = 0; i < RUNS; i += 1) {
  small.push(await page.evaluate(() => window.bench.openTimeline('bench-24')));
  large.push(await page.evaluate(() => window.bench.openTimeline('bench-1000')));
}
const open24 = stats(small.map((r) => r.ms));
const open1000 = stats(large.map((r) => r.ms));
results.push({ name: 'open timeline, 24 photos', ...open24, unit: 'ms', floor: null, ratio: null, target: null });
results.push({
  name: 'open timeline, 1,000 photos, ratio to 24',
  ...open1000,
  unit: 'ms',
  floor: open24.median,
  ratio: round(open1000.median / open24.median, 2),
  target: 1.5,
});
const heapGrowth = stats(large.map((r, i) => (r.heap - (small[i]?.heap ?? 0)) / 1e6));
results.push({
  name: 'JS heap, 1,000 photos minus 24',
  ...heapGrowth,
  unit: 'MB',
  floor: null,
  ratio: null,
  target: 20,
});

// 4. The rules: statusOn for every day of a year.
await times('rulesYear', undefined, 3);
results.push({
  name: 'statusOn for 365 days',
  ...stats(await times('rulesYear')),
  unit: 'ms',
  floor: null,
  ratio: null,
  target: 50,
});

// 5. The PDF report, the backup and its restore (scripts/bench/): they need the bench page's modules.
results.push(...(await reportBench(page, { runs: 5 })));
partial();
const backupPhotos = Number(process.env.BENCH_BACKUP_PHOTOS) || 200;
results.push(...(await backupBench(page, { runs: 5, photos: backupPhotos })));
partial();
// Three timed restores (each reads, checks and writes the whole journal): the run stays near its budget.
results.push(...(await restoreBench(page, { runs: 3, memoryRuns: 3, photos: backupPhotos })));
partial();

await browser.close();
await server.close();

for (const r of results)
  for (const key of ['median', 'min', 'max', 'floor']) if (typeof r[key] === 'number') r[key] = round(r[key]);
writeFileSync(`${root}bench/results.json`, `${JSON.stringify(results, null, 2)}\n`);

// A figure is within its target when at most the target; a `score` (Lighthouse, 0–100) when at least.
const within = (r) => {
  if (r.target === null) return '';
  const value = r.ratio ?? r.median;
  return (r.unit === 'score' ? value >= r.target : value <= r.target) ? 'ok' : 'MISSED';
};
console.log(
  '\nBenchmarks (medians of %d runs, Lighthouse of %d; headless Chromium unless a row names Firefox or WebKit)\n',
  RUNS,
  LIGHTHOUSE_RUNS,
);
console.log(
  [
    'figure'.padEnd(64),
    'median'.padStart(9),
    'min'.padStart(9),
    'max'.padStart(9),
    'ratio'.padStart(7),
    'target'.padStart(7),
    '',
  ].join(' '),
);
for (const r of results) {
  console.log(
    [
      r.name.padEnd(64),
      `${r.median} ${r.unit}`.padStart(9),
      String(r.min).padStart(9),
      String(r.max).padStart(9),
      String(r.ratio ?? '').padStart(7),
      String(r.target ?? '').padStart(7),
      within(r),
    ].join(' '),
  );
}
console.log('\nWritten to bench/results.json');
