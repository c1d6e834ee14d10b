// End-to-end: Today's storage note in the built PWA, in Debian's Chromium given an iPhone's user
// agent (a browser tab, not the installed app): the Safari line shows under the card, is
// axe-clean, and once dismissed stays hidden after a reload; a desktop browser never shows it.
// Chromium here does not agree to keep the journal (persist() is false), so the second line shows.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { axeViolations, completeFirstRun, deepText, launchBrowser, serveBuilt, waitForToday } from './helpers.mjs';

const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1';
const SAFARI_HEADING = 'Keep your journal on this device';
const NOT_KEPT = 'This browser has not agreed to keep your journal for good';

describe("Today's storage note", () => {
  let server;
  let browser;

  before(async () => {
    server = await serveBuilt('pwa');
  });

  after(async () => {
    await server?.close();
  });

  afterEach(async () => {
    await browser?.close();
  });

  it('in an iPhone browser tab: the Safari line, axe-clean, and dismissed for good (after a reload too)', async () => {
    browser = await launchBrowser({ userAgent: IPHONE_SAFARI });
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await completeFirstRun(page, server.origin, '2026-03-01');
    const heading = page.getByRole('heading', { name: SAFARI_HEADING });
    await heading.waitFor();
    const shown = await deepText(page.locator('smp-storage-note'));
    assert.match(shown, /after 7 days without a visit/);
    assert.match(shown, /tap Share, then “Add to Home Screen”/);
    assert.match(shown, /make a backup here and restore it in the app/);
    assert.deepEqual(await axeViolations(page), []);
    await page.getByRole('button', { name: 'Got it, hide this' }).click();
    await heading.waitFor({ state: 'detached' });
    await page.reload();
    await waitForToday(page);
    // The note has loaded (its other line shows here), without the Safari line.
    await page.getByText(NOT_KEPT).waitFor();
    assert.equal(await heading.count(), 0);
  });

  it('on a desktop browser: no Safari line, only what the browser did about keeping the journal', async () => {
    browser = await launchBrowser();
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await completeFirstRun(page, server.origin, '2026-03-01');
    await waitForToday(page);
    const kept = await page.evaluate(() => navigator.storage.persisted());
    if (kept) assert.equal(await page.getByText(NOT_KEPT).count(), 0);
    else await page.getByText(NOT_KEPT).waitFor();
    assert.equal(await page.getByRole('heading', { name: SAFARI_HEADING }).count(), 0);
  });
});
