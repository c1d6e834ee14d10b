// End-to-end: backing up from the UI, restoring into a fresh browser profile, the weekly reminder,
// a refused file, and a full device, all on the built PWA.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { BlobReader, Uint8ArrayWriter, ZipReader } from '@zip.js/zip.js/lib/zip-core-native.js';
import {
  addPhotos,
  axeViolations,
  canvasJpeg,
  deepText,
  launchBrowser,
  startPwaWithPlan,
  waitForToday,
} from './helpers.mjs';

const downloads = mkdtempSync(join(tmpdir(), 'smp-backup-'));

/** A JPEG drawn by the page's canvas, as a file for the file chooser. */
async function jpeg(page, name, color) {
  return { name, mimeType: 'image/jpeg', buffer: await canvasJpeg(page, { color }) };
}

/** Every entry of a ZIP file on disk: name → bytes. */
async function unzip(path) {
  const reader = new ZipReader(new BlobReader(new Blob([readFileSync(path)])));
  const out = new Map();
  for (const entry of await reader.getEntries()) out.set(entry.filename, await entry.getData(new Uint8ArrayWriter()));
  await reader.close();
  return out;
}

/** A photo's record as a backup's journal.json holds it, for `bytes` of a picture. */
const photoRecord = (id, bytes) => ({
  id,
  date: '2026-03-02',
  takenAt: null,
  area: 'crown',
  note: '',
  type: 'image/jpeg',
  bytes: bytes.length,
  width: 4000,
  height: 3000,
  orientation: 1,
  addedAt: '2026-03-02T09:00:00.000Z',
});

/** A backup made here with zip.js in the layout the app writes, of `photos` ({ id, original, thumbnail } bytes). */
async function backupOf(photos) {
  const { BlobWriter, Uint8ArrayReader, ZipWriter } = await import('@zip.js/zip.js/lib/zip-core-native.js');
  const records = photos.map(({ id, original }) => photoRecord(id, original));
  const journal = { plan: null, settings: null, regimen: null, checkIns: [], adherence: [], photos: records };
  const manifest = { format: 'smp-aftercare-journal-backup', version: 1, createdAt: '2026-03-02T10:00:00.000Z' };
  const writer = new ZipWriter(new BlobWriter('application/zip'));
  const text = (value) => new Uint8ArrayReader(new TextEncoder().encode(JSON.stringify(value)));
  await writer.add('manifest.json', text(manifest), { level: 0 });
  await writer.add('journal.json', text(journal), { level: 0 });
  for (const { id, original, thumbnail } of photos) {
    await writer.add(`photos/${id}.jpg`, new Uint8ArrayReader(new Uint8Array(original)), { level: 0 });
    await writer.add(`thumbnails/${id}.jpg`, new Uint8ArrayReader(new Uint8Array(thumbnail)), { level: 0 });
  }
  return Buffer.from(await (await writer.close()).arrayBuffer());
}

/** Restores `zip` (as "old-phone.zip") from the Share screen, expecting a refusal; resolves with its sentence. */
async function refusedRestore(page, origin, zip) {
  await page.goto(`${origin}/#/share`);
  await page
    .locator('smp-share-page input[type="file"]')
    .setInputFiles({ name: 'old-phone.zip', mimeType: 'application/zip', buffer: zip });
  const alert = page.locator('smp-share-page').getByRole('alert');
  await alert.waitFor();
  return (await alert.textContent()).trim();
}

/** How many photos, originals and thumbnails the page's journal holds. */
function storedPhotoCounts(page) {
  return page.evaluate(async () => {
    const db = await new Promise((resolve) => {
      const request = indexedDB.open('smp-aftercare-journal');
      request.onsuccess = () => resolve(request.result);
    });
    const tx = db.transaction(['photos', 'originals', 'thumbnails']);
    const keys = (name) =>
      new Promise((resolve) => {
        const request = tx.objectStore(name).getAllKeys();
        request.onsuccess = () => resolve(request.result.length);
      });
    const [photos, originals, thumbnails] = await Promise.all(['photos', 'originals', 'thumbnails'].map(keys));
    db.close();
    return { photos, originals, thumbnails };
  });
}

