// End-to-end: the dark theme, on the built PWA and the built extension in Debian's Chromium with the
// system's scheme set to dark (playwright's `colorScheme`): every screen is dark and axe finds
// nothing (colour contrast included), Settings' choice overrides the system and is there at the next
// start before any of the app's code has run, and the popup and options page follow the system.
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { builtExtensionId } from '../../scripts/extension-id.mjs';
import {
  axeViolations,
  completeFirstRun,
  launchBrowser,
  policyRefusals,
  serveBuilt,
  waitForToday,
} from './helpers.mjs';

// The page behind the screens (pwa/index.html, popup.css, options.css): #121518 dark, #f3f1ed light.
const DARK_PAGE = 'rgb(18, 21, 24)';
const LIGHT_PAGE = 'rgb(243, 241, 237)';
const pageBackground = (page) => page.evaluate(() => getComputedStyle(document.body.parentElement).backgroundColor);
const bodyBackground = (page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
/** The background of today's card, from inside its shadow root. */
const cardBackground = (page) =>
  page.locator('smp-status-card article').evaluate((article) => getComputedStyle(article).backgroundColor);

describe('the dark theme, end to end', () => {
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
    // No service worker: the test below holds the app's code back with page.route, which a
    // service worker's cache would answer first.
    browser = await launchBrowser({ colorScheme: 'dark', serviceWorkers: 'block' });
    await browser.context.clock.setFixedTime(new Date('2026-03-03T10:00:00'));
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    refused = policyRefusals(page);
  });

  afterEach(async () => {
    await browser?.close();
  });

  it('follows a dark system on every screen, and axe finds nothing on any of them', async () => {
    await page.goto(`${server.origin}/`);
    await page.getByRole('heading', { name: 'When was your treatment?' }).waitFor();
    assert.equal(await pageBackground(page), DARK_PAGE);
    assert.deepEqual(await axeViolations(page), [], 'first run');
    await completeFirstRun(page, server.origin, '2026-03-01');
    await waitForToday(page);
    assert.equal(await cardBackground(page), 'rgb(29, 34, 39)', 'the card is dark too');
    assert.deepEqual(await axeViolations(page), [], 'Today');

    // An urgent check-in: the form's flags, then Today's flag box and the card's first line.
    await page.getByRole('link', { name: 'Check in' }).first().click();
    const form = page.locator('smp-check-in-form');
    await form.getByLabel('Moderate').check();
    await form.locator('#temperature').fill('38.6');
    await form.locator('#temperature').dispatchEvent('input');
    await form.getByText(/Seek medical help now/).waitFor();
    assert.deepEqual(await axeViolations(page), [], 'the check-in with an urgent flag');
    await form.getByRole('button', { name: /Save check-in/ }).click();
    await page.goto(`${server.origin}/#/`);
    await page.locator('smp-status-card .flag.urgent').waitFor();
    assert.deepEqual(await axeViolations(page), [], 'Today with an urgent flag');

    const screens = [
      ['#/history', 'Check-in history'],
      ['#/plan', 'Your treatment plan'],
      ['#/photos', 'Healing photos'],
      ['#/share', 'Share and back up'],
      ['#/settings', 'Settings'],
      ['#/another-device', 'Use on another device'],
      ['#/regimen-builder', 'Make a regimen for your clients'],
    ];
    for (const [hash, heading] of screens) {
      await page.goto(`${server.origin}/${hash}`);
      await page.getByRole('heading', { name: heading, exact: true }).first().waitFor();
      await page.waitForTimeout(200);
      assert.equal(await pageBackground(page), DARK_PAGE, hash);
      assert.deepEqual(await axeViolations(page), [], hash);
    }
    assert.deepEqual(refused, []);
  });

  it('keeps the theme chosen in Settings over the system’s, from the first paint of the next start', async () => {
    await completeFirstRun(page, server.origin, '2026-03-01');
    await page.goto(`${server.origin}/#/settings`);
    const colours = page.getByRole('group', { name: 'Colours' });
    assert.equal(await colours.getByLabel('Same as this device').isChecked(), true);
    await colours.getByLabel('Light').check();
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
    assert.equal(await pageBackground(page), LIGHT_PAGE);
    assert.deepEqual(await axeViolations(page), [], 'Settings, light on a dark system');

    // The next start, with the app's code held back: only index.html's first script has run.
    await page.route(/\/assets\/index-[^/]*\.js$/, (route) => route.abort());
    await page.goto(`${server.origin}/`);
    await page.getByText('Loading your aftercare…').waitFor();
    assert.equal(await page.evaluate(() => customElements.get('smp-app')), undefined, 'no app code ran');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light');
    assert.equal(await pageBackground(page), LIGHT_PAGE, 'the first paint is light, as chosen');
    await page.unroute(/\/assets\/index-[^/]*\.js$/);

    // With the app: still light, and the journal says so (the copy is only a copy).
    await page.reload();
    await waitForToday(page);
    assert.equal(await cardBackground(page), 'rgb(255, 255, 255)');
    await page.goto(`${server.origin}/#/settings`);
    assert.equal(await colours.getByLabel('Light').isChecked(), true);

    // Dark on a dark system, then back to the system's: the copy goes.
    await colours.getByLabel('Dark').check();
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    assert.equal(await pageBackground(page), DARK_PAGE);
    await colours.getByLabel('Same as this device').check();
    await page.waitForFunction(() => document.documentElement.dataset.theme === undefined);
    assert.equal(await page.evaluate(() => localStorage.getItem('smp-aftercare-theme')), null);
    assert.equal(await pageBackground(page), DARK_PAGE, 'the system is dark');
    assert.deepEqual(refused, []);
  });

  it('shows the extension’s popup and options page dark on a dark system, with nothing for axe', async () => {
    await browser.close();
    browser = await launchBrowser({ extension: true, colorScheme: 'dark' });
    const worker =
      browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker', { timeout: 10_000 }));
    const today = new Date();
    const session = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    await worker.evaluate(
      ([date]) => chrome.storage.local.set({ plan: { sessions: [{ date }] }, flag: 'urgent' }),
      [session],
    );
    const id = builtExtensionId();
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html`);
    await popup.locator('smp-status-card .flag.urgent').waitFor();
    assert.equal(await bodyBackground(popup), DARK_PAGE);
    assert.equal(await cardBackground(popup), 'rgb(29, 34, 39)');
    assert.deepEqual(await axeViolations(popup), [], 'the popup');
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    await options.locator('smp-plan-editor').getByRole('heading', { name: 'Your sessions' }).waitFor();
    assert.equal(await bodyBackground(options), DARK_PAGE);
    assert.equal(
      await options.locator('.notify').evaluate((box) => getComputedStyle(box).backgroundColor),
      'rgb(29, 34, 39)',
      'the panels are dark too',
    );
    assert.deepEqual(await axeViolations(options), [], 'the options page');
  });
});
