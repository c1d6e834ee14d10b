// The pseudo-locale run (#16.2): the built app with a pseudo catalogue (scripts/i18n-pseudo.mjs:
// every extracted message accented and wrapped in ⟦…⟧) served in place of the Spanish one, walked
// screen by screen. Any visible text, aria-label, alt, title or placeholder without the markers is
// a word that escaped msg(). The person's own data is excepted (none is typed here but dates).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pseudoModule } from '../../scripts/i18n-pseudo.mjs';
import { launchBrowser, serveBuilt } from './helpers.mjs';

const root = new URL('../../', import.meta.url).pathname;
const assets = join(root, 'dist/pwa/assets');

/** Words the app shows that are not messages on purpose: each language's name in its own language (Settings). */
const NOT_MESSAGES = new Set(['English (UK)', 'English (US)', 'Español']);

/**
 * In the page: every text node and labelling attribute, through shadow roots, that has letters
 * outside ⟦…⟧; each as "screen: text".
 */
function unmarked(screen) {
  const found = [];
  // Dates are formatted by Intl, not messages: "Tue 3 Mar 2026", "mar, 3 mar 2026", "Mar 3, 2026".
  const dates = /(\p{L}{2,4}\.?,?\s)?(\d{1,2}\s(de\s)?\p{L}{3,}\.?(\sde)?\s\d{4}|\p{L}{3,}\.?\s\d{1,2},\s\d{4})/gu;
  // Marked pieces can nest (a message inside another's placeholder): remove the innermost first.
  const unmarkedPart = (text) => {
    let rest = text;
    for (let before = ''; before !== rest;) [before, rest] = [rest, rest.replace(/⟦[^⟦⟧]*⟧/g, '')];
    return rest;
  };
  const letters = (text) =>
    /\p{L}/u.test(
      unmarkedPart(text)
        .replace(dates, '')
        .replace(/^[\s°CF]*$/, ''),
    );
  const check = (text, where) => {
    if (text && letters(text)) found.push(`${screen}: ${where}“${text.trim()}”`);
  };
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return check(node.textContent, '');
    if (node.nodeType !== Node.ELEMENT_NODE || ['STYLE', 'SCRIPT', 'TEMPLATE', 'NOSCRIPT'].includes(node.nodeName))
      return;
    for (const name of ['aria-label', 'alt', 'title', 'placeholder'])
      if (node.hasAttribute(name)) check(node.getAttribute(name), `${name}=`);
    // An element with a shadow root shows that (no component has slots): its light children are never seen.
    for (const child of node.shadowRoot?.childNodes ?? node.childNodes) walk(child);
  };
  walk(document.body);
  check(document.title, 'title=');
  return found;
}

/** The source of the UI's own files (this branch's share of #16.2): pwa/ and src/components/. */
function uiSources() {
  const texts = [];
  const read = (dir) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) read(path);
      else if (entry.name.endsWith('.ts')) texts.push(readFileSync(join(root, path), 'utf8'));
    }
  };
  read('pwa');
  read('src/components');
  return texts.join('\n');
}

/** Whether `text` is written in `source` as a whole string literal or a whole line or text of markup. */
function writtenIn(source, text) {
  const whole = [`'${text}'`, `"${text}"`, `\`${text}\``, `>${text}<`, `\n${text}\n`];
  const lines = source.replace(/^[ \t]+|[ \t]+$/gm, '');
  return whole.some((form) => lines.includes(form));
}

describe('the pseudo-locale run', { timeout: 240_000 }, () => {
  let server;
  let browser;
  /** Every text seen without markers, as "screen: text" (attributes as "screen: name=“text”"). */
  let escaped = [];

  before(async () => {
    server = await serveBuilt('pwa');
    const spanish = readdirSync(assets).find((f) => /^es-[\w-]+\.js$/.test(f));
    assert.ok(spanish, 'the built Spanish catalogue is missing: npm run build');
    const xliff = readFileSync(join(root, 'src/i18n/xliff/es.xlf'), 'utf8');
    const pseudo = pseudoModule(xliff, readFileSync(join(assets, spanish), 'utf8'));
    // A Spanish browser loads the Spanish catalogue: it gets the pseudo one instead. No service
    // worker, so every request reaches the route.
    browser = await launchBrowser({ locale: 'es', serviceWorkers: 'block' });
    await browser.context.route(`**/assets/${spanish}`, (route) =>
      route.fulfill({ body: pseudo, contentType: 'text/javascript' }),
    );
    await browser.context.clock.setFixedTime(new Date('2026-03-03T10:00:00'));
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());

    await page.goto(`${server.origin}/`);
    await page.locator('smp-first-run input[type="date"]').waitFor();
    const found = await page.evaluate(unmarked, 'first run');
    await page.locator('smp-first-run input[type="date"]').fill('2026-03-01');
    await page.locator('smp-first-run button[type="submit"]').click();
    await page.locator('smp-status-card').waitFor();
    await page.locator('smp-app').locator('nav.tabs').waitFor();

    const screens = [
      ['Today', '#/', 'smp-status-card'],
      ['Check in', '#/check-in', 'smp-check-in-form'],
      ['History', '#/history', 'smp-check-in-history'],
      ['Plan', '#/plan', 'smp-plan-editor'],
      ['Settings', '#/settings', 'smp-settings-panel dl'],
      ['Share', '#/share', 'smp-report-form'],
      ['Photos', '#/photos', 'smp-photo-timeline .day'],
    ];
    for (const [name, hash, ready] of screens) {
      await page.goto(`${server.origin}/${hash}`);
      await page.locator(ready).first().waitFor({ state: 'attached' });
      found.push(...(await page.evaluate(unmarked, name)));
    }
    escaped = [...new Set(found)].filter((line) => !NOT_MESSAGES.has(line.replace(/^[^:]+: “|”$/g, '')));
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('walks every screen and finds no word of the UI’s own files outside the catalogue', () => {
    const sources = uiSources();
    const text = (line) => line.replace(/^[^:]+: (?:[\w-]+=)?“|”$/g, '');
    assert.deepEqual(
      escaped.filter((line) => writtenIn(sources, text(line))),
      [],
    );
  });

  it('finds no word at all outside the catalogue', () => {
    assert.deepEqual(escaped, []);
  });
});
