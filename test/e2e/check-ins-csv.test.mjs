// End-to-end: the check-ins saved through the UI on two days, downloaded as CSV from the Share
// screen of the built PWA, and read back with papaparse (an independent CSV reader).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, it } from 'node:test';
import Papa from 'papaparse';
import { axeViolations, startPwaWithPlan, waitForToday } from './helpers.mjs';

const NOTE = 'Washed, dried; "felt fine"\nCrème on the crown – 日本';
const FORMULA = '=HYPERLINK("http://example.com","x")';

describe('the check-ins as a CSV, end to end', () => {
  let server;
  let browser;
  let page;

  // A fresh browser on 2 March, one session on 1 March (day 2).
  beforeEach(async () => {
    ({ server, browser, page } = await startPwaWithPlan({ now: '2026-03-02T10:00:00', sessionDate: '2026-03-01' }));
  });

  afterEach(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Saves today's check-in through the form: `swelling` as labelled, a temperature in °C and a note. */
  async function checkIn({ swelling, temperature, note, flagged = false }) {
    await page.goto(`${server.origin}/#/check-in`);
    const form = page.locator('smp-check-in-form');
    await form.getByRole('button', { name: /(Save|Update) check-in/ }).waitFor();
    await form.getByRole('group', { name: 'Swelling' }).getByLabel(swelling, { exact: true }).check();
    await form.locator('#temperature').fill(temperature);
    await form.locator('#temperature').dispatchEvent('input');
    await form.locator('#note').fill(note);
    await form.locator('#note').dispatchEvent('input');
    await form.getByRole('button', { name: 'Save check-in' }).click();
    // A check-in that raised a flag stays on screen with its flags (saved, so it can be updated); a calm one goes to Today.
    if (flagged) await form.getByRole('button', { name: 'Update check-in' }).waitFor();
    else await waitForToday(page);
  }

  it('downloads every check-in from the Share screen as a CSV a spreadsheet reads, notes as written', async () => {
    await checkIn({ swelling: 'Mild', temperature: '36.8', note: NOTE });
    await browser.context.clock.setFixedTime(new Date('2026-03-03T10:00:00'));
    await page.reload();
    await checkIn({ swelling: 'Moderate', temperature: '38.6', note: FORMULA, flagged: true });

    await page.goto(`${server.origin}/#/share`);
    const button = page.getByRole('button', { name: 'Download check-ins (CSV)' });
    await button.waitFor();
    assert.deepEqual(await axeViolations(page), []);
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    assert.equal(download.suggestedFilename(), 'smp-check-ins-2026-03-03.csv');
    await page.getByText('Saved “smp-check-ins-2026-03-03.csv” (2 check-ins).', { exact: false }).waitFor();

    const bytes = readFileSync(await download.path());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a byte order mark');
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    const parsed = Papa.parse(text, { newline: '\r\n' });
    assert.deepEqual(parsed.errors, []);
    const [header, first, second, end] = parsed.data;
    assert.deepEqual(end, [''], 'one header and two rows, the last ended by a line break');
    assert.deepEqual(header.slice(0, 5), [
      'Date',
      'Day of healing',
      'Swelling',
      'Temperature (°C)',
      'Temperature (°F)',
    ]);
    assert.deepEqual(first.slice(0, 10), ['2026-03-02', '2', 'mild', '36.8', '98.2', 'none', 'none', 'no', 'no', 'no']);
    assert.equal(first[11], NOTE);
    assert.deepEqual(second.slice(0, 5), ['2026-03-03', '3', 'moderate', '38.6', '101.5']);
    assert.match(second[10], /^Urgent: /, 'the flags in words, with their level');
    assert.equal(second[11], `'${FORMULA}`, 'a note that would be a formula is made inert');
  });
});
