// End-to-end: what the regimen builder hands out, as files a technician keeps and prints. The
// handout PDF is read with poppler (pdfinfo, pdftotext, pdftoppm) and its QR code from the
// rendered page with jsQR; the JSON file is parsed and loaded back through Settings; a regimen
// file opens in the builder, whose draft survives a reload. Each test starts from a fresh profile.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { after, afterEach, before, describe, it } from 'node:test';
import { axeViolations, completeFirstRun, deepText, launchBrowser, readQrPng, serveBuilt } from './helpers.mjs';

const example = readFileSync(new URL('../../docs/regimen-example.json', import.meta.url), 'utf8');
const jsonFile = (name, text) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

/**
 * A studio's long regimen that still fits one link: the example's first rules and 60 short ones of
 * one day each after the final session, many more runs of days than one page holds.
 */
function longRegimen() {
  const base = JSON.parse(example);
  const extra = Array.from({ length: 60 }, (_, i) => ({
    id: `r${i + 1}`,
    kind: 'avoid',
    window: { anchor: 'final-session', fromDay: 2 * i + 1, toDay: 2 * i + 1 },
    title: `Rule ${i + 1}`,
    text: `Text ${i + 1}.`,
  }));
  return {
    ...base,
    id: 'long-studio',
    name: 'Long Studio',
    rules: [...base.rules.slice(0, 4).map(({ source: _source, ...rule }) => rule), ...extra],
  };
}

