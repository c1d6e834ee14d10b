// End-to-end: Today's copy from the last start (pwa/app/today-copy.ts, pwa/index.html's second
// script), on the built PWA in Debian's Chromium. With the app's code held back (page.route, so no
// service worker), the copy is what the page shows: today's card, inert, and nothing of the app ran.
// With the code, the app's own Today takes its place. A copy that is no longer true (another day,
// another build, a change made since, a damaged value) is never shown: "Loading…" is, as without one.
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import {
  axeViolations,
  completeFirstRun,
  launchBrowser,
  localDate,
  policyRefusals,
  serveBuilt,
  waitForToday,
} from './helpers.mjs';

const KEY = 'smp-aftercare-today-copy';
const ENTRY = /\/assets\/index-[^/]*\.js$/;

describe("Today's copy from the last start", () => {
  let server;
  let browser;
  let page;
  let refused;

  before(async () => {
    server = await serveBuilt('pwa');
  });

  after(async () => {
    await server?.close();
  });

  beforeEach(async () => {
    // No service worker: the app's code is held back with page.route, which a service worker's cache would answer first.
    browser = await launchBrowser({ serviceWorkers: 'block' });
    await browser.context.clock.setFixedTime(new Date('2026-03-03T10:00:00'));
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    refused = policyRefusals(page);
    await completeFirstRun(page, server.origin, '2026-03-01');
    await waitForToday(page);
    await keptCopy();
  });

  afterEach(async () => {
    assert.deepEqual(refused, [], 'no inline script refused by the page’s policy');
    await browser?.close();
  });

  /** Waits until the app has kept Today's copy (a second after Today settles). */
  const keptCopy = () =>
    page.waitForFunction((key) => {
      try {
        return typeof JSON.parse(localStorage.getItem(key)).html === 'string';
      } catch {
        return false;
      }
    }, KEY);

  /** The next start with the app's code held back: only index.html's scripts run. */
  async function startWithoutTheApp() {
    await page.route(ENTRY, (route) => route.abort());
    await page.goto(`${server.origin}/`);
    await page.waitForLoadState('load');
    assert.equal(await page.evaluate(() => customElements.get('smp-app')), undefined, 'no app code ran');
  }

  /** Then the same start with the app's code. */
  async function startWithTheApp() {
    await page.unroute(ENTRY);
    await page.reload();
    await waitForToday(page);
  }

  const copyOnPage = () => page.locator('smp-app > .today-copy');

  it('shows Today as last drawn before any of the app’s code has run, inert, and the app takes its place', async () => {
    await startWithoutTheApp();
    await copyOnPage().waitFor();
    const copy = copyOnPage();
    assert.match(await copy.locator('smp-status-card-copy h2').innerText(), /Day 3\b/, 'today’s card');
    assert.equal(await copy.getByText('Keep your scalp dry').first().isVisible(), true);
    assert.equal(await copy.evaluate((host) => host.inert), true, 'nothing in it can be used before the app is here');
    assert.equal(await page.getByText('Loading your aftercare…').count(), 0);

    await startWithTheApp();
    assert.equal(await copyOnPage().count(), 0, 'the copy is gone once the app has drawn Today');
    assert.equal(await page.getByRole('heading', { name: /^Day 3\b/ }).count(), 1, 'one card, the app’s own');
    assert.deepEqual(await axeViolations(page), []);
  });

  it('is not shown on another day, by another build, or damaged: "Loading…" is, and the app starts as ever', async () => {
    const stale = {
      'the next day': async () => browser.context.clock.setFixedTime(new Date('2026-03-04T10:00:00')),
      'another build of the app': () =>
        page.evaluate((key) => {
          const copy = JSON.parse(localStorage.getItem(key));
          localStorage.setItem(key, JSON.stringify({ ...copy, build: `${copy.build}?older` }));
        }, KEY),
      'another language chosen': () => page.evaluate(() => localStorage.setItem('smp-aftercare-language', 'en-US')),
      'a damaged value': () => page.evaluate((key) => localStorage.setItem(key, '{"html": 12, "date":'), KEY),
      'HTML that is not text': () =>
        page.evaluate((key) => {
          const copy = JSON.parse(localStorage.getItem(key));
          localStorage.setItem(key, JSON.stringify({ ...copy, html: { toString: 'x' } }));
        }, KEY),
    };
    for (const [why, make] of Object.entries(stale)) {
      await make();
      await startWithoutTheApp();
      await page.getByText('Loading your aftercare…').waitFor();
      assert.equal(await copyOnPage().count(), 0, `no copy with ${why}`);
      await startWithTheApp();
      assert.match(
        await page.locator('smp-status-card h2').innerText(),
        why === 'the next day' ? /Day 4\b/ : /Day 3\b/,
        `the app’s Today after ${why}`,
      );
      await browser.context.clock.setFixedTime(new Date('2026-03-03T10:00:00'));
      await page.evaluate(() => localStorage.removeItem('smp-aftercare-language'));
      await page.reload();
      await waitForToday(page);
      await keptCopy();
    }
  });

  it('is forgotten by a change made on another screen, and taken again when Today is drawn anew', async () => {
    await page.goto(`${server.origin}/#/check-in`);
    const form = page.locator('smp-check-in-form');
    await form.getByRole('group', { name: 'Swelling' }).getByLabel('Mild').check();
    await form.getByRole('button', { name: 'Save check-in' }).click();
    await page.waitForFunction((key) => localStorage.getItem(key) === null, KEY);

    await startWithoutTheApp();
    await page.getByText('Loading your aftercare…').waitFor();
    assert.equal(await copyOnPage().count(), 0);

    await startWithTheApp();
    await keptCopy();
    const html = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)).html, KEY);
    assert.match(html, /You have checked in today/, 'the new copy is of Today after the check-in');
  });

  it('runs nothing that was slipped into it: no script, no event handler', async () => {
    await page.evaluate((key) => {
      const copy = JSON.parse(localStorage.getItem(key));
      const slipped = '<script>window.slipped = "script"</script><img src="x" onerror="window.slipped = \'handler\'">';
      localStorage.setItem(key, JSON.stringify({ ...copy, html: slipped + copy.html }));
    }, KEY);
    await startWithoutTheApp();
    await copyOnPage().waitFor();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    assert.equal(await page.evaluate(() => window.slipped), undefined);
    assert.match(await copyOnPage().locator('smp-status-card-copy h2').innerText(), /Day 3\b/, 'the copy itself shows');
    refused.length = 0; // the page's policy refusing the handler is what should happen
  });

  it('is not shown when the page opens on another screen or a link', async () => {
    for (const hash of ['#/history', '#/day/2026-03-02', '#/check-in']) {
      await page.route(ENTRY, (route) => route.abort());
      await page.goto(`${server.origin}/${hash}`);
      await page.reload();
      await page.getByText('Loading your aftercare…').waitFor();
      assert.equal(await copyOnPage().count(), 0, `no copy of Today on ${hash}`);
      await page.unroute(ENTRY);
    }
    await page.goto(`${server.origin}/`);
    await startWithoutTheApp();
    await copyOnPage().waitFor();
  });

  it('is not shown when the journal changed in another tab since it was drawn', async () => {
    await page.evaluate(() => {
      const snapshot = JSON.parse(localStorage.getItem('smp-aftercare-start'));
      localStorage.setItem('smp-aftercare-start', JSON.stringify({ ...snapshot, photoToday: !snapshot.photoToday }));
    });
    await startWithoutTheApp();
    await page.getByText('Loading your aftercare…').waitFor();
    assert.equal(await copyOnPage().count(), 0);
  });

  it('marks the copy’s paint for the start-up benchmark, once', async () => {
    // A clock of its own: playwright's fixed clock stands in a performance object that keeps no marks.
    await browser.close();
    browser = await launchBrowser({ serviceWorkers: 'block' });
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await completeFirstRun(page, server.origin, localDate(-2));
    await waitForToday(page);
    await keptCopy();
    await startWithoutTheApp();
    await copyOnPage().waitFor();
    await page.waitForFunction(() => performance.getEntriesByName('today-card-painted').length === 1);
    await startWithTheApp();
    // The app's own mark would come in the frame after its card: two frames later, still only the copy's.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    assert.equal(await page.evaluate(() => performance.getEntriesByName('today-card-painted').length), 1);
  });

  it('in Spanish, stays on screen until the Spanish words have loaded, then the app’s Today takes its place', async () => {
    await page.goto(`${server.origin}/#/settings`);
    await page.getByRole('group', { name: 'Language' }).getByRole('radio', { name: 'Español' }).check();
    await page.getByRole('group', { name: 'Idioma' }).waitFor();
    await page.goto(`${server.origin}/#/`);
    await page.reload();
    await page.locator('smp-status-card').waitFor();
    await keptCopy();

    // The Spanish words held back: the app runs, and only the copy, in Spanish, is on screen.
    await page.route(/\/assets\/es-[^/]*\.js$/, () => undefined);
    await page.goto(`${server.origin}/`);
    await page.waitForFunction(() => customElements.get('smp-app') !== undefined);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
    const copy = copyOnPage();
    assert.match(await copy.locator('smp-status-card-copy h2').innerText(), /Día 3\b/);
    assert.equal(await copy.isVisible(), true, 'shown through the app’s slot');
    assert.equal(await page.getByText('Loading your aftercare…').count(), 0, 'no English on the way');

    await page.unroute(/\/assets\/es-[^/]*\.js$/);
    await page.reload();
    await page.locator('smp-status-card').waitFor();
    assert.match(await page.locator('smp-status-card h2').innerText(), /Día 3\b/);
    assert.equal(await copyOnPage().count(), 0);
  });
});
