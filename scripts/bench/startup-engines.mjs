// Cold start from the service-worker cache in Firefox ESR and WebKitGTK, beside Chromium's
// (scripts/bench/startup.mjs), on the same site with its blank page: each engine's ratio of today's
// card to the blank page is measured in the same run, by the drivers of the cross-engine suite
// (test/engines/: puppeteer-core over WebDriver BiDi for Firefox, WebKitWebDriver for WebKit on an
// on-disk profile, since MiniBrowser's automation session keeps no service worker across launches).
// An engine whose browser is not installed is left out with the reason.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveBuilt } from '../../test/e2e/helpers.mjs';
import { firefoxEngine } from '../../test/engines/firefox.mjs';
import { webkitEngine } from '../../test/engines/webkit.mjs';
import { TODAY_COPY_KEY, alternating, localDate, ratioRows } from './common.mjs';

/** The engines timed beside Chromium, with the short name their rows carry. */
const ENGINES = [
  { label: 'Firefox', engine: firefoxEngine },
  { label: 'WebKit', engine: webkitEngine({ persistent: true }) },
];

/** The performance mark's time in ms from navigation start, polled through the driver. */
const markTime = (browser, mark) =>
  browser.waitFor(`the mark "${mark}"`, (name) => performance.getEntriesByName(name)[0]?.startTime ?? 0, mark);

/** One cold start in a new browser process on `profile`: ms to `mark`, checked to come from the service worker. */
async function coldStart(engine, profile, url, mark) {
  const browser = await engine.launch({ profile });
  try {
    await browser.goto(url);
    const ms = await markTime(browser, mark);
    if (!(await browser.evaluate(() => navigator.serviceWorker.controller !== null)))
      throw new Error(`${engine.name}: ${url} was not served by the service worker.`);
    return ms;
  } finally {
    await browser.close();
  }
}

/** Sets up `profile` in `engine`: the plan through the first-run screen, the service worker installed. */
async function install(engine, profile, origin, blank) {
  const browser = await engine.launch({ profile });
  try {
    await browser.goto(`${origin}/`);
    await browser.setValue('smp-first-run >>> input[type="date"]', localDate(-2));
    await browser.click('smp-first-run >>> button[type="submit"]', { text: 'Start my aftercare' });
    await browser.waitForElement('smp-status-card >>> h2', { text: /Day 3\b/ });
    await browser.waitFor(
      'Today’s copy for the next start',
      (key) => localStorage.getItem(key) !== null,
      TODAY_COPY_KEY,
    );
    await browser.waitFor(
      'the service worker with the blank page cached',
      async (page) => {
        await navigator.serviceWorker.ready;
        return (await caches.match(page, { ignoreSearch: true })) !== undefined;
      },
      blank,
    );
  } finally {
    await browser.close();
  }
}

/**
 * Times the cold start in each other engine on `site` (a copy of the built PWA with `blank`, its
 * blank page, precached), `runs` times each after a warm-up; returns two rows per engine.
 */
export async function otherEngineStartupRows({ site, blank, runs }) {
  const rows = [];
  for (const { label, engine } of ENGINES) {
    const missing = engine.missing();
    if (missing) {
      console.log(`Cold start in ${label} left out: ${missing}.`);
      continue;
    }
    const profile = mkdtempSync(join(tmpdir(), 'smp-bench-engine-'));
    await engine.start?.();
    try {
      const server = await serveBuilt(site);
      const { origin } = server;
      try {
        await install(engine, profile, origin, blank);
      } finally {
        await server.close();
      }
      const { figure, floor } = await alternating(
        runs,
        () => coldStart(engine, profile, `${origin}/`, 'today-card-painted'),
        () => coldStart(engine, profile, `${origin}/${blank}`, 'blank-painted'),
      );
      rows.push(
        ...ratioRows({
          floorName: `${label}: cold start from SW cache: blank page painted`,
          floor,
          name: `${label}: cold start from SW cache: today's card, ratio to blank`,
          figure,
          target: 2,
        }),
      );
    } catch (error) {
      // A figure that cannot be timed is reported as such; the rest of the run goes on.
      console.log(`Cold start in ${label} could not be timed: ${error.message}`);
    } finally {
      await engine.stop?.();
      rmSync(profile, { recursive: true, force: true });
    }
  }
  return rows;
}
