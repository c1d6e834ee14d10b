// End-to-end: the built PWA (dist/pwa) served on 127.0.0.1, in Debian's Chromium, with a fixed clock.
// Each test starts from a fresh profile on 3 March 2026 and sets up what it needs itself.
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { axeViolations, completeFirstRun, deepText, launchBrowser, packedLink, serveBuilt } from './helpers.mjs';

// A technician's regimen, for the confirmation screens.
const example = JSON.parse(readFileSync(new URL('../../docs/regimen-example.json', import.meta.url), 'utf8'));

describe('the PWA, end to end', () => {
  let server;
  let browser;
  let page;
  let requests;

  before(async () => {
    server = await serveBuilt('pwa');
  });

  after(async () => {
    await server?.close();
  });

  beforeEach(async () => {
    browser = await launchBrowser();
    await browser.context.clock.setFixedTime(new Date('2026-03-03T10:00:00'));
    requests = [];
    browser.context.on('request', (request) => requests.push(request.url()));
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
  });

  afterEach(async () => {
    await browser?.close();
  });

  /** The plan set up on the first screen: one session on 1 March (today is day 3). */
  const setUp = () => completeFirstRun(page, server.origin, '2026-03-01');

  /** A check-in with moderate swelling and 38.6 °C: the urgent flag. Leaves the form on screen. */
  async function urgentCheckIn() {
    await page.getByRole('link', { name: 'Check in' }).first().click();
    const form = page.locator('smp-check-in-form');
    await form.getByLabel('Moderate').check();
    await form.locator('#temperature').fill('38.6');
    await form.locator('#temperature').dispatchEvent('input');
    await form.getByText(/Seek medical help now/).waitFor();
    return form;
  }

  /**
   * The hand-over screens, as a person reaches them: the regimen builder (a regimen made, its QR
   * code, the handout downloaded), "Use on another device", and the two confirmations a link opens
   * (left with "Keep…", so nothing changes). Nothing here needs the network.
   */
  async function visitHandover() {
    await page.goto(`${server.origin}/#/regimen-builder`);
    const builder = page.locator('smp-regimen-builder');
    await builder.getByLabel('Studio’s name').fill('Ink & Co');
    await builder.getByText('The regimen is complete').waitFor();
    await page.locator('smp-qr-code svg').waitFor();
    const [handout] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Printable handout (PDF)' }).click(),
    ]);
    assert.match(handout.suggestedFilename(), /^ink-co-handout\.pdf$/);
    assert.equal(await handout.failure(), null, 'the handout was made and saved');
    await page.goto(`${server.origin}/#/another-device`);
    await page.getByRole('heading', { name: 'Use on another device' }).waitFor();
    await page.locator('smp-qr-code svg').waitFor();
    const planUrl = await page.locator('smp-handover-link textarea').inputValue();
    await page.goto(packedLink(server.origin, 'regimen', example));
    await page.getByRole('heading', { name: 'Change your aftercare?' }).waitFor();
    await page.getByRole('button', { name: 'Keep my current one' }).click();
    await page.getByText('Nothing changed: you keep “Standard SMP aftercare”.').waitFor();
    await page.goto(planUrl);
    await page.getByRole('heading', { name: 'Your plan from another device' }).waitFor();
    await page.getByRole('button', { name: 'Keep my plan as it is' }).click();
    await page.getByText('Nothing changed: your plan stays as it is.').waitFor();
  }

  it('starts with a friendly first-run set-up, not an empty screen', async () => {
    await page.goto(`${server.origin}/`);
    await page.getByRole('heading', { name: 'When was your treatment?' }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
  });

  it('sets up the plan and shows day 3, strict care, for a session two days ago', async () => {
    await page.goto(`${server.origin}/`);
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
    await setUp();
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
    await setUp();
    await page.getByRole('link', { name: 'Plan' }).click();
    await page.locator('smp-plan-editor input[type="date"]').fill('2031-03-01');
    await page.getByRole('button', { name: 'Add session' }).click();
    await page
      .locator('smp-plan-editor [role="alert"]')
      .filter({ hasText: /2 years/ })
      .waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Your treatment plan' }).waitFor();
    // The stored session is listed first: the plan has been read, so a 2031 one would show too.
    await page.locator('smp-plan-editor').getByText('Sun 1 Mar 2026').first().waitFor();
    assert.doesNotMatch(await deepText(page.locator('smp-plan-editor')), /2031/);
  });

  it('a check-in with fever and swelling raises the urgent flag, which stays on the home screen', async () => {
    await setUp();
    const form = await urgentCheckIn();
    assert.deepEqual(await axeViolations(page), []);
    await form.getByRole('button', { name: /Save check-in/ }).click();
    await page.getByRole('link', { name: 'Today' }).click();
    await page
      .locator('section.urgent')
      .getByText(/Seek medical help now/)
      .first()
      .waitFor();
    await page.reload();
    await page
      .locator('section.urgent')
      .getByText(/Seek medical help now/)
      .first()
      .waitFor();
  });

  it('lists past check-ins in the history', async () => {
    await setUp();
    const form = await urgentCheckIn();
    await form.getByRole('button', { name: /Save check-in/ }).click();
    await page.getByRole('link', { name: 'History' }).click();
    await page.getByRole('heading', { name: 'Check-in history' }).waitFor();
    await page.locator('smp-check-in-history').getByText('Tue 3 Mar 2026').waitFor();
    assert.match(await deepText(page.locator('smp-check-in-history')), /Tue 3 Mar 2026/);
    assert.deepEqual(await axeViolations(page), []);
  });

  it('shows storage use and persistence in Settings', async () => {
    await setUp();
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
    await setUp();
    const form = await urgentCheckIn();
    await form.getByRole('button', { name: /Save check-in/ }).click();
    await page.getByRole('link', { name: 'Today' }).click();
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
      await page.locator('smp-check-in-history').getByText('Tue 3 Mar 2026').waitFor();
      // The hand-over's screens load their code from the service worker's cache, the handout too.
      await visitHandover();
    } finally {
      await browser.context.setOffline(false);
    }
  });

  it('makes no network request of its own outside its origin, on any screen', async () => {
    await setUp();
    const form = await urgentCheckIn();
    await form.getByRole('button', { name: /Save check-in/ }).click();
    for (const [link, heading] of [
      ['Today', 'Seek medical help now'],
      ['Plan', 'Your treatment plan'],
      ['History', 'Check-in history'],
      ['Photos', 'Healing photos'],
      ['Share', 'Share and back up'],
      ['Settings', 'Settings'],
    ]) {
      await page.getByRole('link', { name: link, exact: true }).first().click();
      await page.getByRole('heading', { name: heading }).first().waitFor();
    }
    await visitHandover();
    await page.goto(`${server.origin}/#/settings`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    const foreign = requests.filter(
      (url) => !url.startsWith(server.origin) && !url.startsWith('data:') && !url.startsWith('blob:'),
    );
    assert.deepEqual(foreign, []);
    assert.ok(requests.length > 5, 'requests were recorded');
  });
});
