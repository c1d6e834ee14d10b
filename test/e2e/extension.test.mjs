// End-to-end: the built extension (dist/extension) loaded into Debian's Chromium. Each test starts
// from a fresh profile with the extension just installed, and sets up what it needs itself.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { deflateRawSync } from 'node:zlib';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { builtExtensionId } from '../../scripts/extension-id.mjs';
import {
  JARGON,
  axeViolations,
  completeFirstRun,
  deepText,
  launchBrowser,
  packedLink,
  serveBuilt,
  localDate,
} from './helpers.mjs';

const EXTENSION_ID = builtExtensionId();
// The PWA's origin, as built (PWA_ORIGIN defaults to http://127.0.0.1:4173).
const PWA_PORT = 4173;
// A technician's regimen: three strict, dry days where the standard one has five.
const example = readFileSync(new URL('../../docs/regimen-example.json', import.meta.url), 'utf8');

/** The toolbar badge's text and title, read in the extension's worker. */
const badgeOf = (worker) =>
  worker.evaluate(async () => ({
    text: await chrome.action.getBadgeText({}),
    title: await chrome.action.getTitle({}),
  }));

/** Polls the badge until `predicate` holds (or 8 s pass) and returns it as last read. */
async function waitForBadge(worker, predicate) {
  const deadline = Date.now() + 8000;
  let current = await badgeOf(worker);
  while (!predicate(current) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    current = await badgeOf(worker);
  }
  return current;
}

/** Everything the extension keeps in chrome.storage.local. */
const storedIn = (worker) => worker.evaluate(() => chrome.storage.local.get(null));

/** Sends `message` to the extension from `page` as an external page does; resolves with the answer. */
const sendFrom = (page, message) =>
  page.evaluate(
    ({ id, message }) => new Promise((resolve) => chrome.runtime.sendMessage(id, message, (r) => resolve(r ?? null))),
    { id: EXTENSION_ID, message },
  );

/** A fresh browser with the extension installed, and its background worker. */
async function launchWithExtension() {
  const browser = await launchBrowser({ extension: true });
  const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  return { browser, worker };
}

