// End-to-end: an iPhone's HEIC photo chosen in the built PWA (Chromium cannot show HEIC itself): the
// app decodes it with libheif, upright, shows the decoded copy in the diary, refuses a fake, and
// does it offline too (the decoder is precached).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { addPhotos, axeViolations, deepText, JARGON, startPwaWithPlan } from './helpers.mjs';

const fixture = (name) => ({
  name,
  mimeType: 'image/heic',
  buffer: readFileSync(new URL(`../fixtures/${name}`, import.meta.url)),
});

/** The natural size of the loaded image in a photo-thumb (0 × 0 when the browser could not show it). */
const shownSize = (thumb) =>
  thumb.evaluate(async (element) => {
    const img = element.shadowRoot?.querySelector('img');
    if (!img) return null;
    await img.decode().catch(() => undefined);
    return [img.naturalWidth, img.naturalHeight];
  });

describe('HEIC photos, end to end', () => {
  let server;
  let browser;
  let page;

  beforeEach(async () => {
    ({ server, browser, page } = await startPwaWithPlan({ now: '2026-03-03T10:00:00', sessionDate: '2026-03-01' }));
  });

  afterEach(async () => {
    await browser?.close();
    await server?.close();
  });

  it('adds an iPhone HEIC photo, upright, and shows it in the diary and opened', async () => {
    // Stored landscape with an irot turn of 90° clockwise (and the same turn in its EXIF): portrait upright.
    // And a plain one, without EXIF, so the comparison has two.
    await addPhotos(page, [fixture('photo-irot.heic'), fixture('photo.heic')]);
    const timeline = page.locator('smp-photo-timeline');
    // The turned one is dated by its EXIF date (2 March), read from the HEIC; the other today.
    await timeline.getByText('2 photos over 3 days').waitFor();
    assert.doesNotMatch(await deepText(timeline), /Mon 2 Mar 2026 Day 2 No photo/);
    const thumb = page.getByRole('button', { name: /^Open Crown, Mon 2 Mar 2026/ }).locator('smp-photo-thumb');
    await thumb.locator('img').waitFor();
    assert.deepEqual(await shownSize(thumb), [240, 320], 'the thumbnail is the decoded picture, upright');
    await page.getByRole('button', { name: /^Open Crown, Mon 2 Mar 2026/ }).click();
    await page.getByRole('button', { name: 'Save changes' }).waitFor();
    const large = page.locator('smp-photo-detail-page smp-photo-thumb');
    await large.locator('img').waitFor();
    // Chromium cannot show the HEIC original: what is shown is a decoded copy, and it shows.
    assert.deepEqual(await shownSize(large), [240, 320]);
    assert.equal(await page.getByText('Image unavailable').count(), 0);
    assert.deepEqual(await axeViolations(page), []);
    await page.goto(`${server.origin}/#/compare/crown`);
    await page.getByRole('heading', { name: 'Compare: crown' }).waitFor();
    // Before (2 March, turned) and after (today), both decoded copies, both shown.
    const compared = page.locator('smp-photo-compare img');
    await compared.first().waitFor();
    const sizes = await compared.evaluateAll((images) =>
      Promise.all(
        images.map(async (img) => {
          await img.decode().catch(() => undefined);
          return [img.naturalWidth, img.naturalHeight];
        }),
      ),
    );
    assert.deepEqual(sizes, [
      [240, 320],
      [320, 240],
    ]);
  });

  it('refuses a file named .heic that is not a HEIC with a sentence, and stores nothing', async () => {
    await page.getByRole('link', { name: 'Photos' }).click();
    await page.getByRole('heading', { name: 'Healing photos' }).waitFor();
    await page
      .locator('smp-photo-add input[type="file"][multiple]')
      .setInputFiles([{ name: 'IMG_0042.HEIC', mimeType: 'image/heic', buffer: Buffer.from('not a photo at all') }]);
    const sentence = page.getByText(
      '“IMG_0042.HEIC” is not a photo this app can open: choose a JPEG, PNG, WebP or HEIC image.',
    );
    await sentence.waitFor();
    assert.doesNotMatch(await sentence.innerText(), JARGON);
    assert.equal(await page.locator('smp-photo-timeline smp-photo-thumb').count(), 0);
    // Nothing was stored: Today, read afresh, still asks for today's photo.
    await page.goto(`${server.origin}/#/`);
    await page.reload();
    await page.getByRole('heading', { name: 'No healing photo yet today' }).waitFor();
  });

  it('decodes a HEIC offline: the decoder comes from the service worker’s precache', async () => {
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.evaluate(() => navigator.serviceWorker.ready);
    await browser.context.setOffline(true);
    try {
      await addPhotos(page, [fixture('photo.heic')]);
      const thumb = page.locator('smp-photo-timeline smp-photo-thumb').first();
      await thumb.locator('img').waitFor();
      assert.deepEqual(await shownSize(thumb), [320, 240]);
    } finally {
      await browser.context.setOffline(false);
    }
  });
});
