// HEIC figures: importing a 12-megapixel HEIC (decoded by libheif, wasm, in the photo worker)
// against importing the same picture as a JPEG of the same pixel size (decoded by the browser),
// through the same import path in the same run; and the first HEIC of a fresh worker (libheif
// loaded and compiled). The HEIC, bench/photo-12mp.heic (4000 × 3000, 160 KB), was made with
// `convert -seed 7 -size 4000x3000 plasma:'#c8a080-#806050' -blur 0x2`, blurred again with `-blur 0x6`,
// and `heif-enc -q 45`.
// Run on its own with `node scripts/bench/heic.mjs` (builds the bench page first).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { alternating, ratioRows, round, stats } from './common.mjs';

/** Runs the HEIC benchmarks in the bench page (already loaded); returns result rows. */
export async function heicBench(page, { runs = 5 } = {}) {
  const sizes = await page.evaluate(() => window.bench.heicSizes());
  const { figure, floor } = await alternating(
    runs,
    () => page.evaluate(() => window.bench.importPicture('heic')),
    () => page.evaluate(() => window.bench.importPicture('jpeg')),
  );
  const first = [];
  for (let i = 0; i < Math.min(runs, 3); i += 1) first.push(await page.evaluate(() => window.bench.firstHeicDecode()));
  return [
    ...ratioRows({
      floorName: `import 12 MP JPEG (${round(sizes.jpeg / 1e6)} MB), the HEIC's picture`,
      floor,
      name: `import 12 MP HEIC (${round(sizes.heic / 1e6, 2)} MB, libheif), ratio to that`,
      figure,
      target: null,
    }),
    {
      name: 'first 12 MP HEIC in a fresh worker (libheif loaded, compiled)',
      ...stats(first),
      unit: 'ms',
      floor: null,
      ratio: null,
      target: null,
    },
  ];
}

// On its own: build the bench page, run this section once, print its rows.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { launchBrowser, serveBuilt } = await import('../../test/e2e/helpers.mjs');
  const root = new URL('../..', import.meta.url).pathname;
  const build = spawnSync('npx', ['vite', 'build', '--mode', 'bench', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(1);
  const server = await serveBuilt('bench');
  const browser = await launchBrowser();
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(`${server.origin}/index.html`);
    await page.waitForFunction(() => document.title === 'ready');
    for (const row of await heicBench(page, { runs: Number(process.env.BENCH_RUNS) || 5 }))
      console.log(
        `${row.name.padEnd(72)} ${String(round(row.median)).padStart(8)} ${row.unit}${row.ratio ? `  ratio ${row.ratio}` : ''}`,
      );
  } finally {
    await browser.close();
    await server.close();
  }
}
