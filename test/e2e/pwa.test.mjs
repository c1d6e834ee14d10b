// End-to-end: the built PWA (dist/pwa) served on 127.0.0.1, in Debian's Chromium, with a fixed clock.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { axeViolations, deepText, launchBrowser, serveBuilt } from './helpers.mjs';

describe('the PWA, end to end', () => {
  let server;
  let browser;
  let page;
  const requests = [];

  before(async () => {
    server = await serveBuilt('pwa');
    browser = await launchBrowser();
    await browser.context.clock.setFixedTime(new Date('2026-03-03T10:00:00'));
    browser.context.on('request', (request) => requests.push(request.url()));
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('starts with a friendly first-run set-up, not an empty screen', async () => {
    await page.goto(`${server.origin}/`);
    await page.getByRole('heading', { name: 'When was your treatment?' }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
  });

  it('sets up the plan and shows day 3, strict care, for a session two days ago', async () => {
    await page.locator('smp-first-run input[type="date"]').fill('2026-03-01');
    await page.getByRole('button', { name: 'Start my aftercare' }).click();
    const card = page.locator('smp-status-card');
    await card.getByRole('heading', { name: /Day 3/ }).waitFor();
    assert.match(await deepText(card), /Strict care/);
    assert.match(await deepText(card), /Keep your scalp dry/);
    assert.match(await deepText(card), /until Thu 5 Mar 2026/);
    assert.match(await deepText(card), /Washing your head allowed .* in 3 days/);
    assert.deepEqual(await axeViolations(page), []);
  });

  it('adds a planned session in the plan and shows it as the next session', async () => {
    await page.getByRole('link', { name: 'Plan' }).click();
    await page.getByRole('heading', { name: 'Your treatment plan' }).waitFor();
    await page.locator('smp-plan-editor input[type="date"]').fill('2026-03-24');
    await page.getByRole('button', { name: 'Add session' }).click();
    await page.locator('smp-plan-editor').getByText('Tue 24 Mar 2026').first().waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await page.getByRole('link', { name: 'Today' }).click();
    await page.locator('smp-status-card').getByText('Next session').waitFor();
    assert.match(await deepText(page.locator('smp-status-card')), /Next session: Tue 24 Mar 2026/);
  });

  it('refuses a session date years away with a clear sentence, changing nothing', async () => {
    await page.getByRole('link', { name: 'Plan' }).click();
    await page.locator('smp-plan-editor input[type="date"]').fill('2031-03-01');
    await page.getByRole('button', { name: 'Add session' }).click();
    await page
      .locator('smp-plan-editor [role="alert"]')
      .filter({ hasText: /2 years/ })
      .waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Your treatment plan' }).waitFor();
    assert.doesNotMatch(await deepText(page.locator('smp-plan-editor')), /2031/);
  });

  it('a check-in with fever and swelling raises the urgent flag, which stays on the home screen', async () => {
    await page.getByRole('link', { name: 'Check in' }).first().click();
    const form = page.locator('smp-check-in-form');
    await form.getByLabel('Moderate').check();
    await form.locator('input[type="number"]').fill('38.6');
    await form.locator('input[type="number"]').dispatchEvent('input');
    await form.getByText(/Seek medical help now/).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await form.getByRole('button', { name: /Save check-in/ }).click();
    await page.getByRole('link', { name: 'Today' }).click();
    await page
      .locator('.urgent, smp-app')
      .getByText(/Seek medical help now/)
      .first()
      .waitFor();
  });

  it('lists past check-ins in the history', async () => {
    await page.getByRole('link', { name: 'History' }).click();
    await page.getByRole('heading', { name: 'Check-in history' }).waitFor();
    assert.match(await deepText(page.locator('smp-check-in-history')), /Tue 3 Mar 2026/);
    assert.deepEqual(await axeViolations(page), []);
  });

  it('shows storage use and persistence in Settings', async () => {
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByText('Storage on this device').waitFor();
    await page.getByText('Used').waitFor();
    assert.deepEqual(await axeViolations(page), []);
  });

  it('is installable (Chromium reports no installability errors)', async () => {
    await page.goto(`${server.origin}/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    const cdp = await browser.context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, []);
  });

  it('works offline after the first visit, with everything still there', async () => {
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    assert.ok(
      await page.evaluate(() => navigator.serviceWorker.controller !== null),
      'the service worker controls the page',
    );
    await browser.context.setOffline(true);
    try {
      await page.reload();
      await page.locator('smp-status-card').getByRole('heading', { name: /Day 3/ }).waitFor();
      await page
        .getByText(/Seek medical help now/)
        .first()
        .waitFor();
      await page.getByRole('link', { name: 'History' }).click();
      await page.getByRole('heading', { name: 'Check-in history' }).waitFor();
    } finally {
      await browser.context.setOffline(false);
    }
  });

  it('made no network request of its own outside its origin', () => {
    const foreign = requests.filter(
      (url) => !url.startsWith(server.origin) && !url.startsWith('data:') && !url.startsWith('blob:'),
    );
    assert.deepEqual(foreign, []);
    assert.ok(requests.length > 5, 'requests were recorded');
  });
});
