// End-to-end: public/app/open-early.js, which opens the journal's database while the app's code
// loads, creates nothing on a first visit and never stands in the way of the app.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, serveBuilt } from './helpers.mjs';

const root = new URL('../../', import.meta.url).pathname;
const early = readFileSync(`${root}public/app/open-early.js`, 'utf8');

describe('opening the journal early (open-early.js)', () => {
  let server;
  let browser;
  let page;

  before(async () => {
    server = await serveBuilt('pwa');
    browser = await launchBrowser();
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens the database the app uses, and the app loads it', () => {
    const name = /JOURNAL_DB_NAME = '([^']+)'/.exec(readFileSync(`${root}src/journal/db.ts`, 'utf8'))?.[1];
    assert.ok(name, 'src/journal/db.ts names the database');
    assert.ok(early.includes(`indexedDB.open('${name}')`), `open-early.js opens "${name}"`);
    assert.match(
      readFileSync(`${root}dist/pwa/index.html`, 'utf8'),
      /<script src="\.\/open-early\.js" async><\/script>/,
    );
  });

  it('creates no database on a first visit', async () => {
    // Only the early script runs: the app's code is held back.
    await page.route(/\/assets\/index-.*\.js$/, (route) => route.abort());
    await page.goto(`${server.origin}/`);
    await page.waitForTimeout(500);
    assert.deepEqual(await page.evaluate(() => indexedDB.databases()), []);
    await page.unroute(/\/assets\/index-.*\.js$/);
  });

  it('lets the app create the journal, and closes when the journal is deleted or upgraded', async () => {
    await page.goto(`${server.origin}/`);
    await page.getByRole('heading', { name: 'When was your treatment?' }).waitFor();
    await page.reload(); // now the early script finds the journal and keeps it open for a few seconds
    await page.getByRole('heading', { name: 'When was your treatment?' }).waitFor();
    const databases = await page.evaluate(() => indexedDB.databases());
    assert.deepEqual(
      databases.map((d) => d.version),
      [2],
    );
    const deleted = await page.evaluate(
      (name) =>
        new Promise((resolve) => {
          const request = indexedDB.deleteDatabase(name);
          request.onblocked = () => resolve('blocked');
          request.onsuccess = () => resolve('deleted');
        }),
      databases[0].name,
    );
    assert.equal(deleted, 'deleted');
  });
});