/** Today's card in the extension's popup, as text, once its heading names `day`. */
async function popupCard(browser, day) {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${EXTENSION_ID}/popup.html`);
  const card = popup.locator('smp-status-card');
  await card.getByRole('heading', { name: new RegExp(`Day ${day}\\b`) }).waitFor();
  const text = await deepText(card);
  await popup.close();
  return text;
}

describe('the extension, end to end', () => {
  let browser;
  let worker;

  beforeEach(async () => {
    ({ browser, worker } = await launchWithExtension());
  });

  afterEach(async () => {
    await browser?.close();
  });

  /** Stores a plan with one session `daysAgo` days ago, as the options page would, and waits for its badge. */
  async function storePlan(daysAgo) {
    await worker.evaluate((date) => chrome.storage.local.set({ plan: { sessions: [{ date }] } }), localDate(-daysAgo));
    const current = await waitForBadge(worker, (b) => b.text === String(daysAgo + 1));
    assert.equal(current.text, String(daysAgo + 1), 'the badge shows the stored plan');
  }

  it('loads with the stable id and, with no plan, an empty badge inviting set-up', async () => {
    assert.equal(new URL(worker.url()).host, EXTENSION_ID);
    await assert.doesNotReject(() => worker.evaluate(() => chrome.runtime.getManifest().name));
    const current = await waitForBadge(worker, (b) => /no treatment plan/.test(b.title));
    assert.equal(current.text, '');
    assert.match(current.title, /no treatment plan/);
  });

  it('shows the day number and a one-line title once a plan is stored', async () => {
    await storePlan(2);
    assert.match((await badgeOf(worker)).title, /^Day 3 · Strict care: keep your scalp dry until /);
  });

  it('on day 45 shows the day number, never a tick, and names long-term care in the title and the popup', async () => {
    await storePlan(44);
    const current = await badgeOf(worker);
    assert.equal(current.text, '45');
    assert.equal(current.title, 'Day 45 · Long-term care: use sunscreen on your scalp');
    const color = await worker.evaluate(() => chrome.action.getBadgeBackgroundColor({}));
    assert.deepEqual(color.slice(0, 3), [30, 123, 52], 'the long-term colour (#1e7b34), not a flag');
    const card = await popupCard(browser, 45);
    assert.match(card, /Long-term care/);
    // This Chromium speaks US English (chrome.i18n.getUILanguage()), so the popup does too.
    assert.match(card, /For the long term: use sunscreen on your scalp, moisturize daily and never use AHAs\./);
    assert.match(card, /always ask your technician/);
    // No session is marked final, so the countdown says where the blood-donation wait counts from.
    assert.match(card, /Blood donation allowed again \(counted from your latest session\) in \d+ days/);
    assert.doesNotMatch(`${current.text} ${current.title} ${card}`, /\bhealed\b|✓/i);
  });

  it('reads the urgent flag an earlier version stored, as the badge did', async () => {
    await storePlan(2);
    await worker.evaluate(() => chrome.storage.local.set({ urgent: true }));
    const current = await waitForBadge(worker, (b) => b.text === '!');
    assert.equal(current.text, '!');
    assert.match(current.title, /^Urgent symptom flag: seek medical help now\./);
  });

  it('words a watch flag stored before the advice crossed by its level, in the badge and the popup', async () => {
    await storePlan(2);
    await worker.evaluate(() => chrome.storage.local.set({ flag: 'watch' }));
    const current = await waitForBadge(worker, (b) => b.text === '!');
    assert.equal(current.text, '!');
    assert.match(current.title, /^Symptom flag: see a doctor or contact your technician\. Open the journal /);
    assert.ok((await popupCard(browser, 3)).startsWith('Symptom flag: see a doctor or contact your technician'));
  });

  it('shows the same status card in the popup', async () => {
    await storePlan(2);
    assert.match(await popupCard(browser, 3), /Keep your scalp dry/);
  });

  it('takes sessions entered in the options page (the same plan editor as the PWA)', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
    await page.locator('smp-plan-editor input[type="date"]').fill(localDate(0));
    await page.getByRole('button', { name: 'Add session' }).click();
    const current = await waitForBadge(worker, (b) => b.text === '1');
    assert.equal(current.text, '1');
    assert.match(current.title, /^Day 1 · Strict care/);
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
    const deadline = Date.now() + 8000;
    let current = { text: '' };
    while (current.text !== '12' && Date.now() < deadline) {
      current = await page.evaluate(async () => ({ text: await chrome.action.getBadgeText({}) }));
    }
    assert.equal(current.text, '12');
    const color = await page.evaluate(() => chrome.action.getBadgeBackgroundColor({}));
    assert.deepEqual(color.slice(0, 3), [26, 86, 176], 'the "limited" colour (#1a56b0)');
  });

  it('keeps notifications off by default, with the permission optional until asked for', async () => {
    const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
    assert.deepEqual(manifest.permissions.sort(), ['alarms', 'storage']);
    assert.deepEqual(manifest.optional_permissions, ['notifications']);
    assert.equal(manifest.host_permissions, undefined);
    assert.equal(await worker.evaluate(() => chrome.permissions.contains({ permissions: ['notifications'] })), false);
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
    const box = page.getByLabel(/Tell me when something becomes allowed/);
    await box.waitFor();
    assert.equal(await box.isChecked(), false);
  });

  it('refuses a session in 1899 in its plan editor and a plan link with a day in year 0, naming them, storing nothing', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
    await options.locator('smp-plan-editor input[type="date"]').fill('1899-12-31');
    await options.getByRole('button', { name: 'Add session' }).click();
    await options
      .locator('smp-plan-editor')
      .getByText('1899-12-31 is not a date this app can use: the year must be between 1900 and 2100.')
      .waitFor();
    const packed = (plan) =>
      `http://127.0.0.1:${PWA_PORT}/#plan=2.${deflateRawSync(Buffer.from(JSON.stringify({ plan, regimen: null }))).toString('base64url')}`;
    const paste = options.locator('smp-link-paste');
    for (const [plan, value] of [
      [{ sessions: [{ date: '0000-01-01' }] }, '0000-01-01'],
      [{ sessions: [{ date: localDate(-2) }, { date: '9999-12-31' }] }, '9999-12-31'],
    ]) {
      await paste.getByLabel('The link').fill(packed(plan));
      await paste.getByRole('button', { name: 'Read the link' }).click();
      const alert = paste.getByRole('alert').filter({ hasText: value });
      await alert.waitFor();
      assert.match(
        await alert.textContent(),
        new RegExp(`“${value}”, which is not a date this app can use: the year must be between 1900 and 2100`),
      );
      assert.doesNotMatch(await alert.textContent(), JARGON);
    }
    assert.deepEqual(await storedIn(worker), {}, 'nothing stored');
    assert.match((await badgeOf(worker)).title, /no treatment plan/);
  });

  it('keeps the usable sessions of a stored plan holding one in year 0, and the popup and options page name it', async () => {
    const stored = { plan: { sessions: [{ date: '0000-01-01' }, { date: localDate(-2) }] } };
    await worker.evaluate((stored) => chrome.storage.local.set(stored), stored);
    const current = await waitForBadge(worker, (b) => b.text === '3');
    assert.equal(current.text, '3', 'the usable session still counts');
    const sentence =
      'The stored plan holds a session dated “0000-01-01”, which cannot be used (the year must be between 1900 and 2100), so it is left out. Add the right date on the options page, or paste the plan link again.';
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${EXTENSION_ID}/popup.html`);
    await popup.getByRole('alert').filter({ hasText: sentence }).waitFor();
    await popup
      .locator('smp-status-card')
      .getByRole('heading', { name: /Day 3\b/ })
      .waitFor();
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
    await options.getByRole('alert').filter({ hasText: sentence }).waitFor();
    assert.deepEqual(await storedIn(worker), stored, 'nothing stored changed until a plan is saved');
  });

  it('ignores an invalid plan in storage (empty badge, no crash)', async () => {
    await storePlan(2);
    await worker.evaluate(() => chrome.storage.local.set({ plan: { sessions: [{ date: '2026-02-30' }] } }));
    const current = await waitForBadge(worker, (b) => b.text === '');
    assert.equal(current.text, '');
    assert.match(current.title, /no treatment plan/);
  });
});

describe('following the PWA in the same browser', () => {
  let server;
  let browser;
  let worker;
  let page;

  before(async () => {
    server = await serveBuilt('pwa', { port: PWA_PORT });
  });

  after(async () => {
    await server?.close();
  });

  beforeEach(async () => {
    ({ browser, worker } = await launchWithExtension());
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
  });

  afterEach(async () => {
    await browser?.close();
  });

  /** Sets the PWA up with one session `daysAgo` days ago and waits until the badge follows it. */
  async function pwaWithSession(daysAgo) {
    await completeFirstRun(page, server.origin, localDate(-daysAgo));
    const current = await waitForBadge(worker, (b) => b.text === String(daysAgo + 1));
    assert.equal(current.text, String(daysAgo + 1), 'the extension follows the PWA’s plan');
  }

  /**
   * Loads the example regimen in the PWA by its link (confirmed) and waits until the badge names it.
   * The link is packed (version 2), as the regimen builder writes it.
   */
  async function loadExampleRegimen() {
    await page.goto(packedLink(server.origin, 'regimen', JSON.parse(example)));
    await page.getByRole('button', { name: 'Use this regimen' }).click();
    await page.getByText('Now using “Example Studio aftercare”.').waitFor();
    return waitForBadge(worker, (b) => b.title.includes('Example Studio aftercare'));
  }

  it('takes the plan set in the PWA without any action', async () => {
    await completeFirstRun(page, server.origin, localDate(-6));
    const current = await waitForBadge(worker, (b) => b.text === '7');
    assert.equal(current.text, '7');
    assert.match(current.title, /^Day 7 · Careful: /);
    const stored = await storedIn(worker);
    assert.deepEqual(stored.plan, { sessions: [{ date: localDate(-6) }] }, 'only the plan crossed');
  });

  it('follows a change of plan in the PWA', async () => {
    await pwaWithSession(6);
    await page.getByRole('link', { name: 'Plan' }).click();
    await page.locator('smp-plan-editor input[type="date"]').fill(localDate(-3));
    await page.getByRole('button', { name: 'Add session' }).click();
    const current = await waitForBadge(worker, (b) => b.text === '4');
    assert.equal(current.text, '4');
    assert.match(current.title, /^Day 4 · Strict care: keep your scalp dry until /);
  });

  it('follows a technician’s regimen loaded in the PWA: badge and popup show it and whose it is', async () => {
    await pwaWithSession(3);
    // Day 4: still strict and dry under the standard regimen, past the example's three dry days.
    const current = await loadExampleRegimen();
    assert.equal(current.text, '4');
    assert.match(current.title, /^Day 4 · Careful: .* \(Example Studio aftercare\)$/);
    const color = await worker.evaluate(() => chrome.action.getBadgeBackgroundColor({}));
    assert.deepEqual(color.slice(0, 3), [161, 74, 0], 'the "caution" colour (#a14a00)');
    const stored = await worker.evaluate(() => chrome.storage.local.get('regimen'));
    assert.deepEqual(stored.regimen, JSON.parse(example), 'the regimen crossed as loaded');
    const card = await popupCard(browser, 4);
    assert.match(card, /Careful/);
    assert.match(card, /Example Studio aftercare/);
    assert.doesNotMatch(card, /Keep your scalp dry/);
  });

  /** What Today's card in the PWA shows: its day, level word and the regimen it names. */
  async function appCard() {
    await page.goto(`${server.origin}/#/`);
    const card = page.locator('smp-status-card');
    await card.getByRole('heading', { name: /Day \d+/ }).waitFor();
    const day = (await card.getByRole('heading', { name: /Day \d+/ }).textContent()).match(/Day (\d+)/)[1];
    return { day, level: (await card.locator('.level').textContent()).trim(), text: await deepText(card) };
  }

  it('agrees with the app after a packed regimen link, and a packed look-alike of the standard changes neither', async () => {
    await pwaWithSession(3);
    const before = await appCard();
    const standardBadge = await badgeOf(worker);
    assert.equal(standardBadge.text, before.day);
    assert.match(standardBadge.title, new RegExp(`^Day ${before.day} · ${before.level}: [^(]+$`));

    // A look-alike: the standard's name, three dry days. Refused: neither the app nor the badge moves.
    const lookAlike = { ...JSON.parse(example), id: 'standard', name: 'Standard SMP aftercare' };
    await page.goto(packedLink(server.origin, 'regimen', lookAlike));
    await page
      .getByText(/the name is “Standard SMP aftercare”, the built-in regimen's name: give yours its own\./)
      .waitFor();
    assert.deepEqual(await appCard(), before);
    assert.deepEqual(await badgeOf(worker), standardBadge);
    assert.deepEqual(await worker.evaluate(() => chrome.storage.local.get('regimen')), {});

    const badge = await loadExampleRegimen();
    const after = await appCard();
    assert.match(after.text, /Example Studio aftercare/);
    assert.notEqual(after.level, before.level, 'the regimen changed the level of day 4');
    assert.equal(badge.text, after.day);
    assert.match(badge.title, new RegExp(`^Day ${after.day} · ${after.level}: .* \\(Example Studio aftercare\\)$`));
  });

  it('takes the plan link from a phone pasted into its options page, and the badge follows it', async () => {
    // The phone: another browser, without the extension, with a plan and the example regimen.
    const phone = await launchBrowser();
    try {
      const phonePage = phone.context.pages()[0] ?? (await phone.context.newPage());
      await completeFirstRun(phonePage, server.origin, localDate(-3));
      await phonePage.goto(packedLink(server.origin, 'regimen', JSON.parse(example)));
      await phonePage.getByRole('button', { name: 'Use this regimen' }).click();
      // Saved (the app then goes to Today by itself: going elsewhere before that would be undone).
      await phonePage.getByText('Now using “Example Studio aftercare”.').waitFor();
      await phonePage.goto(`${server.origin}/#/another-device`);
      const link = await phonePage.locator('smp-handover-link textarea').inputValue();
      assert.match(link, /#plan=2\./);

      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
      const paste = options.locator('smp-link-paste');
      await paste.getByLabel('The link').fill(`Here it is: ${link}.`);
      await paste.getByRole('button', { name: 'Read the link' }).click();
      await paste.getByText('Keep your scalp dry: 3 days instead of 5').waitFor();
      assert.match(
        await deepText(paste),
        new RegExp(`Will be added Session on .*Stays as it is This device has no sessions yet`),
      );
      assert.deepEqual(await axeViolations(options), []);
      await paste.getByRole('button', { name: 'Set the plan and use this regimen' }).click();
      await options.getByText('Done: the toolbar badge follows the plan and regimen from the link.').waitFor();
      const current = await waitForBadge(worker, (b) => b.text === '4' && b.title.includes('Example Studio aftercare'));
      assert.equal(current.text, '4');
      assert.match(current.title, /^Day 4 · Careful: .* \(Example Studio aftercare\)$/);
      const stored = await storedIn(worker);
      assert.deepEqual(stored.plan, { sessions: [{ date: localDate(-3) }] });
      // The regimen's advice crossed; where each rule comes from stays on the phone.
      const { rules, ...rest } = JSON.parse(example);
      assert.deepEqual(stored.regimen, { ...rest, rules: rules.map(({ source: _source, ...rule }) => rule) });
    } finally {
      await phone.close();
    }
  });

  it('refuses a damaged link pasted into its options page with a sentence, storing nothing', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
    const paste = options.locator('smp-link-paste');
    await paste.getByLabel('The link').fill(`${server.origin}/#plan=2.AAAAA`);
    await paste.getByRole('button', { name: 'Read the link' }).click();
    await paste.getByText('This plan link is incomplete (it was cut off): copy the whole link again.').waitFor();
    assert.deepEqual(await storedIn(worker), {});
  });

  it('goes back to the standard regimen when the PWA does', async () => {
    await pwaWithSession(3);
    assert.match((await loadExampleRegimen()).title, /\(Example Studio aftercare\)$/);
    await page.goto(`${server.origin}/#/settings`);
    await page.getByRole('button', { name: 'Back to the standard regimen' }).click();
    await page.getByText('In use: Standard SMP aftercare').waitFor();
    const current = await waitForBadge(worker, (b) => !b.title.includes('Example Studio aftercare'));
    assert.equal(current.text, '4');
    assert.match(current.title, /^Day 4 · Strict care: keep your scalp dry until [^(]+$/);
    assert.deepEqual(await worker.evaluate(() => chrome.storage.local.get('regimen')), {}, 'the regimen is removed');
    const card = await popupCard(browser, 4);
    assert.match(card, /Standard SMP aftercare/);
    assert.match(card, /Keep your scalp dry/);
  });

  it('shows "!" while the journal shows an urgent symptom flag, and never receives the check-in', async () => {
    await pwaWithSession(3);
    await page.getByRole('link', { name: 'Check in' }).first().click();
    const form = page.locator('smp-check-in-form');
    await form.getByLabel('Severe').first().check();
    await form.locator('#temperature').fill('38.9');
    await form.getByRole('button', { name: /Save check-in/ }).click();
    await page.getByRole('link', { name: 'Today' }).click();
    const current = await waitForBadge(worker, (b) => b.text === '!');
    assert.equal(current.text, '!');
    assert.match(
      current.title,
      /^Urgent symptom flag: seek medical help now\. Open the journal for what to do\. Day 4 /,
    );
    const stored = await storedIn(worker);
    assert.deepEqual(Object.keys(stored).sort(), ['flag', 'flagAdvice', 'plan']);
    assert.deepEqual([stored.flag, stored.flagAdvice], ['urgent', 'now']);
    assert.ok((await popupCard(browser, 4)).startsWith('Urgent symptom flag: seek medical help now'));
  });

  it('says "see a doctor today" for spreading redness (badge and popup), as Today does, and "now" once urgent', async () => {
    await pwaWithSession(3);
    await page.getByRole('link', { name: 'Check in' }).first().click();
    const form = page.locator('smp-check-in-form');
    await form.getByLabel('Spreading beyond it', { exact: true }).check();
    await form.getByRole('button', { name: /Save check-in/ }).click();
    const today = await waitForBadge(worker, (b) => b.text === '!');
    assert.equal(today.text, '!');
    assert.match(
      today.title,
      /^Symptom flag: see a doctor today\. Open the journal for what to do\. Day 4 · Strict care: /,
    );
    const color = await worker.evaluate(() => chrome.action.getBadgeBackgroundColor({}));
    assert.deepEqual(color.slice(0, 3), [122, 74, 0], 'still the "watch" flag colour (#7a4a00)');
    assert.deepEqual(
      await storedIn(worker).then((s) => [Object.keys(s).sort(), s.flag, s.flagAdvice]),
      [['flag', 'flagAdvice', 'plan'], 'watch', 'today'],
      'the level and the advice only, never the check-in',
    );
    const card = await popupCard(browser, 4);
    assert.ok(card.startsWith('Symptom flag: see a doctor today'), card);
    assert.doesNotMatch(card, /contact your technician/);

    // The same day's check-in, now with a fever and severe swelling too: urgent, "now" everywhere.
    await page.goto(`${server.origin}/#/check-in`);
    await form.getByLabel('Severe').first().check();
    await form.locator('#temperature').fill('38.9');
    await form.getByRole('button', { name: 'Update check-in' }).click();
    const urgent = await waitForBadge(worker, (b) => b.title.startsWith('Urgent'));
    assert.match(
      urgent.title,
      /^Urgent symptom flag: seek medical help now\. Open the journal for what to do\. Day 4 /,
    );
    assert.ok((await popupCard(browser, 4)).startsWith('Urgent symptom flag: seek medical help now'));

    // A message from an app before the advice crossed (version 4): the level alone words the flag.
    const answer = await sendFrom(page, {
      type: 'smp-plan',
      version: 4,
      plan: { sessions: [{ date: localDate(-3) }] },
      flag: 'watch',
      regimen: null,
    });
    assert.deepEqual(answer, { ok: true });
    const older = await waitForBadge(worker, (b) => b.title.startsWith('Symptom flag'));
    assert.match(older.title, /^Symptom flag: see a doctor or contact your technician\. Open the journal /);
    assert.deepEqual(await storedIn(worker).then((s) => [s.flag, s.flagAdvice]), ['watch', null]);
    assert.ok((await popupCard(browser, 4)).startsWith('Symptom flag: see a doctor or contact your technician'));
  });

  it('shows an open "watch" flag first (badge, title, popup) until a calm check-in, never the check-in itself', async () => {
    await pwaWithSession(3);
    await page.getByRole('link', { name: 'Check in' }).first().click();
    const form = page.locator('smp-check-in-form');
    await form.locator('#temperature').fill('38.4');
    await form
      .getByText(/Get advice/)
      .first()
      .waitFor();
    await form.getByRole('button', { name: /Save check-in/ }).click();
    const flagged = await waitForBadge(worker, (b) => b.text === '!');
    assert.equal(flagged.text, '!');
    assert.match(
      flagged.title,
      /^Symptom flag: see a doctor or contact your technician\. Open the journal for what to do\. Day 4 · Strict care: /,
    );
    const color = await worker.evaluate(() => chrome.action.getBadgeBackgroundColor({}));
    assert.deepEqual(color.slice(0, 3), [122, 74, 0], 'the "watch" flag colour (#7a4a00)');
    assert.deepEqual(await storedIn(worker).then((s) => [Object.keys(s).sort(), s.flag, s.flagAdvice]), [
      ['flag', 'flagAdvice', 'plan'],
      'watch',
      'contact',
    ]);
    const card = await popupCard(browser, 4);
    assert.ok(card.startsWith('Symptom flag: see a doctor or contact your technician'), card);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${EXTENSION_ID}/popup.html`);
    await popup.locator('smp-status-card .flag.watch').waitFor();
    assert.deepEqual(await axeViolations(popup), []);
    await popup.close();

    // The same day's check-in corrected: no flag, the day number again, nothing left stored.
    await page.goto(`${server.origin}/#/check-in`);
    await form.locator('#temperature').fill('');
    await form.getByRole('button', { name: 'Update check-in' }).click();
    const calm = await waitForBadge(worker, (b) => b.text === '4');
    assert.equal(calm.text, '4');
    assert.match(calm.title, /^Day 4 · Strict care: /);
    assert.deepEqual(Object.keys(await storedIn(worker)).sort(), ['plan']);
    assert.doesNotMatch(await popupCard(browser, 4), /Symptom flag/);
  });

  it('ignores a malformed message (a broken regimen, a future version), answering why and changing nothing', async () => {
    await pwaWithSession(3);
    const before = await storedIn(worker);
    const badgeBefore = await badgeOf(worker);
    const brokenRegimen = JSON.parse(example.replace('"kind": "avoid"', '"kind": "sometimes"'));
    const plan = { sessions: [] };
    const answers = [
      await sendFrom(page, {
        type: 'smp-plan',
        version: 1,
        plan: { sessions: [{ date: '2026-02-30' }] },
        urgent: false,
      }),
      await sendFrom(page, { type: 'smp-plan', version: 2, plan, urgent: false }),
      await sendFrom(page, { type: 'smp-plan', version: 2, plan, urgent: false, regimen: brokenRegimen }),
      await sendFrom(page, { type: 'smp-plan', version: 6, plan, flag: null, regimen: null }),
      await sendFrom(page, 'hello'),
      await sendFrom(page, { type: 'smp-plan', version: 5, plan, flag: 'watch', advice: 'soon', regimen: null }),
    ];
    assert.deepEqual(
      answers.map((a) => a.ok),
      [false, false, false, false, false, false],
    );
    assert.match(answers[0].error, /2026-02-30/);
    assert.equal(answers[1].error, 'The message is not a plan message: the regimen is missing.');
    assert.equal(
      answers[2].error,
      'The regimen is not valid: the kind of rule 1 (“keep-dry”) must be “avoid” or “do”, not “sometimes”.',
    );
    assert.match(answers[3].error, /version 6, newer than this extension reads \(1 to 5\): update the extension/);
    assert.equal(
      answers[5].error,
      'The message is not a plan message: the advice is “soon”, which this app does not know.',
    );
    assert.deepEqual(await storedIn(worker), before);
    assert.deepEqual(await badgeOf(worker), badgeBefore);
  });

  it('refuses plan messages with dates far outside any life, hidden text or unknown parts, in words, storing nothing', async () => {
    await pwaWithSession(3);
    const before = await storedIn(worker);
    const badgeBefore = await badgeOf(worker);
    const message = (plan, extra = {}) => ({
      type: 'smp-plan',
      version: 2,
      plan,
      urgent: false,
      regimen: null,
      ...extra,
    });
    const reversed = { ...JSON.parse(example), name: 'Studio \u202Ex' };
    const cases = [
      [
        message({ sessions: [{ date: '0000-01-01' }] }),
        'The plan is not valid: the date of session 1 is “0000-01-01”, which is not a date this app can use: the year must be between 1900 and 2100.',
      ],
      [
        message({ sessions: [{ date: localDate(-3) }, { date: '9999-12-31' }] }),
        'The plan is not valid: the date of session 2 is “9999-12-31”, which is not a date this app can use: the year must be between 1900 and 2100.',
      ],
      [
        message({ sessions: [] }, { regimen: reversed }),
        'The regimen is not valid: the name holds hidden or direction-changing characters.',
      ],
      [
        message({ sessions: [] }, { pad: 1 }),
        'The message is not a plan message: it holds “pad”, which this app does not know.',
      ],
      [message(undefined), 'The message is not a plan message: the treatment plan is missing.'],
    ];
    for (const [sent, sentence] of cases) {
      const answer = await sendFrom(page, sent);
      assert.deepEqual(answer, { ok: false, error: sentence });
      assert.doesNotMatch(answer.error, JARGON);
    }
    assert.deepEqual(await storedIn(worker), before, 'nothing stored changed');
    assert.deepEqual(await badgeOf(worker), badgeBefore, 'the badge is unchanged');
  });
});

describe('the sender-origin check', () => {
  // The same plain page (no app code) served from the PWA's origin and from another port of the
  // same host: externally_connectable admits both (match patterns take no port), sync.ts only one.
  let dir;
  let pwaOrigin;
  let otherOrigin;
  let browser;
  let worker;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'smp-sender-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>A page</title><h1>A page</h1>');
    pwaOrigin = await serveBuilt(dir, { port: PWA_PORT });
    otherOrigin = await serveBuilt(dir);
  });

  after(async () => {
    await pwaOrigin?.close();
    await otherOrigin?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  beforeEach(async () => {
    ({ browser, worker } = await launchWithExtension());
  });

  afterEach(async () => {
    await browser?.close();
  });

  it('refuses a valid plan message from another origin with a sentence, and takes it from the PWA’s', async () => {
    assert.notEqual(otherOrigin.origin, pwaOrigin.origin);
    assert.match(otherOrigin.origin, /^http:\/\/127\.0\.0\.1:\d+$/, 'a port of the same host');
    // A plan already followed: day 3 of the standard regimen.
    await worker.evaluate((date) => chrome.storage.local.set({ plan: { sessions: [{ date }] } }), localDate(-2));
    const followed = await waitForBadge(worker, (b) => b.text === '3');
    assert.equal(followed.text, '3');
    const before = await storedIn(worker);

    // A valid message that would change everything the badge shows: another plan, urgent, a regimen.
    const message = {
      type: 'smp-plan',
      version: 2,
      plan: { sessions: [{ date: localDate(-9) }] },
      urgent: true,
      regimen: JSON.parse(example),
    };
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(`${otherOrigin.origin}/`);
    assert.equal(
      await page.evaluate(() => typeof globalThis.chrome?.runtime?.sendMessage),
      'function',
      'the page can reach it',
    );
    const refused = await sendFrom(page, message);
    assert.deepEqual(refused, {
      ok: false,
      error: `Plans are accepted only from the journal at ${pwaOrigin.origin}, not from ${otherOrigin.origin}.`,
    });
    assert.deepEqual(await storedIn(worker), before, 'nothing stored changed');
    assert.deepEqual(await badgeOf(worker), followed, 'the badge is unchanged');

    await page.goto(`${pwaOrigin.origin}/`);
    assert.deepEqual(await sendFrom(page, message), { ok: true });
    const taken = await waitForBadge(worker, (b) => b.text === '!');
    assert.equal(taken.text, '!');
    assert.match(taken.title, /^Urgent symptom flag/);
    const stored = await storedIn(worker);
    assert.deepEqual(stored.plan, message.plan);
    assert.deepEqual(stored.regimen, message.regimen);
    assert.equal(stored.flag, 'urgent', 'version 2’s urgent: true kept as the flag level');
  });
});
