// Lighthouse (the `lighthouse` package, v12, with this machine's Chromium: no browser download)
// against the built PWA served on 127.0.0.1, with its default mobile settings (a mid-range phone
// on a slow 4G network, simulated): the performance, accessibility and best-practices scores, each
// the median of a few runs, and the installability check (Chromium's own, through the DevTools
// protocol: Lighthouse 12 has no PWA category). Writes bench/lighthouse-summary.json.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { CHROMIUM_ARGS, findChromium } from '../find-chromium.mjs';
import { launchBrowser } from '../../test/e2e/helpers.mjs';
import { round, stats } from './common.mjs';

const root = new URL('../../', import.meta.url).pathname;
const CATEGORIES = { performance: 'performance', accessibility: 'accessibility', 'best-practices': 'best practices' };
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];
const TARGET = 95;

const TEXT = new Set(['.html', '.js', '.css', '.svg', '.webmanifest', '.json']);

/**
 * Serves a copy of dist/pwa on 127.0.0.1 the way a static host serves a site: text compressed
 * (brotli or gzip, as the browser asks), hashed assets/ cached for a year, everything else
 * revalidated. (The e2e tests' server sends files as they are, which Lighthouse would rightly flag.)
 */
export async function serveLikeAHost() {
  const dir = mkdtempSync(join(tmpdir(), 'smp-lighthouse-site-'));
  cpSync(join(root, 'dist/pwa'), dir, { recursive: true });
  for (const file of readdirSync(dir, { recursive: true })) {
    if (!TEXT.has(extname(file))) continue;
    const bytes = readFileSync(join(dir, file));
    writeFileSync(join(dir, `${file}.gz`), gzipSync(bytes, { level: 9 }));
    writeFileSync(join(dir, `${file}.br`), brotliCompressSync(bytes));
  }
  const handler = sirv(dir, {
    gzip: true,
    brotli: true,
    etag: true,
    setHeaders: (res, pathname) =>
      res.setHeader(
        'Cache-Control',
        pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      ),
  });
  const server = createServer((req, res) => handler(req, res, () => ((res.statusCode = 404), res.end('Not found'))));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * One Lighthouse run in its own Chromium (started by Lighthouse's chrome-launcher): the JSON report.
 * Asynchronous, so that the server in this process keeps answering.
 */
async function runLighthouse(url, out) {
  const flags = ['--headless=new', ...CHROMIUM_ARGS, '--disable-dev-shm-usage'].join(' ');
  const run = await promisify(execFile)(
    process.execPath,
    [
      join(root, 'node_modules/lighthouse/cli/index.js'),
      url,
      '--quiet',
      `--only-categories=${Object.keys(CATEGORIES).join(',')}`,
      `--chrome-flags=${flags}`,
      '--output=json',
      `--output-path=${out}`,
    ],
    { env: { ...process.env, CHROME_PATH: findChromium() }, maxBuffer: 64 * 1024 * 1024 },
  ).catch((error) => {
    throw new Error(`Lighthouse failed on ${url}: ${error.stderr || error.message}`);
  });
  if (run.stderr.trim()) console.warn(run.stderr.trim());
  const report = JSON.parse(readFileSync(out, 'utf8'));
  if (report.runtimeError) throw new Error(`Lighthouse: ${report.runtimeError.code}: ${report.runtimeError.message}`);
  return report;
}

/** Chromium's installability errors for the page once its service worker is ready (none = installable). */
async function installabilityErrors(url) {
  const browser = await launchBrowser();
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(url);
    await page.evaluate(() => navigator.serviceWorker.ready);
    const cdp = await browser.context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    return installabilityErrors.map((e) => e.errorId);
  } finally {
    await browser.close();
  }
}

/**
 * Audits the built PWA (dist/pwa; build it first) `runs` times with Lighthouse's mobile defaults and
 * checks installability. Writes bench/lighthouse-summary.json (and the full JSON reports into
 * `reportDir` when given); returns one row per category score
 * (unit `score`, 0–100, which must be at least its target) and one for installability errors.
 */
export async function lighthouseBench({ runs = 3, reportDir = null } = {}) {
  const server = await serveLikeAHost();
  const out = reportDir ?? mkdtempSync(join(tmpdir(), 'smp-lighthouse-'));
  try {
    const url = `${server.origin}/`;
    const reports = [];
    for (let i = 0; i < runs; i += 1) reports.push(await runLighthouse(url, join(out, `run-${i}.json`)));
    const installability = await installabilityErrors(url);

    const scores = Object.fromEntries(
      Object.keys(CATEGORIES).map((id) => [id, stats(reports.map((r) => Math.round(r.categories[id].score * 100)))]),
    );
    const metrics = Object.fromEntries(
      METRICS.map((id) => [
        id,
        {
          ...stats(reports.map((r) => round(r.audits[id].numericValue, 3))),
          unit: reports[0].audits[id].numericUnit,
        },
      ]),
    );
    // Audits that lost points in any run (score below 1), with what they said: what to fix next.
    const findings = {};
    for (const report of reports)
      for (const [id, audit] of Object.entries(report.audits))
        if (typeof audit.score === 'number' && audit.score < 1 && audit.scoreDisplayMode !== 'informative')
          findings[id] ??= { title: audit.title, score: audit.score, displayValue: audit.displayValue ?? '' };
    const summary = {
      lighthouse: reports[0].lighthouseVersion,
      browser: reports[0].environment.hostUserAgent,
      url: '/ (the built PWA served on 127.0.0.1, first visit)',
      formFactor: reports[0].configSettings.formFactor,
      throttlingMethod: reports[0].configSettings.throttlingMethod,
      runs,
      target: TARGET,
      scores,
      metrics,
      findings,
      installabilityErrors: installability,
    };
    writeFileSync(join(root, 'bench/lighthouse-summary.json'), `${JSON.stringify(summary, null, 2)}\n`);

    return [
      ...Object.entries(CATEGORIES).map(([id, label]) => ({
        name: `Lighthouse ${label} (mobile), score`,
        ...scores[id],
        unit: 'score',
        floor: null,
        ratio: null,
        target: TARGET,
      })),
      {
        name: 'installability errors (Page.getInstallabilityErrors)',
        median: installability.length,
        min: installability.length,
        max: installability.length,
        unit: 'errors',
        floor: null,
        ratio: null,
        target: 0,
      },
    ];
  } finally {
    if (!reportDir) rmSync(out, { recursive: true, force: true });
    await server.close();
  }
}
