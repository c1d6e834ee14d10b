// End-to-end: the built extension (dist/extension) loaded into Debian's Chromium.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { deepText, launchBrowser } from './helpers.mjs';

const EXTENSION_ID = 'cjjhioglcbachlfcpkdjcpalncpaidhh';

/** The machine's local date `days` from today, as YYYY-MM-DD (the browser shares its time zone). */
function localDate(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('the extension, end to end', () => {
  let browser;
  let worker;

  before(async () => {
    browser = await launchBrowser({ extension: true });
    worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  });

  after(async () => {
    await browser?.close();
  });

  const badge = () =>
    worker.evaluate(async () => ({
      text: await chrome.action.getBadgeText({}),
      title: await chrome.action.getTitle({}),
    }));

  it('loads with the stable id and, with no plan, an empty badge inviting set-up', async () => {
    assert.equal(new URL(worker.url()).host, EXTENSION_ID);
    await assert.doesNotReject(() => worker.evaluate(() => chrome.runtime.getManifest().name));
    const deadline = Date.now() + 5000;
    let current = await badge();
    while (!/no treatment plan/.test(current.title) && Date.now() < deadline) current = await badge();
    assert.equal(current.text, '');
    assert.match(current.title, /no treatment plan/);
  });

  it('shows the day number and a one-line title once a plan is stored', async () => {
    const session = localDate(-2);
    await worker.evaluate((date) => chrome.storage.local.set({ plan: { sessions: [{ date }] } }), session);
    const deadline = Date.now() + 5000;
    let current = await badge();
    while (current.text !== '3' && Date.now() < deadline) current = await badge();
    assert.equal(current.text, '3');
    assert.match(current.title, /^Day 3 · Strict care: keep your scalp dry until /);
  });

  it('shows the same status card in the popup', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${EXTENSION_ID}/popup.html`);
    const card = page.locator('smp-status-card');
    await card.getByRole('heading', { name: /Day 3/ }).waitFor();
    assert.match(await deepText(card), /Keep your scalp dry/);
    await page.close();
  });

  it('ignores an invalid plan in storage (empty badge, no crash)', async () => {
    await worker.evaluate(() => chrome.storage.local.set({ plan: { sessions: [{ date: '2026-02-30' }] } }));
    const deadline = Date.now() + 5000;
    let current = await badge();
    while (current.text !== '' && Date.now() < deadline) current = await badge();
    assert.equal(current.text, '');
  });
});
