// End-to-end: the built extension's languages. Its manifest names Chrome's catalogues (_locales,
// written from the app's XLIFF by scripts/i18n-extension.mjs), and in a Spanish browser the
// worker's badge and the popup speak Spanish while stored words stay as they are.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { builtExtensionId } from '../../scripts/extension-id.mjs';
import { deepText, launchBrowser, localDate } from './helpers.mjs';

const dist = new URL('../../dist/extension/', import.meta.url);
const read = (path) => JSON.parse(readFileSync(new URL(path, dist), 'utf8'));

describe('the built extension in each language', { timeout: 120_000 }, () => {
  it('names its words in the manifest as __MSG_ keys that every catalogue holds', () => {
    const manifest = read('manifest.json');
    assert.equal(manifest.default_locale, 'en_GB');
    for (const field of [manifest.name, manifest.short_name, manifest.description, manifest.action.default_title])
      assert.match(field, /^__MSG_\w+__$/);
    const keys = [manifest.name, manifest.short_name, manifest.description, manifest.action.default_title].map((f) =>
      f.slice(6, -2),
    );
    for (const folder of ['en_GB', 'en_US', 'es']) {
      assert.ok(existsSync(new URL(`_locales/${folder}/messages.json`, dist)), `_locales/${folder}`);
      const messages = read(`_locales/${folder}/messages.json`);
      for (const key of keys) assert.ok(messages[key]?.message, `${folder} has ${key}`);
    }
    assert.equal(read('_locales/en_GB/messages.json').extName.message, 'SMP Aftercare Journal');
    assert.match(read('_locales/es/messages.json').extDescription.message, /micropigmentación capilar/);
    // US spelling where it differs, the source's words where it does not.
    assert.match(JSON.stringify(read('_locales/en_US/messages.json')), /moisturizer/);
    assert.doesNotMatch(JSON.stringify(read('_locales/en_US/messages.json')), /moisturiser/);
  });

  describe('in a browser set to Spanish', () => {
    let browser;
    let worker;

    before(async () => {
      // Playwright's locale reaches the pages (chrome.i18n.getUILanguage() there is "es"); the
      // worker's chrome.i18n follows the browser's own UI language, which on Linux comes from the
      // environment and exists only with its locale files (Debian: chromium-l10n), else en-US.
      browser = await launchBrowser({
        extension: true,
        locale: 'es-ES',
        env: { ...process.env, LANGUAGE: 'es', LANG: 'es_ES.UTF-8' },
      });
      worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
    });

    after(async () => {
      await browser?.close();
    });

    it('shows the popup in Spanish, and the badge in the worker’s language from _locales', async () => {
      await worker.evaluate((date) => chrome.storage.local.set({ plan: { sessions: [{ date }] } }), localDate(-2));
      const popup = await browser.context.newPage();
      await popup.goto(`chrome-extension://${builtExtensionId()}/popup.html`);
      await popup.getByRole('link', { name: 'Abrir el diario' }).waitFor();
      assert.equal(await popup.evaluate(() => document.documentElement.lang), 'es');
      const card = await deepText(popup.locator('smp-status-card'));
      await popup.close();
      assert.match(card, /Cuidado estricto/);
      assert.match(card, /Mantenga el cuero cabelludo seco/);
      assert.match(card, /\b\d{1,2} (ene|feb|mar|abr|may|jun|jul|ago|sept|oct|nov|dic) \d{4}\b/, 'a Spanish date');
      assert.doesNotMatch(card, /Keep your scalp dry/);

      // Which of _locales Chrome chose shows in the manifest's name (the worker's getUILanguage()
      // may report the page's emulated locale, but its messages follow the browser's own).
      const name = await worker.evaluate(() => chrome.runtime.getManifest().name);
      const deadline = Date.now() + 8000;
      let title = '';
      while (!/^D[ií]a 3 /.test(title) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        title = await worker.evaluate(() => chrome.action.getTitle({}));
      }
      if (name === 'SMP Aftercare Journal: diario de cuidados') {
        assert.match(title, /^Día 3 · Cuidado estricto: mantenga el cuero cabelludo seco hasta el \S+, \d+ \S+ \d{4}$/);
      } else {
        // This Chromium speaks US English only: the worker reads _locales/en_US through chrome.i18n (month first).
        assert.equal(name, 'SMP Aftercare Journal');
        assert.match(
          title,
          /^Day 3 · Strict care: keep your scalp dry until [A-Z][a-z]{2}, [A-Z][a-z]{2} \d{1,2}, \d{4}$/,
        );
      }
    });
  });
});