/** The regimen JSON a version-2 `#regimen=` link carries. */
function regimenOfLink(link) {
  const payload = new URL(link).hash.replace(/^#regimen=2\./, '');
  return JSON.parse(inflateRawSync(Buffer.from(payload, 'base64url')).toString('utf8'));
}

describe('the regimen builder’s files', () => {
  let server;
  let browser;
  let page;
  let scratch;

  before(async () => {
    server = await serveBuilt('pwa');
  });

  after(async () => {
    await server?.close();
  });

  afterEach(async () => {
    await browser?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
    browser = page = scratch = undefined;
  });

  /** A fresh browser speaking `locale`, its clock on 4 March 2026. */
  async function open(locale = 'en-GB') {
    browser = await launchBrowser({ locale, viewport: { width: 1280, height: 900 } });
    await browser.context.clock.setFixedTime(new Date('2026-03-04T10:00:00'));
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    scratch = mkdtempSync(join(tmpdir(), 'smp-builder-'));
  }

  const builder = () => page.locator('smp-regimen-builder');
  const fileInput = () => page.locator('smp-regimen-builder-page input[type="file"]');
  const link = () => page.locator('smp-handover-link textarea').inputValue();

  /** The builder with the studio's name given, once the regimen is complete and its link made. */
  async function buildInkAndCo() {
    await page.goto(`${server.origin}/#/regimen-builder`);
    await builder().getByLabel('Studio’s name').fill('Ink & Co');
    await builder().getByText('The regimen is complete').waitFor();
    await page.locator('smp-qr-code svg').waitFor();
  }

  /** Presses `button` and saves the file it downloads; its path. */
  async function download(button, name) {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: button }).click(),
    ]);
    const path = join(scratch, name);
    await file.saveAs(path);
    return path;
  }

  /**
   * The handout PDF: its pages, page size in points, text, and the QR code read from its page as
   * printed, at 300 dpi (about 7 pixels a module; jsQR misses dense codes at 4–5 pixels a module,
   * where the fraction of a pixel blurs every module edge).
   */
  async function readHandout(path) {
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)[1]);
    const [, w, h] = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    execFileSync('pdftoppm', ['-png', '-r', '300', '-f', '1', '-l', '1', '-singlefile', path, join(scratch, 'page')]);
    const qr = await readQrPng(browser.context, readFileSync(join(scratch, 'page.png')));
    return { pages, size: [Math.round(Number(w)), Math.round(Number(h))], text, qr };
  }

  it('prints a one-page A4 handout with the studio’s name and a QR code that reads as the builder’s link', async () => {
    await open('en-GB');
    await buildInkAndCo();
    const handout = await readHandout(await download('Printable handout (PDF)', 'handout.pdf'));
    assert.equal(handout.pages, 1);
    assert.deepEqual(handout.size, [595, 842], 'A4');
    assert.match(handout.text, /Ink & Co/);
    assert.match(handout.text, /Your aftercare, day by day/);
    assert.doesNotMatch(handout.text, /more periods of days/);
    assert.equal(handout.qr, await link());
    assert.match(handout.qr, new RegExp(`^${server.origin}/#regimen=2\\.`));
  });

  it('prints the handout on Letter paper in American English', async () => {
    await open('en-US');
    await buildInkAndCo();
    const handout = await readHandout(await download('Printable handout (PDF)', 'handout.pdf'));
    assert.equal(handout.pages, 1);
    assert.deepEqual(handout.size, [612, 792], 'Letter');
    assert.equal(handout.qr, await link());
  });

  it('keeps a long regimen’s handout to one page, saying the link holds the rest', async () => {
    await open('en-GB');
    await page.goto(`${server.origin}/#/regimen-builder`);
    await fileInput().setInputFiles(jsonFile('long.json', JSON.stringify(longRegimen())));
    await page.getByText('Opened “Long Studio”: change what you need.').waitFor();
    await builder().getByText('The regimen is complete').waitFor();
    await page.locator('smp-qr-code svg').waitFor();
    const handout = await readHandout(await download('Printable handout (PDF)', 'long.pdf'));
    assert.equal(handout.pages, 1);
    assert.match(handout.text, /Long Studio/);
    assert.match(handout.text, /…and \d+ more periods of days: scan the code for the whole regimen\./);
    assert.equal(handout.qr, await link(), 'the denser code of a long regimen still reads');
  });

  it('downloads the JSON file of the builder’s regimen, which loads back through Settings', async () => {
    await open('en-GB');
    await completeFirstRun(page, server.origin, '2026-03-01');
    await buildInkAndCo();
    const dry = builder().locator('smp-rule-editor').first();
    await dry.locator('summary').click();
    await builder().getByLabel('Strict care until day').fill('3');
    await dry.getByLabel('Until day').fill('3');
    await builder().getByText('The regimen is complete').waitFor();
    // The link is made a moment after each edit: wait until it carries the last one.
    for (let i = 0; i < 50 && regimenOfLink(await link()).rules[0].window.toDay !== 3; i += 1)
      await page.waitForTimeout(100);
    const path = await download('Download the JSON file', 'ink.json');
    assert.match(path, /ink\.json$/);
    const saved = JSON.parse(readFileSync(path, 'utf8'));
    assert.deepEqual(saved, regimenOfLink(await link()), 'the file holds the regimen the link carries');
    assert.equal(saved.name, 'Ink & Co');
    assert.equal(saved.levels.strictUntilDay, 3);
    assert.deepEqual(saved.rules[0].window, { anchor: 'each-session', fromDay: 1, toDay: 3 });

    await page.goto(`${server.origin}/#/settings`);
    await page.locator('smp-settings-page input[type="file"]').setInputFiles(path);
    await page.getByRole('heading', { name: 'Change your aftercare?' }).waitFor();
    assert.match(await deepText(page.locator('smp-regimen-changes')), /Keep your scalp dry: 3 days instead of 5/);
    await page.getByRole('button', { name: 'Use this regimen' }).click();
    await page.getByText('In use: Ink & Co').waitFor();
  });

  it('opens a regimen file, refuses a bad one with a sentence keeping the draft, and keeps the draft across a reload', async () => {
    await open('en-GB');
    await page.goto(`${server.origin}/#/regimen-builder`);
    await fileInput().setInputFiles(jsonFile('studio.json', example));
    await page.getByText('Opened “Example Studio aftercare”: change what you need.').waitFor();
    const name = builder().getByLabel('Studio’s name');
    assert.equal(await name.inputValue(), 'Example Studio aftercare');
    assert.equal(await builder().getByLabel('Strict care until day').inputValue(), '3');
    await builder().getByText('The regimen is complete').waitFor();
    assert.deepEqual(await axeViolations(page), []);

    await fileInput().setInputFiles(jsonFile('bad.json', example.replace('"kind": "avoid"', '"kind": "sometimes"')));
    await page
      .getByText(
        'The regimen was not loaded: the kind of rule 1 (“keep-dry”) must be “avoid” or “do”, not “sometimes”.',
        { exact: true },
      )
      .waitFor();
    await fileInput().setInputFiles(jsonFile('notes.json', 'not json'));
    await page.getByText('“notes.json” is not a regimen file (it is not JSON), so nothing changed.').waitFor();
    await fileInput().setInputFiles(
      jsonFile('standard.json', JSON.stringify({ ...JSON.parse(example), name: 'Standard SMP aftercare' })),
    );
    await page.getByText(/the built-in regimen's name: give yours its own\./).waitFor();
    assert.equal(await name.inputValue(), 'Example Studio aftercare', 'the draft stays');

    await name.fill('Example Studio, spring edition');
    await builder().getByText('The regimen is complete').waitFor();
    await page.reload();
    await builder().getByText('The regimen is complete').waitFor();
    assert.equal(await builder().getByLabel('Studio’s name').inputValue(), 'Example Studio, spring edition');
    assert.equal(await builder().getByLabel('Strict care until day').inputValue(), '3');

    // Starting again asks first: keeping the changes changes nothing; starting again is kept too.
    const startAgain = page.getByRole('button', { name: 'Start again from the standard regimen…' });
    await startAgain.click();
    await page
      .getByText(
        'Start again from the standard regimen? What you changed here is lost, unless you downloaded its JSON file.',
      )
      .waitFor();
    await page.getByRole('button', { name: 'Keep my changes' }).click();
    assert.equal(await builder().getByLabel('Studio’s name').inputValue(), 'Example Studio, spring edition');
    await startAgain.click();
    await page.getByRole('button', { name: 'Start again', exact: true }).click();
    await page.getByText('Started again from the standard regimen.').waitFor();
    assert.equal(await builder().getByLabel('Studio’s name').inputValue(), '');
    assert.equal(await builder().getByLabel('Strict care until day').inputValue(), '5');
    await page.reload();
    await builder().getByLabel('Studio’s name').waitFor();
    assert.equal(await builder().getByLabel('Strict care until day').inputValue(), '5');
    assert.equal(await builder().getByLabel('Studio’s name').inputValue(), '');

    // A kept draft that no longer reads back: the standard regimen, with a sentence, and a working screen.
    await page.evaluate(() => localStorage.setItem('smp-regimen-draft', '{"name": 3'));
    await page.reload();
    await page
      .getByText('The regimen you were making could not be read back, so the builder starts from the standard one.')
      .waitFor();
    assert.equal(await builder().getByLabel('Studio’s name').inputValue(), '');
    await builder().getByLabel('Studio’s name').fill('Ink & Co');
    await builder().getByText('The regimen is complete').waitFor();
  });
});
