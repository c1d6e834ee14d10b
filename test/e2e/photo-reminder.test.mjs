// End-to-end: the daily photo reminder in the built extension. The alarm's real handler runs in the
// extension's worker (an alarm of its name set to fire at once, as Chromium does at the time) and
// what it did is read back: the notification (chrome.notifications.getAll) and the day it last
// reminded. Headless Chromium cannot answer the permission prompt, so the notifications tests run a
// copy of the built extension whose manifest grants the permission, as a person who allowed it has
// it (the manifest's key keeps the id, so the PWA still reaches it); one test runs the build as is,
// without the permission. The time comes from the options page, or from the PWA's Settings.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { builtExtensionId } from '../../scripts/extension-id.mjs';
import { axeViolations, completeFirstRun, launchBrowser, localDate, serveBuilt } from './helpers.mjs';

const EXTENSION_ID = builtExtensionId();
const built = new URL('../../dist/extension', import.meta.url).pathname;

/** A copy of the built extension with the optional notifications permission granted. */
function extensionAllowedToNotify() {
  const dir = mkdtempSync(join(tmpdir(), 'smp-ext-notify-'));
  cpSync(built, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.permissions = [...manifest.permissions, 'notifications'];
  manifest.optional_permissions = [];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

/** The machine's local date, YYYY-MM-DD. */
const localToday = () => localDate();

/** Fires the photo reminder's alarm now and waits until the worker handled it (the alarm set again for the next time, or cleared). */
async function fireReminderAlarm(worker) {
  return worker.evaluate(async () => {
    const fired = new Promise((resolve) =>
      chrome.alarms.onAlarm.addListener((a) => a.name === 'photo-reminder' && resolve(true)),
    );
    // The worker's own start-up (onInstalled) may re-create the alarm for the real time just after
    // this one is set, replacing it: set it again until it fires, so the wait cannot last for ever.
    let ok = false;
    for (let attempt = 0; attempt < 10 && !ok; attempt += 1) {
      await chrome.alarms.create('photo-reminder', { when: Date.now() + 50 });
      ok = await Promise.race([fired, new Promise((resolve) => setTimeout(() => resolve(false), 1500))]);
    }
    if (!ok) throw new Error('The photo reminder alarm did not fire within 15 seconds.');
    // The handler reminds, then sets the alarm for the next time: wait for that (or for none when off).
    const deadline = Date.now() + 8000;
    for (;;) {
      const alarm = await chrome.alarms.get('photo-reminder');
      const { photoReminder } = await chrome.storage.local.get('photoReminder');
      if ((alarm && alarm.scheduledTime > Date.now() + 60_000) || (!alarm && !photoReminder) || Date.now() > deadline)
        return alarm ?? null;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
}

const notificationsOf = (worker) =>
  worker.evaluate(() => (chrome.notifications ? chrome.notifications.getAll() : null));
const storedIn = (worker) => worker.evaluate(() => chrome.storage.local.get(null));

/** Sends `message` to the extension from `page` as the PWA does; resolves with the answer. */
const sendFrom = (page, message) =>
  page.evaluate(
    ({ id, message }) => new Promise((resolve) => chrome.runtime.sendMessage(id, message, (r) => resolve(r ?? null))),
    { id: EXTENSION_ID, message },
  );

describe('the daily photo reminder in the extension', { timeout: 120_000 }, () => {
  let server;
  let browser;
  let worker;
  let page;
  let dir;

  before(async () => {
    server = await serveBuilt('pwa', { port: 4173 });
  });

  after(async () => {
    await server?.close();
  });

  /** A fresh browser with the extension (allowed to notify, or as built), its worker and a page. */
  async function launch({ allowed }) {
    dir = allowed ? extensionAllowedToNotify() : null;
    browser = await launchBrowser(
      allowed ? { extraArgs: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`] } : { extension: true },
    );
    worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    // Let the worker's install work (the midnight alarm, the reminder's alarm) settle first.
    await worker.evaluate(async () => {
      for (let i = 0; i < 100 && !(await chrome.alarms.get('local-midnight')); i += 1)
        await new Promise((resolve) => setTimeout(resolve, 50));
    });
  }

  beforeEach(() => {
    dir = null;
  });

  afterEach(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Sets the reminder time on the options page, as a person does. */
  async function setTimeOnOptionsPage(time) {
    await page.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
    const field = page.getByLabel(/Daily photo reminder: remind me at/);
    await field.fill(time);
    await field.dispatchEvent('change');
    return field;
  }

  it('reminds at the time set on the options page, once a day, and sets the alarm for the next day', async () => {
    await launch({ allowed: true });
    assert.deepEqual(await notificationsOf(worker), {}, 'nothing before the time is set');
    await setTimeOnOptionsPage('00:00');
    assert.deepEqual(await axeViolations(page), []);
    const stored = await storedIn(worker);
    assert.equal(stored.photoReminder, '00:00');
    const scheduled = await worker.evaluate(() => chrome.alarms.get('photo-reminder'));
    const midnight = new Date();
    midnight.setHours(24, 0, 0, 0);
    assert.equal(scheduled.scheduledTime, midnight.getTime(), 'the alarm is at the next 00:00');

    const next = await fireReminderAlarm(worker);
    assert.deepEqual(Object.keys(await notificationsOf(worker)), ['photo-reminder']);
    assert.equal((await storedIn(worker)).lastPhotoReminder, localToday());
    assert.equal(next.scheduledTime, midnight.getTime(), 'set again for the next 00:00');

    // The same day again: nothing new.
    await worker.evaluate(() => chrome.notifications.clear('photo-reminder'));
    await fireReminderAlarm(worker);
    assert.deepEqual(await notificationsOf(worker), {}, 'at most one reminder a day');
  });

  it('stays quiet once the PWA says today’s photo is taken, and clears a reminder already shown', async () => {
    await launch({ allowed: true });
    await completeFirstRun(page, server.origin, localToday());
    const answer = await sendFrom(page, {
      type: 'smp-plan',
      version: 4,
      plan: { sessions: [{ date: localToday() }] },
      flag: null,
      regimen: null,
      photoToday: false,
      photoReminder: '00:00',
    });
    assert.deepEqual(answer, { ok: true });
    await fireReminderAlarm(worker);
    assert.deepEqual(Object.keys(await notificationsOf(worker)), ['photo-reminder'], 'no photo yet: reminded');

    // Only yes or no crosses: the photo itself never does.
    const taken = await sendFrom(page, {
      type: 'smp-plan',
      version: 4,
      plan: { sessions: [{ date: localToday() }] },
      flag: null,
      regimen: null,
      photoToday: true,
    });
    assert.deepEqual(taken, { ok: true });
    assert.deepEqual(await notificationsOf(worker), {}, 'the reminder is taken away once the photo exists');
    const stored = await storedIn(worker);
    assert.equal(stored.photoTakenOn, localToday());
    assert.equal(stored.photoReminder, '00:00', 'a message without a time keeps the time');

    await worker.evaluate(() => chrome.storage.local.remove('lastPhotoReminder'));
    await fireReminderAlarm(worker);
    assert.deepEqual(await notificationsOf(worker), {}, 'quiet: today’s photo exists');
    assert.equal((await storedIn(worker)).lastPhotoReminder, undefined);
  });

  it('takes the time set in the PWA’s Settings, and turning it off there turns it off here', async () => {
    await launch({ allowed: true });
    await completeFirstRun(page, server.origin, localToday());
    await page.goto(`${server.origin}/#/settings`);
    const field = page.getByLabel('Remind me at');
    await field.fill('21:15');
    await field.dispatchEvent('change');
    const deadline = Date.now() + 8000;
    while ((await storedIn(worker)).photoReminder !== '21:15' && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal((await storedIn(worker)).photoReminder, '21:15');
    assert.deepEqual(await axeViolations(page), []);

    await page.getByRole('button', { name: 'Turn off' }).click();
    while ((await storedIn(worker)).photoReminder !== undefined && Date.now() < deadline + 8000)
      await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal((await storedIn(worker)).photoReminder, undefined);
    assert.equal(await worker.evaluate(() => chrome.alarms.get('photo-reminder')), undefined, 'no alarm while off');
  });

  it('without the notifications permission shows nothing and marks nothing, without failing', async () => {
    await launch({ allowed: false });
    await worker.evaluate(() => chrome.storage.local.set({ photoReminder: '00:00' }));
    await fireReminderAlarm(worker);
    assert.equal(await notificationsOf(worker), null, 'no notifications API without the permission');
    const stored = await storedIn(worker);
    assert.equal(stored.lastPhotoReminder, undefined);
    assert.ok(await worker.evaluate(() => chrome.alarms.get('photo-reminder')), 'the alarm is set for the next time');
    // The options page says why nothing shows, and offers to allow it.
    await page.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
    await page.getByText('Notifications are not allowed, so the reminder cannot show.').waitFor();
    await page.getByRole('button', { name: 'Allow notifications' }).waitFor();
    assert.equal(await page.getByLabel(/Daily photo reminder: remind me at/).inputValue(), '00:00');
  });
});
