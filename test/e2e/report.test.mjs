// End-to-end: the PDF progress report made from the Share screen of the built PWA, downloaded,
// opened with pdf.js, and its photos checked for EXIF (a photo with GPS goes in without it).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { axeViolations, canvasJpeg, startPwaWithPlan } from './helpers.mjs';

const require = createRequire(import.meta.url);
const piexif = require('piexifjs');
const standardFontDataUrl = `${join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;
const downloads = mkdtempSync(join(tmpdir(), 'smp-report-'));

/** Every JPEG stream of a PDF (the /DCTDecode ones), from the file's own dictionaries. */
function embeddedJpegs(pdf) {
  const text = pdf.toString('latin1');
  const found = [];
  for (const match of text.matchAll(/\/Filter\s*\/DCTDecode/g)) {
    const dictStart = text.lastIndexOf('<<', match.index);
    const streamAt = text.indexOf('stream', match.index);
    const length = Number(/\/Length\s+(\d+)/.exec(text.slice(dictStart, streamAt))?.[1]);
    const dataAt = streamAt + 'stream'.length + (text[streamAt + 6] === '\r' ? 2 : 1);
    found.push(pdf.subarray(dataAt, dataAt + length));
  }
  return found;
}

describe('the progress report, end to end', () => {
  let server;
  let browser;
  let page;

  before(async () => {
    ({ server, browser, page } = await startPwaWithPlan({ now: '2026-03-03T10:00:00', sessionDate: '2026-03-01' }));
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('makes the PDF from the Share screen, offline: pages, name, days, flags, and photos without EXIF or GPS', async () => {
    // A photo carrying GPS and a camera make, as a phone would write it.
    const plain = await canvasJpeg(page, { width: 640, height: 480 });
    const exif = piexif.dump({
      '0th': { [piexif.ImageIFD.Make]: 'PhoneMaker' },
      GPS: {
        [piexif.GPSIFD.GPSLatitudeRef]: 'N',
        [piexif.GPSIFD.GPSLatitude]: [
          [52, 1],
          [22, 1],
          [0, 1],
        ],
        [piexif.GPSIFD.GPSLongitudeRef]: 'E',
        [piexif.GPSIFD.GPSLongitude]: [
          [4, 1],
          [53, 1],
          [0, 1],
        ],
      },
    });
    const withGps = Buffer.from(piexif.insert(exif, plain.toString('latin1')), 'latin1');
    assert.ok(withGps.includes('Exif'), 'the fixture carries EXIF');
    await page.getByRole('link', { name: 'Photos' }).click();
    await page
      .locator('smp-photo-add input[type="file"][multiple]')
      .setInputFiles([{ name: 'IMG_GPS.jpg', mimeType: 'image/jpeg', buffer: withGps }]);
    await page.getByText('1 photo added.').waitFor();

    // A check-in with a fever, so the report carries an urgent flag.
    await page.getByRole('link', { name: 'Check in' }).click();
    const form = page.locator('smp-check-in-form');
    await form.getByLabel('Moderate').check();
    await form.locator('#temperature').fill('38.6');
    await form.getByRole('button', { name: /Save check-in/ }).click();

    // Offline from here: the report's code (jsPDF, workers) must come from the service worker's cache.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await browser.context.setOffline(true);
    await page.getByRole('link', { name: 'Share' }).click();
    const report = page.locator('smp-report-form');
    await report.getByLabel(/Your name/).fill('Alex Example');
    assert.deepEqual(await axeViolations(page), []);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      report.getByRole('button', { name: 'Make the PDF report' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^smp-progress-2026-03-01-to-2026-03-03\.pdf$/);
    const path = join(downloads, download.suggestedFilename());
    await download.saveAs(path);
    await page.getByText(/Saved “smp-progress-.*\.pdf” \(\d+ KB\) to your downloads/).waitFor();
    await browser.context.setOffline(false);

    const bytes = readFileSync(path);
    const pdf = await getDocument({ data: new Uint8Array(bytes), standardFontDataUrl }).promise;
    assert.ok(pdf.numPages >= 1);
    let text = '';
    for (let n = 1; n <= pdf.numPages; n += 1) {
      const content = await (await pdf.getPage(n)).getTextContent();
      text += ` ${content.items.map((item) => item.str).join(' ')}`;
    }
    assert.match(text, /Alex Example/);
    assert.match(text, /Day 3/);
    assert.match(text, /URGENT/);
    assert.match(text, new RegExp(`Page 1 of ${pdf.numPages}`));
    const jpegs = embeddedJpegs(bytes);
    assert.equal(jpegs.length, 1, 'one photo in the report');
    for (const jpeg of jpegs) {
      assert.equal(jpeg.readUInt16BE(0), 0xffd8, 'a real JPEG stream');
      assert.equal(jpeg.includes('Exif'), false, 'no EXIF segment');
      assert.equal(jpeg.includes('PhoneMaker'), false, 'no camera make');
    }
  });
});
