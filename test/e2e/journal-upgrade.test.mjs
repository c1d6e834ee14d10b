// End-to-end: someone who used the first version of the app (database version 1, before photos)
// opens today's built app. The journal is upgraded on the app's real start path, with
// the page's early opening of the database (inline in index.html) holding the old database open, and everything they had shows.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { deepText, launchBrowser, serveBuilt } from './helpers.mjs';

const APP_CODE = /\/assets\/index-.*\.js$/;

/** Creates the journal at version 1 as the version-1 app did (commit 8f80c71), with a month of use. */
function createVersion1Journal() {
  const done = (request) =>
    new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  return (async () => {
    const request = indexedDB.open('smp-aftercare-journal', 1);
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore('meta');
      db.createObjectStore('checkIns', { keyPath: 'date' });
      db.createObjectStore('adherence', { keyPath: 'date' });
    };
    const db = await done(request);
    const tx = db.transaction(['meta', 'checkIns', 'adherence'], 'readwrite');
    tx.objectStore('meta').put(
      { sessions: [{ date: '2026-03-01', note: 'Studio Ink' }], updatedAt: '2026-03-01T18:00:00.000Z' },
      'plan',
    );
    tx.objectStore('meta').put({ temperatureUnit: 'F', persistenceAsked: true }, 'settings');
    tx.objectStore('checkIns').put({
      date: '2026-03-02',
      swelling: 'mild',
      note: 'Tender.',
      flags: [],
      savedAt: '2026-03-02T08:00:00.000Z',
    });
    tx.objectStore('checkIns').put({
      date: '2026-03-03',
      swelling: 'moderate',
      temperatureC: 38.6,
      note: '',
      flags: [
        {
          level: 'urgent',
          code: 'fever-with-site-signs',
          message:
            'Seek medical help now: a fever of 38.6 °C together with more than mild swelling can mean an infection that is spreading. Call a doctor or urgent care today, and tell your technician.',
        },
      ],
      savedAt: '2026-03-03T08:30:00.000Z',
    });
    tx.objectStore('adherence').put({ date: '2026-03-03', counts: { 'damp-cloth': 1 } });
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onabort = () => reject(tx.error);
    });
    db.close();
  })();
}

describe('a version-1 journal opened by today’s app', () => {
  let server;
  let browser;
  let page;

  before(async () => {
    server = await serveBuilt('pwa');
    browser = await launchBrowser();
    await browser.context.clock.setFixedTime(new Date('2026-03-03T10:00:00'));
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('is upgraded on start, with the early script holding it open, and shows everything it held', async () => {
    // The old journal is written while the app's code is held back, so nothing of today's code touches it.
    await page.route(APP_CODE, (route) => route.abort());
    await page.goto(`${server.origin}/`);
    await page.evaluate(createVersion1Journal);
    assert.deepEqual(await page.evaluate(() => indexedDB.databases()), [{ name: 'smp-aftercare-journal', version: 1 }]);
    await page.unroute(APP_CODE);

    // The early script now finds the version-1 journal and holds it open while the app upgrades it.
    await page.reload();
    const card = page.locator('smp-status-card');
    await card.getByRole('heading', { name: /Day 3/ }).waitFor();
    await page
      .locator('section.urgent')
      .getByText(/Seek medical help now/)
      .first()
      .waitFor();
    await card.getByRole('group', { name: 'Clean with a damp cloth: done 1 of 1' }).waitFor();
    assert.equal(
      await page.getByText('another tab still has the old version open').count(),
      0,
      'the early script stepped aside',
    );
    assert.deepEqual(await page.evaluate(() => indexedDB.databases()), [{ name: 'smp-aftercare-journal', version: 2 }]);

    await page.getByRole('link', { name: 'History' }).click();
    const history = page.locator('smp-check-in-history');
    await history.getByText('Mon 2 Mar 2026').waitFor();
    assert.match(await deepText(history), /Tue 3 Mar 2026.*Moderate swelling, 101\.5 °F.*Mon 2 Mar 2026.*Tender\./);
    await page.getByRole('link', { name: 'Plan' }).click();
    await page.locator('smp-plan-editor').getByText('Studio Ink').waitFor();
    await page.getByRole('link', { name: 'Photos' }).click();
    await page.locator('smp-photo-timeline').getByText('0 photos over 3 days').waitFor();
  });
});
