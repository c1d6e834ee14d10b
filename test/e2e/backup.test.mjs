// End-to-end: backing up from the UI, restoring into a fresh browser profile, the weekly reminder,
// a refused file, and a full device, all on the built PWA.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { BlobReader, Uint8ArrayWriter, ZipReader } from '@zip.js/zip.js/lib/zip-core-native.js';
import { axeViolations, canvasJpeg, deepText, launchBrowser, startPwaWithPlan } from './helpers.mjs';

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

describe('backup and restore, end to end', () => {
  let server;
  let browser;
  let page;
  let backupPath;
  const added = [];

  before(async () => {
    ({ server, browser, page } = await startPwaWithPlan({ now: '2026-03-03T10:00:00', sessionDate: '2026-03-01' }));
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('does not ask for a backup while there are no photos, or before a week has passed', async () => {
    assert.equal(await page.getByRole('heading', { name: 'Time for a backup' }).count(), 0);
    await page.getByRole('link', { name: 'Photos' }).click();
    added.push(await jpeg(page, 'IMG_1.jpg', '#3a2a20'), await jpeg(page, 'IMG_2.jpg', '#7a5a40'));
    await page.locator('smp-photo-add input[type="file"][multiple]').setInputFiles(added);
    await page.getByText('2 photos added.').waitFor();
    await page.getByRole('link', { name: 'Today' }).click();
    await page.locator('smp-status-card').waitFor();
    assert.equal(await page.getByRole('heading', { name: 'Time for a backup' }).count(), 0);
  });

  it('asks for a backup on Today once photos are a week old and none was made', async () => {
    await browser.context.clock.setFixedTime(new Date('2026-03-11T10:00:00'));
    await page.reload();
    await page.getByRole('heading', { name: 'Time for a backup' }).waitFor();
    assert.match(
      await deepText(page.locator('main')),
      /You have not made a backup yet and you have added photos since/,
    );
    assert.deepEqual(await axeViolations(page), []);
  });

  it('makes the backup from the UI: a ZIP with the manifest, the records and the photos byte for byte', async () => {
    await page.getByRole('link', { name: 'Back up now' }).click();
    await page.getByRole('heading', { name: 'Share and back up' }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download a backup' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'smp-aftercare-backup-2026-03-11.zip');
    backupPath = join(downloads, download.suggestedFilename());
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
    await page.getByRole('link', { name: 'Today' }).click();
    await page.locator('smp-status-card').waitFor();
    assert.equal(await page.getByRole('heading', { name: 'Time for a backup' }).count(), 0);
  });

  it('restores the backup into a fresh profile from the first screen, and a second restore changes nothing', async () => {
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
    await page.locator('smp-photo-timeline').getByText('2 photos over 11 days').waitFor();
  });
});

describe('restoring onto a full device, end to end', () => {
  it('refuses with a sentence saying what to do, and keeps the journal as it was', async () => {
    // A backup with one 3 MB photo, made here with zip.js in the same layout the app writes.
    const { BlobWriter, Uint8ArrayReader, ZipWriter } = await import('@zip.js/zip.js/lib/zip-core-native.js');
    const photo = new Uint8Array(3_000_000).map((_, i) => (i * 7919) % 251);
    const record = {
      id: 'photo-from-old-phone-1',
      date: '2026-03-02',
      takenAt: null,
      area: 'crown',
      note: '',
      type: 'image/jpeg',
      bytes: photo.length,
      width: 4000,
      height: 3000,
      orientation: 1,
      addedAt: '2026-03-02T09:00:00.000Z',
    };
    const journal = { plan: null, settings: null, regimen: null, checkIns: [], adherence: [], photos: [record] };
    const manifest = { format: 'smp-aftercare-journal-backup', version: 1, createdAt: '2026-03-02T10:00:00.000Z' };
    const writer = new ZipWriter(new BlobWriter('application/zip'));
    const text = (value) => new Uint8ArrayReader(new TextEncoder().encode(JSON.stringify(value)));
    await writer.add('manifest.json', text(manifest), { level: 0 });
    await writer.add('journal.json', text(journal), { level: 0 });
    await writer.add(`photos/${record.id}.jpg`, new Uint8ArrayReader(photo), { level: 0 });
    await writer.add(`thumbnails/${record.id}.jpg`, new Uint8ArrayReader(photo.subarray(0, 2000)), { level: 0 });
    const zip = Buffer.from(await (await writer.close()).arrayBuffer());

    const { server, browser, page } = await startPwaWithPlan({
      now: '2026-03-03T10:00:00',
      sessionDate: '2026-03-01',
      quota: 2_500_000,
    });
    try {
      await page.goto(`${server.origin}/#/share`);
      await page
        .locator('smp-share-page input[type="file"]')
        .setInputFiles({ name: 'old-phone.zip', mimeType: 'application/zip', buffer: zip });
      const alert = page.locator('smp-share-page').getByRole('alert');
      await alert.waitFor();
      assert.match(
        await alert.textContent(),
        /storage for this app is full.*nothing was saved|this device has .* free/,
      );
      await page.getByRole('link', { name: 'Photos' }).click();
      await page.getByRole('heading', { name: 'Healing photos' }).waitFor();
      assert.equal(await page.locator('smp-photo-thumb').count(), 0, 'no photo was half-restored');
      await page.getByRole('link', { name: 'Today' }).click();
      assert.match(await deepText(page.locator('smp-status-card')), /Day 3/, 'the plan is untouched');
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
