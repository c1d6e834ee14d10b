// End-to-end: the early opening of the journal's database, inline in pwa/index.html, which opens it
// while the app's code loads, creates nothing on a first visit and never stands in the way of the app.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { launchBrowser, serveBuilt } from './helpers.mjs';

const root = new URL('../../', import.meta.url).pathname;

describe('opening the journal early (inline in index.html)', () => {
  it('opens the database the app uses, inline in the built page (no trip through the service worker)', () => {
    const name = /JOURNAL_DB_NAME = '([^']+)'/.exec(readFileSync(`${root}src/journal/db.ts`, 'utf8'))?.[1];
    assert.ok(name, 'src/journal/db.ts names the database');
    const built = readFileSync(`${root}dist/pwa/index.html`, 'utf8');
    const inline = [...built.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
    const opening = inline.filter((script) => script.includes('indexedDB.open('));
    assert.equal(opening.length, 1, 'one inline script opens the database');
    assert.ok(opening[0].includes(`indexedDB.open('${name}')`), `the inline script opens "${name}"`);
    assert.doesNotMatch(built, /open-early\.js/, 'no separate file to fetch');
  });
});

describe('opening the journal early, in the browser', () => {
  let server;
  let browser;
  let page;

  before(async () => {
    server = await serveBuilt('pwa');
  });

  after(async () => {
    await server?.close();
  });

  // Each test: a fresh profile, with no database and no service worker yet.
  beforeEach(async () => {
    browser = await launchBrowser();
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
  });

  afterEach(async () => {
    await browser?.close();
  });

  it('creates no database on a first visit', async () => {
    // Only the early script runs: the app's code is held back. Each open request is noted (and
    // passed through untouched) so the test knows when the early script's request has ended.
    await page.route(/\/assets\/index-.*\.js$/, (route) => route.abort());
    await page.addInitScript(() => {
      const open = IDBFactory.prototype.open;
      window.openOutcomes = [];
      IDBFactory.prototype.open = function (...args) {
        const request = open.apply(this, args);
        const outcome = { name: args[0], ended: null };
        window.openOutcomes.push(outcome);
        request.addEventListener('success', () => (outcome.ended = 'success'));
        request.addEventListener('error', () => (outcome.ended = 'error'));
        return request;
      };
    });
    await page.goto(`${server.origin}/`);
    await page.waitForFunction(() => window.openOutcomes.length > 0 && window.openOutcomes.every((o) => o.ended));
    assert.deepEqual(await page.evaluate(() => window.openOutcomes), [
      { name: 'smp-aftercare-journal', ended: 'error' },
    ]);
    assert.deepEqual(await page.evaluate(() => indexedDB.databases()), []);
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
