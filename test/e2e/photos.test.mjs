// End-to-end: the photo diary in the built PWA: import, timeline, edit, delete with undo, compare, offline.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { addPhotos, axeViolations, deepText, startPwaWithPlan, waitForToday } from './helpers.mjs';

describe('the photo diary, end to end', () => {
  let server;
  let browser;
  let page;

  /** A JPEG made by the page's own canvas, as a file for the file chooser. */
  async function jpeg(name, color, noisy = false) {
    const base64 = await page.evaluate(
      async ([color, noisy]) => {
        const canvas = new OffscreenCanvas(600, 800);
        const context = canvas.getContext('2d');
        context.fillStyle = '#e9d7c5';
        context.fillRect(0, 0, 600, 800);
        context.fillStyle = color;
        context.fillRect(0, 0, 600, 300);
        if (noisy) {
          // Noise makes a JPEG of a realistic size (a few hundred KB).
          const image = context.getImageData(0, 0, 600, 800);
          for (let i = 0; i < image.data.length; i += 1) image.data[i] = (image.data[i] + Math.random() * 120) & 255;
          context.putImageData(image, 0, 0);
        }
        const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg' })).arrayBuffer());
        let text = '';
        for (const b of bytes) text += String.fromCharCode(b);
        return btoa(text);
      },
      [color, noisy],
    );
    return { name, mimeType: 'image/jpeg', buffer: Buffer.from(base64, 'base64') };
  }

  // Each test: a fresh browser on 3 March, two days after the session, with an empty diary.
  beforeEach(async () => {
    // Chromium's fake camera, allowed without a prompt, stands in for the phone's.
    ({ server, browser, page } = await startPwaWithPlan({
      now: '2026-03-03T10:00:00',
      sessionDate: '2026-03-01',
      extraArgs: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
      permissions: ['camera'],
    }));
  });

  afterEach(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Adds `count` crown photos of today through the file chooser. */
  const addCrownPhotos = async (count) =>
    addPhotos(page, await Promise.all([...Array(count)].map((_, i) => jpeg(`IMG_${i + 1}.jpg`, `#${3 + i}a2a20`))));

  it('reminds about today’s photo on the Today screen', async () => {
    await page.getByRole('heading', { name: 'No healing photo yet today' }).waitFor();
  });

  it('adds chosen photos, refusing a file that is not a photo with a sentence', async () => {
    await page.getByRole('link', { name: 'Photos' }).click();
    await page.getByRole('heading', { name: 'Healing photos' }).waitFor();
    const files = [await jpeg('IMG_1.jpg', '#3a2a20'), await jpeg('IMG_2.jpg', '#5a4a40')];
    files.push({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a photo') });
    await page.locator('smp-photo-add input[type="file"][multiple]').setInputFiles(files);
    await page.getByText('2 photos added.').waitFor();
    await page.getByText('“notes.txt” is not a photo this app can open').waitFor();
    const timeline = await deepText(page.locator('smp-photo-timeline'));
    assert.match(timeline, /2 photos over 3 days/);
    assert.match(timeline, /Mon 2 Mar 2026 Day 2 No photo/);
    assert.deepEqual(await axeViolations(page), []);
  });

  it('takes a photo with the camera, lined up on a ghost of the last one', async () => {
    await addCrownPhotos(1);
    await page.getByRole('button', { name: 'Take a photo' }).click();
    const camera = page.locator('smp-camera-capture');
    await camera.getByRole('button', { name: 'Take photo' }).and(page.locator(':enabled')).waitFor();
    assert.equal(await camera.getByLabel('Ghost opacity').count(), 1, 'the last crown photo is offered as a ghost');
    await camera.getByRole('button', { name: 'Take photo' }).click();
    await page.getByText('1 photo added.').waitFor();
    await page.locator('smp-photo-timeline').getByText('2 photos over 3 days').waitFor();
  });

  it('opens a photo, edits its note, deletes it and undoes the delete', async () => {
    await addCrownPhotos(2);
    await page
      .getByRole('button', { name: /^Open Crown, Tue 3 Mar 2026/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Save changes' }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await page.getByLabel('Note').fill('after first wash');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { name: 'Healing photos' }).waitFor();
    await page
      .getByRole('button', { name: /^Open Crown/ })
      .first()
      .click();
    assert.equal(await page.getByLabel('Note').inputValue(), 'after first wash');
    await page.getByRole('button', { name: 'Delete photo' }).click();
    await page.getByText('Photo deleted.').waitFor();
    assert.match(await deepText(page.locator('smp-photo-timeline')), /1 photo over 3 days/);
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.locator('smp-photo-timeline').getByText('2 photos over 3 days').waitFor();
  });

  it('compares two photos of an area', async () => {
    await addCrownPhotos(2);
    await page.goto(`${server.origin}/#/compare/crown`);
    await page.getByRole('heading', { name: 'Compare: crown' }).waitFor();
    await page.locator('smp-photo-compare img').first().waitFor();
    assert.equal(await page.locator('smp-photo-compare img').count(), 2);
    await page.getByRole('button', { name: 'Slider' }).click();
    await page.getByLabel('Reveal the later photo').fill('30');
    assert.deepEqual(await axeViolations(page), []);
  });

  it('no longer reminds once today has a photo, and keeps the photos offline', async () => {
    await addCrownPhotos(1);
    await page.goto(`${server.origin}/#/`);
    await waitForToday(page);
    // Today may first show what it knew before the photo; the reminder goes once it has read the diary.
    const reminder = page.getByRole('heading', { name: 'No healing photo yet today' });
    await reminder.waitFor({ state: 'detached' });
    assert.equal(await reminder.count(), 0);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await browser.context.setOffline(true);
    try {
      await page.goto(`${server.origin}/#/photos`);
      await page.locator('smp-photo-timeline').getByText('1 photo over 3 days').waitFor();
      await page.locator('smp-photo-thumb img').first().waitFor();
    } finally {
      await browser.context.setOffline(false);
    }
  });
});

describe('a full device, end to end', () => {
  it('says how much is used and what to do, and keeps every photo already stored', async () => {
    // A small quota from the start, as on a nearly full phone: enough for the app and a small photo.
    const { server, browser, page } = await startPwaWithPlan({
      now: '2026-03-03T10:00:00',
      sessionDate: '2026-03-01',
      quota: 2_500_000,
    });
    try {
      await page.goto(`${server.origin}/#/photos`);
      const make = (width, height, noisy) =>
        page.evaluate(
          async ([width, height, noisy]) => {
            const canvas = new OffscreenCanvas(width, height);
            const context = canvas.getContext('2d');
            const image = context.createImageData(width, height);
            for (let i = 0; i < image.data.length; i += 1) image.data[i] = noisy ? Math.random() * 255 : 128;
            context.putImageData(image, 0, 0);
            const bytes = new Uint8Array(
              await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.95 })).arrayBuffer(),
            );
            let text = '';
            for (const b of bytes) text += String.fromCharCode(b);
            return btoa(text);
          },
          [width, height, noisy],
        );
      const input = page.locator('smp-photo-add input[type="file"][multiple]');
      await input.setInputFiles([
        { name: 'small.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(await make(300, 400, false), 'base64') },
      ]);
      await page.getByText('1 photo added.').waitFor();
      await input.setInputFiles([
        { name: 'big.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(await make(1500, 2000, true), 'base64') },
      ]);
      await page.getByText(/storage for this app is full \(\d+ MB used\), so nothing was saved/).waitFor();
      await page.getByText(/make a backup and remove old photos/).waitFor();
      await page.reload();
      await page.locator('smp-photo-timeline').getByText('1 photo over 3 days').waitFor();
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
