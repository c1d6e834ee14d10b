// End-to-end: a technician's own regimen, from a file or a #regimen= link, replaces the default
// once the person has seen what it changes and said yes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { axeViolations, deepText, packedLink, startPwaWithPlan } from './helpers.mjs';

const example = readFileSync(new URL('../../docs/regimen-example.json', import.meta.url), 'utf8');

describe('a technician’s own regimen', () => {
  let server;
  let browser;
  let page;

  // Each test: a fresh browser with the standard regimen.
  beforeEach(async () => {
    // Day 4 of healing: dry under the standard regimen (5 days), not under the example's 3 days.
    ({ server, browser, page } = await startPwaWithPlan({ now: '2026-03-04T10:00:00', sessionDate: '2026-03-01' }));
  });

  afterEach(async () => {
    await browser?.close();
    await server?.close();
  });

  const regimenFile = (name, text) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  const card = () => deepText(page.locator('smp-status-card'));

  it('uses the standard regimen by default', async () => {
    await page.locator('smp-status-card').getByText('Standard SMP aftercare').waitFor();
    assert.match(await card(), /Keep your scalp dry/);
  });

  it('refuses a broken regimen file with a sentence naming the field, changing nothing', async () => {
    await page.goto(`${server.origin}/#/settings`);
    const input = page.locator('input[type="file"][accept*="json"]');
    await input.setInputFiles(regimenFile('bad.json', example.replace('"kind": "avoid"', '"kind": "sometimes"')));
    await page
      .getByText(
        'The regimen was not loaded: the kind of rule 1 (“keep-dry”) must be “avoid” or “do”, not “sometimes”.',
        { exact: true },
      )
      .waitFor();
    await input.setInputFiles(regimenFile('notes.json', 'not json'));
    await page.getByText('“notes.json” is not a regimen file (it is not JSON), so nothing changed.').waitFor();
    assert.match(await deepText(page.locator('smp-app')), /In use: Standard SMP aftercare/);
  });

  it('refuses a regimen whose long-term care clashes with a rule still in force, or that takes the built-in name, changing nothing', async () => {
    await page.goto(`${server.origin}/#/settings`);
    const input = page.locator('input[type="file"][accept*="json"]');
    const studio = JSON.parse(example);
    const yearLong = structuredClone(studio);
    yearLong.rules.find((r) => r.id === 'no-sweating').window = { anchor: 'each-session', fromDay: 1, toYears: 1 };
    const early = {
      ...structuredClone(studio),
      levels: { strictUntilDay: 3, cautionUntilDay: 10, limitedUntilDay: 20 },
    };
    const spanishName = { ...structuredClone(studio), name: 'Cuidados SMP estándar' };
    const refusals = [
      [
        yearLong,
        'The regimen was not loaded: it starts long-term care on day 31, but “No heavy sweating” is still to be avoided for 1 year after each session: move long-term care later or end that rule sooner.',
      ],
      [
        early,
        'The regimen was not loaded: it starts long-term care on day 21, but “Stay out of the sun” is still to be avoided until day 30: move long-term care later or end that rule sooner.',
      ],
      [
        spanishName,
        "The regimen was not loaded: the name is “Cuidados SMP estándar”, the built-in regimen's name: give yours its own.",
      ],
    ];
    for (const [regimen, sentence] of refusals) {
      await input.setInputFiles(regimenFile('studio.json', JSON.stringify(regimen)));
      await page.getByText(sentence, { exact: true }).waitFor();
      assert.equal(await page.getByRole('heading', { name: 'Change your aftercare?' }).count(), 0);
      assert.match(await deepText(page.locator('smp-app')), /In use: Standard SMP aftercare/);
    }
    // The regimen in use is still the standard one: the card says so, and keeps its five dry days.
    await page.getByRole('link', { name: 'Today' }).click();
    await page.locator('smp-status-card').getByText('Standard SMP aftercare').waitFor();
    assert.match(await card(), /Keep your scalp dry/);
    await page.reload();
    await page.locator('smp-status-card').getByText('Standard SMP aftercare').waitFor();
    assert.match(await card(), /Keep your scalp dry/);
  });

  /** Loads the example regimen from a file in Settings, through its confirmation. */
  async function loadExampleFile() {
    await page.goto(`${server.origin}/#/settings`);
    await page.locator('input[type="file"][accept*="json"]').setInputFiles(regimenFile('studio.json', example));
    await page.getByRole('heading', { name: 'Change your aftercare?' }).waitFor();
    assert.match(await deepText(page.locator('smp-regimen-changes')), /Keep your scalp dry: 3 days instead of 5/);
    await page.getByRole('button', { name: 'Use this regimen' }).click();
    await page.getByText('In use: Example Studio aftercare').waitFor();
  }

  it('loads a regimen file, shows whose it is, and the card follows it', async () => {
    await loadExampleFile();
    assert.deepEqual(await axeViolations(page), []);
    await page.getByRole('link', { name: 'Today' }).click();
    // The card names the regimen it was worked out with; then it is the example's card.
    await page.locator('smp-status-card').getByText('Example Studio aftercare').waitFor();
    assert.match(await card(), /Wash gently with cold water/);
    assert.doesNotMatch(await card(), /Keep your scalp dry/);
  });

  it('goes back to the standard regimen, and the card with it', async () => {
    await loadExampleFile();
    await page.getByRole('button', { name: 'Back to the standard regimen' }).click();
    await page.getByText('In use: Standard SMP aftercare').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Back to the standard regimen' }).count(), 0);
    await page.getByRole('link', { name: 'Today' }).click();
    await page.locator('smp-status-card').getByText('Standard SMP aftercare').waitFor();
    assert.match(await card(), /Keep your scalp dry/);
  });

  it('takes a regimen from a #regimen= link of the first format, once confirmed', async () => {
    const link = `#regimen=${Buffer.from(example).toString('base64url')}`;
    await page.goto(`${server.origin}/${link}`);
    await page.getByRole('heading', { name: 'Change your aftercare?' }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await page.getByRole('button', { name: 'Use this regimen' }).click();
    await page.getByText('Now using “Example Studio aftercare”.').waitFor();
    assert.match(await card(), /Example Studio aftercare/);
    assert.equal(new URL(page.url()).hash, '#/');
    await page.goto(`${server.origin}/#regimen=%%%`);
    await page.getByText(/This regimen link is damaged/).waitFor();
    assert.match(await card(), /Example Studio aftercare/);
  });

  it('asks before a link that only renames the regimen in use, and says only the name differs', async () => {
    await loadExampleFile();
    const renamed = { ...JSON.parse(example), name: 'Example Studio, new name' };
    await page.goto(packedLink(server.origin, 'regimen', renamed));
    await page.getByRole('heading', { name: 'Change your aftercare?' }).waitFor();
    assert.match(
      await deepText(page.locator('smp-regimen-changes')),
      /The advice is the same as in “Example Studio aftercare”; only the name differs\./,
    );
    await page.getByRole('button', { name: 'Use this regimen' }).click();
    await page.getByText('Now using “Example Studio, new name”.').waitFor();
    await page.locator('smp-status-card').getByText('Example Studio, new name').waitFor();
    // The same regimen again: nothing to ask.
    await page.goto(packedLink(server.origin, 'regimen', renamed));
    await page.getByText('This device already uses “Example Studio, new name”: nothing changed.').waitFor();
    assert.equal(new URL(page.url()).hash, '#/');
  });
});
