// End-to-end: what Today says after a check-in raises flags (every open flag, urgent first, under a
// heading as serious as the most serious one, until a later check-in no longer raises it), and the
// words of long-term care on day 45. The built PWA in Debian's Chromium, with a fixed clock.
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { axeViolations, completeFirstRun, deepText, launchBrowser, serveBuilt, waitForToday } from './helpers.mjs';

describe('Today after a check-in with flags', () => {
  let server;
  let browser;
  let page;

  before(async () => {
    server = await serveBuilt('pwa');
  });

  after(async () => {
    await server?.close();
  });

  // Each test: a fresh browser on 3 March 2026, one session on 1 March (day 3).
  beforeEach(async () => {
    browser = await launchBrowser();
    await browser.context.clock.setFixedTime(new Date('2026-03-03T10:00:00'));
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await completeFirstRun(page, server.origin, '2026-03-01');
  });

  afterEach(async () => {
    await browser?.close();
  });

  const flagsSection = () => page.locator('section.flags');

  /** The open flags on Today: the section's classes, heading, and each flag's code and level word. */
  async function todaysFlags() {
    const section = flagsSection();
    await section.locator('smp-flag-list li').first().waitFor();
    const items = section.locator('smp-flag-list li');
    return {
      className: await section.getAttribute('class'),
      heading: (await section.getByRole('heading').textContent()).trim(),
      codes: await items.evaluateAll((lis) => lis.map((li) => li.dataset.code)),
      words: await items
        .locator('.level')
        .evaluateAll((els) => els.map((el) => el.textContent.replace(':', '').trim())),
      text: await deepText(section),
    };
  }

  /** The first line of the card (an open flag, or the level). */
  const cardFlag = () => page.locator('smp-status-card header > .flag');

  /** Opens today's check-in and fills it (`swelling` a label only swelling has, `temperature` in °C or ''). */
  async function checkIn({ swelling, temperature }) {
    await page.goto(`${server.origin}/#/check-in`);
    const form = page.locator('smp-check-in-form');
    await form.getByRole('button', { name: /(Save|Update) check-in/ }).waitFor();
    if (swelling) await form.getByLabel(swelling, { exact: true }).check();
    if (temperature !== undefined) {
      await form.locator('#temperature').fill(temperature);
      await form.locator('#temperature').dispatchEvent('input');
    }
    return form;
  }

  /** Opens Today afresh (the page reloaded, so it reads the clock) and waits for day `day`'s card. */
  async function openToday(day) {
    await page.goto(`${server.origin}/#/`);
    await page.reload();
    await waitForToday(page);
    await page
      .locator('smp-status-card')
      .getByRole('heading', { name: new RegExp(`Day ${day}\\b`) })
      .waitFor();
  }

  it('after an urgent check-in shows every open flag, urgent first, until a later calm check-in', async () => {
    const form = await checkIn({ swelling: 'Moderate', temperature: '38.6' });
    await form
      .getByText(/Seek medical help now/)
      .first()
      .waitFor();
    await form.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByRole('link', { name: 'Today' }).click();

    const expected = {
      className: 'flags urgent',
      heading: 'Seek medical help now',
      codes: ['fever-with-site-signs', 'swelling'],
      words: ['Urgent', 'Get advice'],
    };
    const shown = await todaysFlags();
    assert.deepEqual({ ...shown, text: undefined }, { ...expected, text: undefined });
    assert.match(shown.text, /From your check-in of today/);
    assert.match(shown.text, /Contact your technician and see a doctor/, 'the watch flag’s advice is there too');
    assert.equal((await cardFlag().textContent()).trim(), 'Urgent symptom flag: seek medical help now');
    const [flagsBox, cardBox] = [
      await flagsSection().boundingBox(),
      await page.locator('smp-status-card').boundingBox(),
    ];
    assert.ok(flagsBox.y < cardBox.y, 'the flags come before the card');
    assert.deepEqual(await axeViolations(page), []);

    await page.reload();
    assert.deepEqual({ ...(await todaysFlags()), text: undefined }, { ...expected, text: undefined });

    // The next day, with no new check-in: the flags stay, dated.
    await browser.context.clock.setFixedTime(new Date('2026-03-04T10:00:00'));
    await openToday(4);
    const nextDay = await todaysFlags();
    assert.deepEqual(nextDay.codes, expected.codes);
    assert.match(nextDay.text, /From your check-in of Tue 3 Mar 2026/);

    // A calm check-in that day no longer raises them: they go, from Today and from the card.
    const calm = await checkIn({});
    await calm.getByRole('button', { name: 'Save check-in' }).click();
    await page.waitForURL(/#\/$/);
    await waitForToday(page);
    await page.locator('smp-status-card').getByRole('heading', { name: /Day 4/ }).waitFor();
    assert.equal(await flagsSection().count(), 0);
    assert.equal(await cardFlag().count(), 0);
  });

  it('after a watch-only check-in (a fever alone) shows it with its advice, under a heading no milder', async () => {
    const form = await checkIn({ temperature: '38.4' });
    await form
      .getByText(/Get advice/)
      .first()
      .waitFor();
    await form.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByRole('link', { name: 'Today' }).click();

    const shown = await todaysFlags();
    assert.equal(shown.className, 'flags watch');
    assert.equal(shown.heading, 'See a doctor or contact your technician');
    assert.deepEqual(shown.codes, ['fever']);
    assert.deepEqual(shown.words, ['Get advice']);
    assert.match(shown.text, /See a doctor if you feel unwell/);
    assert.equal((await cardFlag().textContent()).trim(), 'Symptom flag: see a doctor or contact your technician');
    assert.doesNotMatch(await deepText(page.locator('main')), /Keep an eye on it/);
    assert.deepEqual(await axeViolations(page), []);

    await page.reload();
    assert.deepEqual((await todaysFlags()).codes, ['fever']);

    // History words it the same way.
    await page.getByRole('link', { name: 'History' }).click();
    const history = page.locator('smp-check-in-history');
    await history.getByText('Tue 3 Mar 2026').waitFor();
    assert.match(await deepText(history), /Get advice/);

    // Today's check-in corrected (no fever after all): the flag goes.
    const edit = await checkIn({ temperature: '' });
    await edit.getByRole('button', { name: 'Update check-in' }).click();
    await page.waitForURL(/#\/$/);
    await waitForToday(page);
    assert.equal(await flagsSection().count(), 0);
    assert.equal(await cardFlag().count(), 0);
  });

  it('heads spreading redness ("see a doctor today") with a heading as strong, not the milder one', async () => {
    const form = await checkIn({});
    await form.getByLabel('Spreading beyond it', { exact: true }).check();
    await form.getByText(/See a doctor today and tell your technician/).waitFor();
    await form.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByRole('link', { name: 'Today' }).click();
    const shown = await todaysFlags();
    assert.equal(shown.className, 'flags watch');
    assert.equal(shown.heading, 'See a doctor today');
    assert.deepEqual(shown.codes, ['redness-spreading']);
    assert.match(shown.text, /See a doctor today and tell your technician/);
    // The card's first line says as much, not the milder "see a doctor or contact your technician".
    assert.equal((await cardFlag().textContent()).trim(), 'Symptom flag: see a doctor today');
    assert.deepEqual(await axeViolations(page), []);
  });
});

describe('Today on day 45', () => {
  let server;
  let browser;
  let page;

  before(async () => {
    server = await serveBuilt('pwa');
  });

  after(async () => {
    await server?.close();
  });

  beforeEach(async () => {
    browser = await launchBrowser();
    await browser.context.clock.setFixedTime(new Date('2026-03-03T10:00:00'));
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
  });

  afterEach(async () => {
    await browser?.close();
  });

  it('names long-term care (never "healed"), counts the blood-donation wait from the latest session and says so', async () => {
    await completeFirstRun(page, server.origin, '2026-01-18');
    await waitForToday(page);
    const card = page.locator('smp-status-card');
    await card.getByRole('heading', { name: /Day 45/ }).waitFor();
    const text = await deepText(card);
    assert.match(text, /Long-term care/);
    assert.match(text, /For the long term: use sunscreen on your scalp, moisturise daily and never use AHAs\./);
    assert.doesNotMatch(await deepText(page.locator('main')), /\bhealed\b|✓/i);
    const countdown = await deepText(card.locator('.countdown'));
    assert.match(countdown, /Blood donation allowed again \(counted from your latest session\) in 321 days/);
    assert.match(text, /always ask your technician/);
    assert.deepEqual(await axeViolations(page), []);
  });
});

describe('Today’s card says only what the clinic says on the days it is shown', () => {
  let server;
  let browser;
  let page;

  before(async () => {
    server = await serveBuilt('pwa');
  });

  after(async () => {
    await server?.close();
  });

  afterEach(async () => {
    await browser?.close();
  });

  /** A fresh browser on `now`, its plan set up through the first screen with a session on `sessionDate`. */
  async function start(now, sessionDate) {
    browser = await launchBrowser();
    await browser.context.clock.setFixedTime(new Date(now));
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await completeFirstRun(page, server.origin, sessionDate);
    await waitForToday(page);
  }

  /** The card's rules as shown: title → text. */
  async function cardRules(day) {
    const card = page.locator('smp-status-card');
    await card.getByRole('heading', { name: new RegExp(`Day ${day}\\b`) }).waitFor();
    const items = card.locator('.lists li');
    await items.first().waitFor();
    return Object.fromEntries(
      await items.evaluateAll((lis) =>
        lis.map((li) => [li.querySelector('.title').textContent.trim(), li.querySelector('.text').textContent.trim()]),
      ),
    );
  }

  it('keeps the foil shaver out of the rules on days 1–10, and on days 6–10 agrees about soap, moisturiser and chemicals', async () => {
    await start('2026-03-03T10:00:00', '2026-03-01');
    const day3 = await cardRules(3);
    assert.match(day3['Do not shave'], /No shaving of any kind/);
    for (const [title, text] of Object.entries(day3))
      assert.doesNotMatch(`${title} ${text}`, /foil|scab has gone/i, title);
    assert.match(
      day3['No chemical products on the scalp'],
      /From day 6, a mild, natural soap and a natural moisturiser/,
    );
    assert.match(
      await deepText(page.locator('smp-status-card')),
      /for full information about your aftercare, always ask your technician\./,
    );

    for (const [date, day] of [
      ['2026-03-06', 6],
      ['2026-03-10', 10],
    ]) {
      await browser.context.clock.setFixedTime(new Date(`${date}T10:00:00`));
      await page.reload();
      await waitForToday(page);
      const rules = await cardRules(day);
      for (const [title, text] of Object.entries(rules))
        assert.doesNotMatch(`${title} ${text}`, /foil/i, `${title}, day ${day}`);
      assert.match(
        rules['No chemical products on the scalp'],
        /From day 6, a mild, natural soap and a natural moisturiser without perfume are the exceptions\./,
      );
      assert.match(rules['Wash gently with cold water'], /a mild, natural soap/);
      assert.match(rules['Moisturise up to 3 times a day'], /a natural moisturiser without perfume/);
      const all = Object.values(rules).join(' ');
      assert.doesNotMatch(all, /\bonly\b|one exception|one product/, `day ${day}`);
    }
    assert.deepEqual(await axeViolations(page), []);
  });

  it('words swelling with no session yet in its own words, and keeps it on Today', async () => {
    // A planned session a week ahead: no day of healing yet, so the app cannot know what is expected.
    await start('2026-03-03T10:00:00', '2026-03-10');
    await page
      .locator('smp-status-card')
      .getByRole('heading', { name: /No session yet/ })
      .waitFor();
    await page.goto(`${server.origin}/#/check-in`);
    const form = page.locator('smp-check-in-form');
    await form.getByRole('button', { name: 'Save check-in' }).waitFor();
    await form.getByRole('group', { name: 'Swelling' }).getByLabel('Mild').check();
    await form.getByText(/no treatment session yet/).waitFor();
    await form.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByRole('link', { name: 'Today' }).click();
    const section = page.locator('section.flags');
    await section.locator('smp-flag-list li').first().waitFor();
    assert.deepEqual(await section.locator('smp-flag-list li').evaluateAll((lis) => lis.map((li) => li.dataset.code)), [
      'swelling-no-session',
    ]);
    assert.equal((await section.getByRole('heading').textContent()).trim(), 'See a doctor or contact your technician');
    const text = await deepText(section);
    assert.match(
      text,
      /Your plan has no treatment session yet, so this app cannot tell whether this swelling is expected\. Ask your technician, and see a doctor if it grows or you feel unwell\./,
    );
    assert.doesNotMatch(text, /first days/);
    await page.reload();
    await section.locator('smp-flag-list li').first().waitFor();
    assert.match(await deepText(section), /no treatment session yet/);
  });
});