describe('backup and restore, end to end', () => {
  let server;
  let browser;
  let page;
  let added;

  // Each test: a fresh browser on 3 March, two days after the session, with its own journal.
  beforeEach(async () => {
    ({ server, browser, page } = await startPwaWithPlan({ now: '2026-03-03T10:00:00', sessionDate: '2026-03-01' }));
    added = [];
  });

  afterEach(async () => {
    await browser?.close();
    await server?.close();
  });

  const backupHeading = () => page.getByRole('heading', { name: 'Time for a backup' });
  const photoReminder = () => page.getByRole('heading', { name: 'No healing photo yet today' });

  /** Adds two photos (kept in `added`) through the Photos screen. */
  async function addTwoPhotos() {
    added.push(await jpeg(page, 'IMG_1.jpg', '#3a2a20'), await jpeg(page, 'IMG_2.jpg', '#7a5a40'));
    await addPhotos(page, added);
  }

  /** Two photos added on 3 March, and the clock on 11 March with no backup made: Today asks for one. */
  async function photosAWeekOld() {
    await addTwoPhotos();
    await browser.context.clock.setFixedTime(new Date('2026-03-11T10:00:00'));
    await page.goto(`${server.origin}/#/`);
    await page.reload();
    await backupHeading().waitFor();
  }

  /** Makes a backup from the Share screen; returns the saved file's path. */
  async function downloadBackup() {
    await page.goto(`${server.origin}/#/share`);
    await page.getByRole('heading', { name: 'Share and back up' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download a backup' }).click(),
    ]);
    const path = join(mkdtempSync(join(downloads, 'run-')), download.suggestedFilename());
    await download.saveAs(path);
    await page.getByText(/Saved “smp-aftercare-backup-.*\.zip” \(2 photos, \d+ KB\)/).waitFor();
    return path;
  }

  it('does not ask for a backup while there are no photos, or before a week has passed', async () => {
    // The photo reminder renders with the backup one, from the same read of the journal.
    await waitForToday(page);
    await photoReminder().waitFor();
    assert.equal(await backupHeading().count(), 0);
    await addTwoPhotos();
    await page.getByRole('link', { name: 'Today' }).click();
    await waitForToday(page);
    // Gone once Today has read the photos just added: the backup reminder was worked out then too.
    await photoReminder().waitFor({ state: 'detached' });
    assert.equal(await backupHeading().count(), 0);
  });

  it('asks for a backup on Today once photos are a week old and none was made', async () => {
    await photosAWeekOld();
    assert.match(
      await deepText(page.locator('main')),
      /You have not made a backup yet and you have added photos since/,
    );
    assert.deepEqual(await axeViolations(page), []);
  });

  it('makes the backup from the UI: a ZIP with the manifest, the records and the photos byte for byte', async () => {
    await photosAWeekOld();
    await page.getByRole('link', { name: 'Back up now' }).click();
    await page.getByRole('heading', { name: 'Share and back up' }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download a backup' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'smp-aftercare-backup-2026-03-11.zip');
    const backupPath = join(mkdtempSync(join(downloads, 'run-')), download.suggestedFilename());
    await download.saveAs(backupPath);
    await page.getByText(/Saved “smp-aftercare-backup-2026-03-11\.zip” \(2 photos, \d+ KB\)/).waitFor();

    const entries = await unzip(backupPath);
    const manifest = JSON.parse(new TextDecoder().decode(entries.get('manifest.json')));
    assert.equal(manifest.format, 'smp-aftercare-journal-backup');
    assert.equal(manifest.version, 1);
    const journal = JSON.parse(new TextDecoder().decode(entries.get('journal.json')));
    assert.deepEqual(
      journal.plan.sessions.map((s) => s.date),
      ['2026-03-01'],
    );
    assert.equal(journal.photos.length, 2);
    const originals = [...entries.keys()].filter((name) => name.startsWith('photos/'));
    assert.equal(originals.length, 2);
    const stored = originals.map((name) => Buffer.from(entries.get(name)).toString('base64')).sort();
    assert.deepEqual(stored, added.map((f) => f.buffer.toString('base64')).sort(), 'photos are byte-identical');
  });

  it('stops asking once the backup is made', async () => {
    await photosAWeekOld();
    await downloadBackup();
    await page.getByRole('link', { name: 'Today' }).click();
    await waitForToday(page);
    // No photo on 11 March yet: that reminder shows, and the backup one would show beside it.
    await photoReminder().waitFor();
    // Today may first show what it read before the backup was saved; it reads the journal again.
    await backupHeading().waitFor({ state: 'detached' });
    assert.equal(await backupHeading().count(), 0);
  });

  it('restores the backup into a fresh profile from the first screen, and a second restore changes nothing', async () => {
    await addTwoPhotos();
    const backupPath = await downloadBackup();
    const other = await launchBrowser();
    try {
      await other.context.clock.setFixedTime(new Date('2026-03-12T10:00:00'));
      const fresh = other.context.pages()[0] ?? (await other.context.newPage());
      await fresh.goto(`${server.origin}/`);
      await fresh.getByRole('link', { name: 'Restore your journal from a backup' }).click();
      await fresh.locator('smp-share-page input[type="file"]').setInputFiles(backupPath);
      await fresh.getByText('Restored 2 photos, the treatment plan.', { exact: false }).waitFor();
      await fresh.getByRole('link', { name: 'Today' }).click();
      assert.match(await deepText(fresh.locator('smp-status-card')), /Day 12/);
      await fresh.getByRole('link', { name: 'Photos' }).click();
      await fresh.locator('smp-photo-timeline').getByText('2 photos over 12 days').waitFor();
      const restored = await fresh.evaluate(async () => {
        const db = await new Promise((resolve) => {
          const request = indexedDB.open('smp-aftercare-journal');
          request.onsuccess = () => resolve(request.result);
        });
        const all = await new Promise((resolve) => {
          const request = db.transaction('originals').objectStore('originals').getAll();
          request.onsuccess = () => resolve(request.result);
        });
        const out = [];
        for (const blob of all) {
          const bytes = new Uint8Array(await blob.arrayBuffer());
          let text = '';
          for (const b of bytes) text += String.fromCharCode(b);
          out.push(btoa(text));
        }
        db.close();
        return out.sort();
      });
      assert.deepEqual(restored, added.map((f) => f.buffer.toString('base64')).sort());

      await fresh.getByRole('link', { name: 'Share' }).click();
      await fresh.locator('smp-share-page input[type="file"]').setInputFiles(backupPath);
      await fresh.getByText('Everything in that backup was already in your journal').waitFor();
    } finally {
      await other.close();
    }
  });

  it('refuses a file that is not a backup with a sentence, changing nothing', async () => {
    await addTwoPhotos();
    await page.getByRole('link', { name: 'Share' }).click();
    await page
      .locator('smp-share-page input[type="file"]')
      .setInputFiles({ name: 'notes.zip', mimeType: 'application/zip', buffer: Buffer.from('hello, not a zip') });
    const alert = page.locator('smp-share-page').getByRole('alert');
    await alert.waitFor();
    assert.equal(
      await alert.textContent(),
      '“notes.zip” cannot be restored: it is not a backup of this app (not a ZIP file). Choose the .zip file the app saved. Nothing was changed.',
    );
    await page.getByRole('link', { name: 'Photos' }).click();
    await page.locator('smp-photo-timeline').getByText('2 photos over 3 days').waitFor();
  });
});

describe('restoring onto a full device, end to end', () => {
  it('refuses with a sentence saying what to do, and keeps the journal as it was', async () => {
    const { server, browser, page } = await startPwaWithPlan({
      now: '2026-03-03T10:00:00',
      sessionDate: '2026-03-01',
      quota: 2_500_000,
    });
    try {
      // A backup with one 3 MB photo.
      // A real picture (a restore decodes each photo) padded to 3 MB: decoders ignore bytes after its end.
      const head = await canvasJpeg(page, { color: '#5a4030' });
      const photo = new Uint8Array(3_000_000).map((_, i) => (i * 7919) % 251);
      photo.set(head);
      const zip = await backupOf([{ id: 'photo-from-old-phone-1', original: photo, thumbnail: head }]);
      // One small photo already in the journal, to see it kept and to know when the diary has loaded.
      await addPhotos(page, [await jpeg(page, 'IMG_1.jpg', '#3a2a20')]);
      assert.match(
        await refusedRestore(page, server.origin, zip),
        /storage for this app is full.*nothing was saved|this device has .* free/,
      );
      await page.getByRole('link', { name: 'Photos' }).click();
      await page.locator('smp-photo-timeline').getByText('1 photo over 3 days').waitFor();
      const stored = await storedPhotoCounts(page);
      assert.deepEqual(stored, { photos: 1, originals: 1, thumbnails: 1 }, 'no photo was half-restored');
      await page.getByRole('link', { name: 'Today' }).click();
      await page.locator('smp-status-card').getByRole('heading', { name: /Day 3/ }).waitFor();
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe('restoring a backup whose last photo does not open, end to end', () => {
  it('refuses it with a sentence naming the file, and none of the photos written before it is kept', async () => {
    const { server, browser, page } = await startPwaWithPlan({ now: '2026-03-03T10:00:00', sessionDate: '2026-03-01' });
    try {
      // Five good pictures, then one cut in half: the first five are checked (and written) before it.
      const photos = [];
      for (let i = 0; i < 6; i += 1) {
        const picture = await canvasJpeg(page, { width: 640, height: 480, color: `#5${i}4030` });
        const original = i === 5 ? picture.subarray(0, picture.length >> 1) : picture;
        photos.push({ id: `photo-from-old-phone-${i}`, original, thumbnail: picture });
      }
      const zip = await backupOf(photos);
      assert.equal(
        await refusedRestore(page, server.origin, zip),
        '“old-phone.zip” cannot be restored: the photo file photos/photo-from-old-phone-5.jpg is damaged (it does not open as a picture). Nothing was changed.',
      );
      // The sentence shows once what was written is removed again.
      assert.deepEqual(await storedPhotoCounts(page), { photos: 0, originals: 0, thumbnails: 0 });
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
