// End-to-end: the built extension (dist/extension) loaded into Debian's Chromium.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { builtExtensionId } from '../../scripts/extension-id.mjs';
import { deepText, launchBrowser, serveBuilt } from './helpers.mjs';

const EXTENSION_ID = builtExtensionId();
// A technician's regimen: three strict, dry days where the standard one has five.
const example = readFileSync(new URL('../../docs/regimen-example.json', import.meta.url), 'utf8');

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

  it('takes sessions entered in the options page (the same plan editor as the PWA)', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
    await page.locator('smp-plan-editor input[type="date"]').fill(localDate(0));
    await page.getByRole('button', { name: 'Add session' }).click();
    const deadline = Date.now() + 5000;
    let current = await badge();
    while (current.text !== '1' && Date.now() < deadline) current = await badge();
    assert.equal(current.text, '1');
    assert.match(current.title, /^Day 1 · Strict care/);
    await page.close();
  });

  it('a worker that was shut down wakes on a plan change and shows the right badge and colour', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${EXTENSION_ID}/popup.html`);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await new Promise((resolve) => setTimeout(resolve, 500));
    // The popup page writes the plan; the stopped worker is woken by storage.onChanged.
    await page.evaluate((date) => chrome.storage.local.set({ plan: { sessions: [{ date }] } }), localDate(-11));
    worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
    const deadline = Date.now() + 8000;
    let current = { text: '' };
    while (current.text !== '12' && Date.now() < deadline) {
      current = await page.evaluate(async () => ({ text: await chrome.action.getBadgeText({}) }));
    }
    assert.equal(current.text, '12');
    const color = await page.evaluate(() => chrome.action.getBadgeBackgroundColor({}));
    assert.deepEqual(color.slice(0, 3), [26, 86, 176], 'the "limited" colour (#1a56b0)');
    await page.close();
  });

  it('keeps notifications off by default, with the permission optional until asked for', async () => {
    const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
    assert.deepEqual(manifest.permissions.sort(), ['alarms', 'storage']);
    assert.deepEqual(manifest.optional_permissions, ['notifications']);
    assert.equal(manifest.host_permissions, undefined);
    assert.equal(await worker.evaluate(() => chrome.permissions.contains({ permissions: ['notifications'] })), false);
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
    assert.equal(await page.getByLabel(/Tell me when something becomes allowed/).isChecked(), false);
    await page.close();
  });

  it('ignores an invalid plan in storage (empty badge, no crash)', async () => {
    await worker.evaluate(() => chrome.storage.local.set({ plan: { sessions: [{ date: '2026-02-30' }] } }));
    const deadline = Date.now() + 5000;
    let current = await badge();
    while (current.text !== '' && Date.now() < deadline) current = await badge();
    assert.equal(current.text, '');
  });

  describe('following the PWA in the same browser', () => {
    let server;
    let page;

    before(async () => {
      // The PWA's origin, as built (PWA_ORIGIN defaults to http://127.0.0.1:4173).
      server = await serveBuilt('pwa', { port: 4173 });
      page = await browser.context.newPage();
    });

    after(async () => {
      await page?.close();
      await server?.close();
    });

    const waitForBadge = async (predicate) => {
      const deadline = Date.now() + 8000;
      let current = await badge();
      while (!predicate(current) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        current = await badge();
      }
      return current;
    };

    it('takes the plan set in the PWA without any action', async () => {
      await page.goto(`${server.origin}/`);
      await page.locator('smp-first-run input[type="date"]').fill(localDate(-6));
      await page.getByRole('button', { name: 'Start my aftercare' }).click();
      await page.locator('smp-status-card').waitFor();
      const current = await waitForBadge((b) => b.text === '7');
      assert.equal(current.text, '7');
      assert.match(current.title, /^Day 7 · Careful: /);
      const stored = await worker.evaluate(() => chrome.storage.local.get(null));
      assert.deepEqual(stored.plan, { sessions: [{ date: localDate(-6) }] }, 'only the plan crossed');
    });

    it('follows a change of plan in the PWA', async () => {
      await page.getByRole('link', { name: 'Plan' }).click();
      await page.locator('smp-plan-editor input[type="date"]').fill(localDate(-3));
      await page.getByRole('button', { name: 'Add session' }).click();
      const current = await waitForBadge((b) => b.text === '4');
      assert.equal(current.text, '4');
      assert.match(current.title, /^Day 4 · Strict care: keep your scalp dry until /);
    });

    /** Today's card in the extension's popup, as text. */
    const popupCard = async () => {
      const popup = await browser.context.newPage();
      await popup.goto(`chrome-extension://${EXTENSION_ID}/popup.html`);
      const card = popup.locator('smp-status-card');
      await card.getByRole('heading', { name: /Day 4/ }).waitFor();
      const text = await deepText(card);
      await popup.close();
      return text;
    };

    it('follows a technician’s regimen loaded in the PWA: badge and popup show it and whose it is', async () => {
      await page.goto(`${server.origin}/#regimen=${Buffer.from(example).toString('base64url')}`);
      await page.getByText('Now using “Example Studio aftercare”.').waitFor();
      // Day 4: still strict and dry under the standard regimen, past the example's three dry days.
      const current = await waitForBadge((b) => b.title.includes('Example Studio aftercare'));
      assert.equal(current.text, '4');
      assert.match(current.title, /^Day 4 · Careful: .* \(Example Studio aftercare\)$/);
      const color = await worker.evaluate(() => chrome.action.getBadgeBackgroundColor({}));
      assert.deepEqual(color.slice(0, 3), [161, 74, 0], 'the "caution" colour (#a14a00)');
      const stored = await worker.evaluate(() => chrome.storage.local.get('regimen'));
      assert.deepEqual(stored.regimen, JSON.parse(example), 'the regimen crossed as loaded');
      const card = await popupCard();
      assert.match(card, /Careful/);
      assert.match(card, /Example Studio aftercare/);
      assert.doesNotMatch(card, /Keep your scalp dry/);
    });

    it('goes back to the standard regimen when the PWA does', async () => {
      await page.goto(`${server.origin}/#/settings`);
      await page.getByRole('button', { name: 'Back to the standard regimen' }).click();
      await page.getByText('In use: Standard SMP aftercare').waitFor();
      const current = await waitForBadge((b) => !b.title.includes('Example Studio aftercare'));
      assert.equal(current.text, '4');
      assert.match(current.title, /^Day 4 · Strict care: keep your scalp dry until [^(]+$/);
      assert.deepEqual(await worker.evaluate(() => chrome.storage.local.get('regimen')), {}, 'the regimen is removed');
      const card = await popupCard();
      assert.match(card, /Standard SMP aftercare/);
      assert.match(card, /Keep your scalp dry/);
    });

    it('shows "!" while the journal shows an urgent symptom flag, and never receives the check-in', async () => {
      await page.getByRole('link', { name: 'Check in' }).first().click();
      const form = page.locator('smp-check-in-form');
      await form.getByLabel('Severe').first().check();
      await form.locator('input[type="number"]').fill('38.9');
      await form.getByRole('button', { name: /Save check-in/ }).click();
      await page.getByRole('link', { name: 'Today' }).click();
      const current = await waitForBadge((b) => b.text === '!');
      assert.equal(current.text, '!');
      assert.match(current.title, /^Urgent symptom flag/);
      const stored = await worker.evaluate(() => chrome.storage.local.get(null));
      assert.deepEqual(Object.keys(stored).sort(), ['plan', 'urgent']);
    });

    it('ignores a malformed message (a broken regimen, a future version), answering why and changing nothing', async () => {
      const before = await worker.evaluate(() => chrome.storage.local.get(null));
      const brokenRegimen = JSON.parse(example.replace('"kind": "avoid"', '"kind": "sometimes"'));
      const answers = await page.evaluate(
        async ({ id, brokenRegimen }) => {
          const send = (message) =>
            new Promise((resolve) => chrome.runtime.sendMessage(id, message, (r) => resolve(r ?? null)));
          const plan = { sessions: [] };
          return [
            await send({ type: 'smp-plan', version: 1, plan: { sessions: [{ date: '2026-02-30' }] }, urgent: false }),
            await send({ type: 'smp-plan', version: 2, plan, urgent: false }),
            await send({ type: 'smp-plan', version: 2, plan, urgent: false, regimen: brokenRegimen }),
            await send({ type: 'smp-plan', version: 3, plan, urgent: false, regimen: null }),
            await send('hello'),
          ];
        },
        { id: EXTENSION_ID, brokenRegimen },
      );
      assert.deepEqual(
        answers.map((a) => a.ok),
        [false, false, false, false, false],
      );
      assert.match(answers[0].error, /2026-02-30/);
      assert.match(answers[1].error, /^The message is not a plan message: regimen/);
      assert.equal(answers[2].error, 'The regimen is not valid: rules[0].kind: expected "avoid" or "do".');
      assert.match(answers[3].error, /version 3, newer than this extension reads \(1 and 2\): update the extension/);
      assert.deepEqual(await worker.evaluate(() => chrome.storage.local.get(null)), before);
      assert.equal((await badge()).text, '!');
    });
  });
});
