// Cold start from the service-worker cache: from navigation to today's card painted (the app's
// `performance.mark('today-card-painted')`), against a blank page served the same way in the same run.
//
// How: the built PWA is copied to a temporary folder with one extra page, bench-blank.html, added to
// the service worker's precache list (so the real dist/pwa never ships it). One browser profile
// installs the service worker and sets up a plan through the first-run screen; then the HTTP server
// is stopped, so every later load can only come from the service worker's cache. Each timed run
// starts a new browser process on that profile (nothing in memory: no running service worker, no
// renderer, no memory cache; what is on disk stays, as on a phone) and opens one page, the app and
// the blank page in turn. Each run checks that the page was controlled by the service worker.
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { completeFirstRun, launchBrowser, serveBuilt } from '../../test/e2e/helpers.mjs';
import { TODAY_COPY_KEY, alternating, localDate, markTime, ratioRows } from './common.mjs';
import { otherEngineStartupRows } from './startup-engines.mjs';

const root = new URL('../../', import.meta.url).pathname;
const BLANK = 'bench-blank.html';
const BLANK_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Blank</title>
  </head>
  <body>
    <p>Blank page</p>
    <script>
      requestAnimationFrame(() => performance.mark('blank-painted'));
    </script>
  </body>
</html>
`;

/** A copy of dist/pwa with bench-blank.html in it and in the service worker's precache list. */
function siteWithBlankPage(built) {
  const dir = mkdtempSync(join(tmpdir(), 'smp-bench-site-'));
  cpSync(built, dir, { recursive: true });
  writeFileSync(join(dir, BLANK), BLANK_HTML);
  const revision = createHash('md5').update(BLANK_HTML).digest('hex');
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  const entry = /\{"revision":"[0-9a-f]+","url":"index\.html"\}/;
  if (!entry.test(sw))
    throw new Error('The built sw.js has no precache entry for index.html: cannot add the blank page.');
  writeFileSync(
    join(dir, 'sw.js'),
    sw.replace(entry, (m) => `{"revision":"${revision}","url":"${BLANK}"},${m}`),
  );
  return dir;
}

/** One cold start in a new browser process: ms from navigation to `mark`, checked to come from the SW. */
async function coldStart(profile, url, mark) {
  const { context } = await launchBrowser({ profile });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    const ms = await markTime(page, mark);
    const served = await page.evaluate(
      () =>
        navigator.serviceWorker.controller !== null && performance.getEntriesByType('navigation')[0].workerStart > 0,
    );
    if (!served) throw new Error(`${url} was not served by the service worker.`);
    return ms;
  } finally {
    await context.close();
  }
}

/**
 * Times the PWA's cold start from the service-worker cache against a blank page, `runs` times each
 * (after one untimed warm-up of each). `built`: the built PWA (default dist/pwa). Returns two result
 * rows: the blank page and the app (its ratio to the blank page); with `engines`, two more for each
 * of Firefox and WebKit (scripts/bench/startup-engines.mjs).
 */
export async function startupBench({ runs = 7, built = join(root, 'dist/pwa'), engines = true } = {}) {
  const site = siteWithBlankPage(built);
  const profile = mkdtempSync(join(tmpdir(), 'smp-bench-profile-'));
  try {
    const server = await serveBuilt(site);
    const { origin } = server;
    const { context } = await launchBrowser({ profile });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await completeFirstRun(page, origin, localDate(-2));
      await page.evaluate(() => navigator.serviceWorker.ready);
      // Today's copy for the next start (pwa/app/today-copy.ts), kept a second after Today settles.
      await page.waitForFunction((key) => localStorage.getItem(key) !== null, TODAY_COPY_KEY);
      const cached = await page.evaluate(
        async (blank) => (await caches.match(blank, { ignoreSearch: true })) !== undefined,
        BLANK,
      );
      if (!cached) throw new Error(`${BLANK} is not in the service worker's precache.`);
    } finally {
      await context.close();
      await server.close();
    }
    const { figure, floor } = await alternating(
      runs,
      () => coldStart(profile, `${origin}/`, 'today-card-painted'),
      () => coldStart(profile, `${origin}/${BLANK}`, 'blank-painted'),
    );
    return [
      ...ratioRows({
        floorName: 'cold start from SW cache: blank page painted',
        floor,
        name: "cold start from SW cache: today's card painted, ratio to blank",
        figure,
        target: 2,
      }),
      ...(engines ? await otherEngineStartupRows({ site, blank: BLANK, runs }) : []),
    ];
  } finally {
    rmSync(site, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}
