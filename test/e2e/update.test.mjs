// End-to-end: a new version of the app waits for the person's "Update" instead of swapping under them.
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, serveBuilt } from './helpers.mjs';

describe('updating the PWA', () => {
  let dir;
  let server;
  let browser;
  let page;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'smp-update-'));
    cpSync(new URL('../../dist/pwa', import.meta.url).pathname, dir, { recursive: true });
    server = await serveBuilt(dir, { changing: true });
    browser = await launchBrowser();
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    // Notes each service worker registration the page makes (passed through untouched), so the
    // test knows when the app has registered and could have shown the prompt.
    await page.addInitScript(() => {
      const register = ServiceWorkerContainer.prototype.register;
      ServiceWorkerContainer.prototype.register = function (...args) {
        const registering = register.apply(this, args);
        window.swRegistered = registering.then(() => true);
        return registering;
      };
    });
  });

  const prompt = () => page.getByText('A new version of the app is ready.');

  /** Waits for the first screen, the app's own registration of its worker, and two frames for the banner. */
  async function settled() {
    await page.getByRole('heading', { name: 'When was your treatment?' }).waitFor();
    await page.waitForFunction(() => window.swRegistered);
    await page.evaluate(async () => {
      await window.swRegistered;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    });
  }

  after(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('offers "Update" when a new version is waiting, and switches only when asked', async () => {
    await page.goto(`${server.origin}/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null));
    await settled();
    assert.equal(await prompt().count(), 0);

    appendFileSync(join(dir, 'sw.js'), '\n// a new version\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await prompt().waitFor();
    const waiting = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state);
    assert.equal(waiting, 'installed', 'the new version waits');

    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Update' }).click()]);
    await settled();
    const state = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return { waiting: registration?.waiting ?? null, active: registration?.active?.state };
    });
    assert.deepEqual(state, { waiting: null, active: 'activated' });
    assert.equal(await prompt().count(), 0);
  });
});
