// End to end, with photos kept as bytes, as where IndexedDB refuses Blobs (WebKit's private
// browsing, so Safari's): the app's test switch (localStorage 'smp-image-storage' = 'bytes', set
// before the app loads) forces that path in Chromium, on the built PWA.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { BlobReader, Uint8ArrayWriter, ZipReader } from '@zip.js/zip.js/lib/zip-core-native.js';
import { addPhotos, canvasJpeg, completeFirstRun, launchBrowser, serveBuilt } from './helpers.mjs';

const forceBytes = () => localStorage.setItem('smp-image-storage', 'bytes');

/** A fresh browser, its clock fixed, that keeps photos as bytes from the first page it loads. */
async function bytesBrowser() {
  const browser = await launchBrowser();
  await browser.context.addInitScript(forceBytes);
  await browser.context.clock.setFixedTime(new Date('2026-03-03T10:00:00'));
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  return { browser, page };
}

/** How each original is kept in the journal ("blob" or "bytes"), and its bytes in base64, read with plain IndexedDB. */
function storedOriginals(page) {
  return page.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('smp-aftercare-journal');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const values = await new Promise((resolve, reject) => {
      const request = db.transaction('originals').objectStore('originals').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    const out = [];
    for (const value of values) {
      const kind = value instanceof Blob ? 'blob' : value?.bytes instanceof ArrayBuffer ? 'bytes' : typeof value;
      const bytes = new Uint8Array(value instanceof Blob ? await value.arrayBuffer() : value.bytes);
      let text = '';
      for (const b of bytes) text += String.fromCharCode(b);
      out.push({ kind, type: value.type, base64: btoa(text) });
    }
    return out.sort((a, b) => a.base64.localeCompare(b.base64));
  });
}

/** Waits until the timeline's thumbnails have loaded as images (read back from their bytes). */
async function thumbnailsShown(page, count) {
  await page.waitForFunction((n) => {
    const images = [];
    const walk = (root) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.tagName === 'IMG' && element.complete && element.naturalWidth > 0) images.push(element);
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(document);
    return images.length >= n;
  }, count);
}

describe('photos kept as bytes where Blobs cannot go, end to end', () => {
  let server;
  const browsers = [];

  before(async () => {
    server = await serveBuilt('pwa');
  });
  after(async () => {
    for (const browser of browsers) await browser.close();
    await server?.close();
  });

  it('imports photos, backs them up and restores them into a fresh profile, the originals byte for byte', async () => {
    const first = await bytesBrowser();
    browsers.push(first.browser);
    const { page } = first;
    await completeFirstRun(page, server.origin, '2026-03-01');
    const added = [
      { name: 'IMG_1.jpg', mimeType: 'image/jpeg', buffer: await canvasJpeg(page, { color: '#3a2a20' }) },
      { name: 'IMG_2.jpg', mimeType: 'image/jpeg', buffer: await canvasJpeg(page, { color: '#7a5a40' }) },
    ];
    const expected = added
      .map((file) => ({ kind: 'bytes', type: 'image/jpeg', base64: file.buffer.toString('base64') }))
      .sort((a, b) => a.base64.localeCompare(b.base64));

    await addPhotos(page, added);
    assert.deepEqual(await storedOriginals(page), expected, 'kept as bytes, byte for byte');
    await thumbnailsShown(page, 2);

    await page.getByRole('link', { name: 'Share' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download a backup' }).click(),
    ]);
    const backupPath = join(mkdtempSync(join(tmpdir(), 'smp-blobless-')), download.suggestedFilename());
    await download.saveAs(backupPath);
    await page.getByText(/Saved “smp-aftercare-backup-2026-03-03\.zip” \(2 photos, \d+ KB\)/).waitFor();
    const reader = new ZipReader(new BlobReader(new Blob([readFileSync(backupPath)])));
    const inZip = [];
    for (const entry of await reader.getEntries())
      if (entry.filename.startsWith('photos/'))
        inZip.push(Buffer.from(await entry.getData(new Uint8ArrayWriter())).toString('base64'));
    await reader.close();
    assert.deepEqual(inZip.sort(), expected.map((e) => e.base64).sort(), 'the backup holds the originals as taken');

    const second = await bytesBrowser();
    browsers.push(second.browser);
    const fresh = second.page;
    await fresh.goto(`${server.origin}/`);
    await fresh.getByRole('link', { name: 'Restore your journal from a backup' }).click();
    await fresh.locator('smp-share-page input[type="file"]').setInputFiles(backupPath);
    await fresh.getByText('Restored 2 photos, the treatment plan.', { exact: false }).waitFor();
    assert.deepEqual(await storedOriginals(fresh), expected, 'restored as bytes, byte for byte');
    await fresh.getByRole('link', { name: 'Photos' }).click();
    await fresh.locator('smp-photo-timeline').getByText('2 photos over 3 days').waitFor();
    await thumbnailsShown(fresh, 2);
  });
});
