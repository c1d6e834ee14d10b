// The journeys that matter, written once against the driver interface (driver.mjs) and run in each
// engine by its test file: first run → Today's day number; a check-in with an urgent flag; photos
// imported through the file input; the timeline; compare; the backup download; the PDF report;
// an offline reload; the backup restored into a fresh profile.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { BlobReader, Uint8ArrayWriter, ZipReader } from '@zip.js/zip.js/lib/zip-core-native.js';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { findDeep } from './page.mjs';
import { serveApp } from './server.mjs';

const require = createRequire(import.meta.url);
const standardFontDataUrl = `${join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

/** "Now" in every journey (local time): two days after the session, so Today is day 3. */
const NOW = new Date('2026-03-03T10:00:00').getTime();
const SESSION = '2026-03-01';

/** The journeys' names, for a test file's `todo` list. */
export const JOURNEYS = {
  firstRun: 'first run: the plan is set up and Today shows day 3',
  checkIn: 'a check-in with fever and swelling raises the urgent flag, which stays on Today',
  todayCopy:
    'a reload of Today shows the copy the app kept of it before any of its code runs, then the app takes its place',
  importPhotos: 'photos imported through the file input, a file that is not a photo refused with a sentence',
  timeline: 'the timeline lists the days with their photos, thumbnails drawn',
  compare: 'compare shows two photos of an area, and the slider reveals the later one',
  backup: 'the backup downloads as a ZIP with the records and the photos byte for byte',
  report: 'the PDF report downloads with the name, the day, the urgent flag and the photos',
  offline: 'an offline reload (service worker, server stopped) shows Today with the urgent flag and the history',
  restore: 'the backup restores into a fresh profile from its first screen, and a second restore changes nothing',
};

/** A JPEG drawn by the page's own canvas (one colour band), as bytes. */
async function canvasJpeg(browser, color) {
  const dataUrl = await browser.evaluate((color) => {
    const canvas = document.createElement('canvas');
    canvas.width = 600;
    canvas.height = 800;
    const context = canvas.getContext('2d');
    context.fillStyle = '#e9d7c5';
    context.fillRect(0, 0, 600, 800);
    context.fillStyle = color;
    context.fillRect(0, 0, 600, 300);
    return canvas.toDataURL('image/jpeg', 0.9);
  }, color);
  return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
}

/** Every entry of a ZIP: name → bytes. */
async function unzip(bytes) {
  const reader = new ZipReader(new BlobReader(new Blob([bytes])));
  const out = new Map();
  for (const entry of await reader.getEntries()) out.set(entry.filename, await entry.getData(new Uint8ArrayWriter()));
  await reader.close();
  return out;
}

/** A page function: how many images matching a deep query have loaded and have pixels. */
const loadedImages = (css) =>
  `() => (${findDeep})({ css: ${JSON.stringify(css)}, want: 'all' }).filter((img) => img.complete && img.naturalWidth > 0).length`;

/** A page function: notes in `window.todayCopyShown` whether pwa/index.html put Today's copy on the page. */
function watchTodayCopy() {
  new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) if (node.classList?.contains('today-copy')) window.todayCopyShown = true;
  }).observe(document, { childList: true, subtree: true });
}

/** Clicks the app's navigation link to `hash` (e.g. "#/photos"). */
const go = (browser, hash) => browser.click(`smp-app >>> a[href="${hash}"]`);

/**
 * Registers the journeys for `engine` (see chromium.mjs, firefox.mjs, webkit.mjs): skipped, with
 * the reason, when its browser is not installed here. `todo` maps a journey's name to why it is a
 * known failure in this engine: it still runs, and its failure is reported without failing the run.
 */
export function defineJourneys(engine, { todo = {} } = {}) {
  const missing = engine.missing();
  const journey = (name, fn) => it(name, todo[name] ? { todo: todo[name] } : {}, fn);

  describe(`${engine.name}: the PWA's journeys`, { skip: missing ?? false }, () => {
    // Every engine's page also notes whether the page put up Today's copy (pwa/index.html), before the app's code.
    const pageScript = `${engine.pageScript?.({ now: NOW }) ?? ''};(${watchTodayCopy})();`;
    // What one journey hands the next; a journey that needs what an earlier one failed to make says so at once.
    const made = { photos: null, backup: null };
    const need = (what, from) => assert.ok(made[what], `needs ${what} from "${from}", which failed`);
    let files;
    let server;
    let browser;

    before(async () => {
      files = mkdtempSync(join(tmpdir(), 'smp-engines-'));
      await engine.start?.();
      server = await serveApp({ pageScript });
      browser = await engine.launch({ now: NOW });
    });

    after(async () => {
      await browser?.close();
      await server?.close();
      await engine.stop?.();
      if (files) rmSync(files, { recursive: true, force: true });
    });

    journey(JOURNEYS.firstRun, async () => {
      await browser.goto(`${server.origin}/`);
      await browser.waitForElement('smp-first-run >>> h1', { text: 'When was your treatment?' });
      await browser.setValue('smp-first-run >>> input[type="date"]', SESSION);
      await browser.click('smp-first-run >>> button[type="submit"]', { text: 'Start my aftercare' });
      await browser.waitForElement('smp-status-card >>> h2', { text: /Day 3\b/ });
      const card = await browser.text('smp-status-card');
      assert.match(card, /Strict care/);
      assert.match(card, /Keep your scalp dry/);
      assert.match(card, /Washing your head allowed .* in 3 days/);
    });

    journey(JOURNEYS.checkIn, async () => {
      await go(browser, '#/check-in');
      await browser.click('smp-check-in-form >>> label:has(input[name="swelling"][value="moderate"])');
      await browser.type('smp-check-in-form >>> #temperature', '38.6');
      await browser.waitForElement('smp-check-in-form >>> smp-flag-list', { text: 'Seek medical help now' });
      await browser.click('smp-check-in-form >>> button[type="submit"]', { text: 'Save check-in' });
      // Saved: the form now edits the stored check-in.
      await browser.waitForElement('smp-check-in-form >>> button[type="submit"]', { text: 'Update check-in' });
      await go(browser, '#/');
      await browser.waitForElement('smp-status-card');
      await browser.waitForElement('smp-app >>> main', { text: 'Seek medical help now' });
    });

    journey(JOURNEYS.todayCopy, async () => {
      await browser.waitForElement('smp-app >>> main', { text: 'Seek medical help now' });
      // The app keeps the copy a second after Today is drawn.
      await browser.waitFor("the app to keep Today's copy", () =>
        JSON.parse(localStorage.getItem('smp-aftercare-today-copy') ?? 'null')?.html.includes('Seek medical help now'),
      );
      await browser.reload();
      await browser.waitForElement('smp-status-card >>> h2', { text: /Day 3\b/ });
      await browser.waitForElement('smp-app >>> main', { text: 'Seek medical help now' });
      assert.equal(await browser.evaluate(() => window.todayCopyShown === true), true, 'the copy was put up');
      assert.equal(
        await browser.evaluate(() => document.querySelector('.today-copy') === null),
        true,
        'and the app took its place',
      );
    });

    journey(JOURNEYS.importPhotos, async () => {
      await go(browser, '#/photos');
      await browser.waitForElement('smp-app >>> h1', { text: 'Healing photos' });
      const photos = [
        { name: 'IMG_1.jpg', bytes: await canvasJpeg(browser, '#3a2a20') },
        { name: 'IMG_2.jpg', bytes: await canvasJpeg(browser, '#7a5a40') },
        { name: 'notes.txt', bytes: Buffer.from('not a photo') },
      ];
      for (const file of photos) writeFileSync(join(files, file.name), file.bytes);
      await browser.setFiles(
        'smp-photo-add >>> input[type="file"][multiple]',
        photos.map((file) => join(files, file.name)),
      );
      await browser.waitForElement('smp-photo-add >>> [role="alert"]', { text: '2 photos added.' });
      assert.match(
        await browser.text('smp-photo-add >>> [role="alert"]'),
        /“notes\.txt” is not a photo this app can open/,
      );
      made.photos = photos.slice(0, 2);
    });

    journey(JOURNEYS.timeline, async () => {
      need('photos', JOURNEYS.importPhotos);
      await browser.waitForElement('smp-photo-timeline', { text: '2 photos over 3 days' });
      assert.match(await browser.text('smp-photo-timeline'), /Mon 2 Mar 2026 Day 2 No photo/);
      await browser.waitFor('two thumbnails drawn', `() => (${loadedImages('smp-photo-thumb >>> img')})() >= 2`);
    });

    journey(JOURNEYS.compare, async () => {
      need('photos', JOURNEYS.importPhotos);
      await go(browser, '#/compare/crown');
      await browser.waitForElement('smp-app >>> h1', { text: 'Compare: crown' });
      await browser.waitFor('both photos drawn', `() => (${loadedImages('smp-photo-compare >>> img')})() === 2`);
      await browser.click('smp-photo-compare >>> button', { text: 'Slider' });
      await browser.setValue('smp-photo-compare >>> input#reveal', '30');
      await browser.waitFor(
        'the later photo revealed by 30%',
        `() => /\\b70%/.test((${findDeep})({ css: 'smp-photo-compare >>> img.later' })?.style.clipPath)`,
      );
    });

    journey(JOURNEYS.backup, async () => {
      need('photos', JOURNEYS.importPhotos);
      await go(browser, '#/share');
      await browser.waitForElement('smp-share-page >>> h1', { text: 'Share and back up' });
      const file = await browser.download(() =>
        browser.click('smp-share-page >>> button', { text: 'Download a backup' }),
      );
      assert.equal(file.name, 'smp-aftercare-backup-2026-03-03.zip');
      await browser.waitForElement('smp-share-page >>> [role="status"]', {
        text: /Saved “smp-aftercare-backup-2026-03-03\.zip” \(2 photos, \d+ KB\)/,
      });
      const entries = await unzip(file.bytes);
      const manifest = JSON.parse(new TextDecoder().decode(entries.get('manifest.json')));
      assert.equal(manifest.format, 'smp-aftercare-journal-backup');
      const journal = JSON.parse(new TextDecoder().decode(entries.get('journal.json')));
      assert.deepEqual(
        journal.plan.sessions.map((session) => session.date),
        [SESSION],
      );
      assert.equal(journal.checkIns.length, 1);
      const originals = [...entries.keys()].filter((name) => name.startsWith('photos/'));
      const stored = originals.map((name) => Buffer.from(entries.get(name)).toString('base64')).sort();
      const chosen = made.photos.map((photo) => photo.bytes.toString('base64')).sort();
      assert.deepEqual(stored, chosen, 'the originals in the backup are the chosen files, byte for byte');
      made.backup = join(files, file.name);
      writeFileSync(made.backup, file.bytes);
    });

    journey(JOURNEYS.report, async () => {
      await go(browser, '#/share');
      await browser.type('smp-report-form >>> input#client', 'Alex Example');
      const file = await browser.download(() =>
        browser.click('smp-report-form >>> button[type="submit"]', { text: 'Make the PDF report' }),
      );
      assert.equal(file.name, `smp-progress-${SESSION}-to-2026-03-03.pdf`);
      await browser.waitForElement('smp-report-form', { text: /Saved “smp-progress-.*\.pdf” \(\d+ KB\)/ });
      const pdf = await getDocument({ data: new Uint8Array(file.bytes), standardFontDataUrl }).promise;
      let text = '';
      for (let n = 1; n <= pdf.numPages; n += 1)
        text += ` ${(await (await pdf.getPage(n)).getTextContent()).items.map((item) => item.str).join(' ')}`;
      assert.match(text, /Alex Example/);
      assert.match(text, /Day 3/);
      assert.match(text, /URGENT/);
      const photos = file.bytes.toString('latin1').match(/\/Filter\s*\/DCTDecode/g) ?? [];
      assert.equal(photos.length, made.photos?.length ?? 0, 'each photo of the journal is in the report');
    });

    journey(JOURNEYS.offline, async () => {
      await go(browser, '#/');
      await browser.evaluate(() => navigator.serviceWorker.ready.then(() => true));
      await browser.reload();
      await browser.waitFor(
        'the service worker to control the page',
        () => navigator.serviceWorker.controller !== null,
      );
      await server.close();
      await browser.setOffline(true);
      await browser.reload();
      await browser.waitForElement('smp-status-card >>> h2', { text: /Day 3\b/ });
      await browser.waitForElement('smp-app >>> main', { text: 'Seek medical help now' });
      await go(browser, '#/history');
      await browser.waitForElement('smp-check-in-history', { text: 'Tue 3 Mar 2026' });
      await browser.setOffline(false);
    });

    journey(JOURNEYS.restore, async () => {
      need('backup', JOURNEYS.backup);
      // A new phone: a new profile (the first one closed: one WebKitWebDriver session at a time) and a
      // new server (the offline journey stopped the first). A session whose browser crashed cannot be
      // ended: the new one starts all the same.
      await browser.close().catch(() => undefined);
      browser = null;
      // The offline journey stopped the first server, unless it failed first: a server left open
      // would keep this file's process alive after its last test.
      await server.close();
      server = await serveApp({ pageScript });
      const fresh = await engine.launch({ now: NOW });
      try {
        await fresh.goto(`${server.origin}/`);
        await fresh.click('smp-app >>> a[href="#/share"]', { text: 'Restore your journal from a backup' });
        await fresh.setFiles('smp-share-page >>> input[type="file"]', [made.backup]);
        await fresh.waitForElement('smp-share-page >>> [role="status"]', {
          text: /Restored 2 photos, 1 check-in, .*the treatment plan/,
        });
        await go(fresh, '#/');
        await fresh.waitForElement('smp-status-card >>> h2', { text: /Day 3\b/ });
        await fresh.waitForElement('smp-app >>> main', { text: 'Seek medical help now' });
        await go(fresh, '#/photos');
        await fresh.waitForElement('smp-photo-timeline', { text: '2 photos over 3 days' });
        await fresh.waitFor('two thumbnails drawn', `() => (${loadedImages('smp-photo-thumb >>> img')})() >= 2`);
        await go(fresh, '#/share');
        await fresh.setFiles('smp-share-page >>> input[type="file"]', [made.backup]);
        await fresh.waitForElement('smp-share-page >>> [role="status"]', {
          text: 'Everything in that backup was already in your journal',
        });
      } finally {
        await fresh.close();
      }
    });
  });
}
