// End-to-end: hand-over by link and QR code. The QR codes are rendered by the built app, read from a
// screenshot with jsQR (as a camera would read the screen), and the decoded links opened in a
// fresh browser profile: a technician's regimen from the builder, a plan from "Use on another
// device". Look-alikes of the standard regimen are refused. Each test starts from fresh profiles.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, afterEach, before, describe, it } from 'node:test';
import {
  axeViolations,
  completeFirstRun,
  deepText,
  launchBrowser,
  packedLink,
  readQrPng,
  serveBuilt,
} from './helpers.mjs';

const NOW = new Date('2026-03-04T10:00:00');
// A technician's regimen: three dry days where the standard has five.
const example = JSON.parse(readFileSync(new URL('../../docs/regimen-example.json', import.meta.url), 'utf8'));

describe('hand-over by link and QR code', () => {
  let server;
  const browsers = [];

  before(async () => {
    server = await serveBuilt('pwa');
  });

  after(async () => {
    await server?.close();
  });

  afterEach(async () => {
    while (browsers.length) await browsers.pop().close();
  });

  /** A fresh browser profile with its clock at NOW, and its page. */
  async function freshProfile(options = {}) {
    const browser = await launchBrowser({ deviceScaleFactor: 2, ...options });
    browsers.push(browser);
    await browser.context.clock.setFixedTime(NOW);
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    return { browser, page };
  }

  /**
   * Reads the QR code `svg` shows, from a screenshot of it, with jsQR in a blank page. The page is
   * made tall enough that no fixed bar covers the code; the profile renders at 2 device pixels per
   * CSS pixel, as phones do (a dense code's modules are then whole pixels for the reader).
   */
  async function decodeQr(browser, svg) {
    const page = svg.page();
    await page.setViewportSize({ width: page.viewportSize().width, height: 6000 });
    const text = await readQrPng(browser.context, await svg.screenshot());
    assert.ok(text, 'the QR code reads');
    return text;
  }

  const card = (page) => deepText(page.locator('smp-status-card'));

  it('carries a plan to another browser by its QR code: the same day number there', async () => {
    const phone = await freshProfile();
    await completeFirstRun(phone.page, server.origin, '2026-03-01');
    await phone.page.getByRole('link', { name: 'Plan' }).click();
    await phone.page.getByRole('link', { name: 'Use on another device' }).click();
    await phone.page.getByRole('heading', { name: 'Use on another device' }).waitFor();
    const svg = phone.page.locator('smp-qr-code svg');
    await svg.waitFor();
    assert.deepEqual(await axeViolations(phone.page), []);
    const shown = await phone.page.locator('smp-handover-link textarea').inputValue();
    const decoded = await decodeQr(phone.browser, svg);
    assert.equal(decoded, shown, 'the QR code holds the link shown');
    assert.match(decoded, new RegExp(`^${server.origin}/#plan=2\\.[A-Za-z0-9_-]+$`));

    const laptop = await freshProfile();
    await laptop.page.goto(decoded);
    await laptop.page.getByRole('heading', { name: 'Your plan from another device' }).waitFor();
    const screen = await deepText(laptop.page.locator('smp-confirm-plan-page'));
    assert.match(screen, /Will be added Session on Sun 1 Mar 2026/);
    assert.match(screen, /This device has no sessions yet/);
    assert.deepEqual(await axeViolations(laptop.page), []);
    await laptop.page.getByRole('button', { name: 'Set this plan' }).click();
    await laptop.page
      .locator('smp-status-card')
      .getByRole('heading', { name: /Day 4\b/ })
      .waitFor();
    assert.match(await card(laptop.page), /Day 4 of healing/);
    assert.match(await card(laptop.page), /Standard SMP aftercare/);
  });

  it('hands a technician’s regimen from the builder to a client by its QR code, after a confirmation', async () => {
    const studio = await freshProfile({ viewport: { width: 1280, height: 900 } });
    await studio.page.goto(`${server.origin}/`);
    await studio.page.getByRole('link', { name: 'For technicians: make a regimen for your clients' }).click();
    const builder = studio.page.locator('smp-regimen-builder');
    await builder.getByLabel('Studio’s name').fill('Ink & Co');
    // Live validation, with the rules' own sentence.
    await builder.getByLabel('Strict care until day').fill('12');
    await builder
      .getByText(/the levels must be in order: the last day of strict care, then the last careful day/)
      .waitFor();
    await builder.getByLabel('Strict care until day').fill('3');
    const dry = builder.locator('smp-rule-editor').first();
    await dry.locator('summary').click();
    await dry.getByLabel('Until day').fill('3');
    await builder.getByText('The regimen is complete').waitFor();
    // The preview: day 4 of a session is past the three dry days.
    await builder.locator('smp-builder-preview').getByText('Ink & Co').first().waitFor();
    assert.deepEqual(await axeViolations(studio.page), []);
    const svg = studio.page.locator('smp-qr-code svg');
    await svg.waitFor();
    const link = await decodeQr(studio.browser, svg);
    assert.equal(link, await studio.page.locator('smp-handover-link textarea').inputValue());

    const client = await freshProfile();
    await completeFirstRun(client.page, server.origin, '2026-03-01');
    assert.match(await card(client.page), /Keep your scalp dry/);
    await client.page.goto(link);
    await client.page.getByRole('heading', { name: 'Change your aftercare?' }).waitFor();
    const offer = await deepText(client.page.locator('smp-regimen-changes'));
    assert.match(offer, /A regimen from “Ink & Co”/);
    assert.match(offer, /Keep your scalp dry: 3 days instead of 5/);
    assert.match(offer, /Levels: strict care for 3 days instead of 5/);
    // Nothing changed yet: Today still follows the standard regimen.
    assert.equal(new URL(client.page.url()).hash, '#/confirm-regimen');
    await client.page.getByRole('button', { name: 'Use this regimen' }).click();
    await client.page.getByText('Now using “Ink & Co”.').waitFor();
    await client.page.locator('smp-status-card').getByText('Ink & Co').waitFor();
    assert.doesNotMatch(await card(client.page), /Keep your scalp dry/);
  });

  it('changes nothing when the client keeps their regimen', async () => {
    const client = await freshProfile();
    await completeFirstRun(client.page, server.origin, '2026-03-01');
    await client.page.goto(packedLink(server.origin, 'regimen', example));
    await client.page.getByRole('button', { name: 'Keep my current one' }).click();
    await client.page.getByText('Nothing changed: you keep “Standard SMP aftercare”.').waitFor();
    assert.match(await card(client.page), /Standard SMP aftercare/);
    assert.match(await card(client.page), /Keep your scalp dry/);
  });

  it('refuses a look-alike of the standard regimen with a sentence, and a damaged or newer link', async () => {
    const client = await freshProfile();
    await completeFirstRun(client.page, server.origin, '2026-03-01');
    const cases = [
      [
        packedLink(server.origin, 'regimen', { ...example, id: 'default', name: 'Standard SMP aftercare' }),
        "The regimen was not loaded: the id is “default”, the built-in regimen's id: give yours its own.",
      ],
      [
        // The case: it calls itself the standard, yet drops "keep your scalp dry" from day 4.
        packedLink(server.origin, 'regimen', { ...example, id: 'standard', name: 'Standard SMP aftercare' }),
        "The regimen was not loaded: the name is “Standard SMP aftercare”, the built-in regimen's name: give yours its own.",
      ],
      [`${server.origin}/#plan=2.AAAAA`, 'This plan link is incomplete (it was cut off): copy the whole link again.'],
      [
        `${server.origin}/#plan=3.AAAA`,
        'This plan link was made by a newer version of the app (link version 3): update the app to open it.',
      ],
    ];
    for (const [link, sentence] of cases) {
      await client.page.goto(link);
      await client.page.getByText(sentence, { exact: true }).waitFor();
      assert.equal(new URL(client.page.url()).hash, '#/', 'no confirmation screen');
    }
    assert.match(await card(client.page), /Standard SMP aftercare/);
    assert.match(await card(client.page), /Keep your scalp dry/);
  });

  /** The plan link a phone using the example studio's regimen hands over: one session on 1 March. */
  const studioPlanLink = () =>
    packedLink(server.origin, 'plan', {
      plan: { sessions: [{ date: '2026-03-01' }] },
      regimen: { ...example, rules: example.rules.map(({ source: _source, ...rule }) => rule) },
    });

  for (const [choice, after] of [
    ['Use this regimen', 'studio'],
    ['Keep my current one', 'standard'],
  ])
    it(`opens a plan link with a studio’s regimen in a fresh browser: the plan, then the regimen (“${choice}”)`, async () => {
      const laptop = await freshProfile();
      await laptop.page.goto(studioPlanLink());
      await laptop.page.getByRole('heading', { name: 'Your plan from another device' }).waitFor();
      const screen = await deepText(laptop.page.locator('smp-confirm-plan-page'));
      assert.match(screen, /Will be added Session on Sun 1 Mar 2026/);
      assert.match(
        screen,
        /Its aftercare regimen is “Example Studio aftercare”; you use “Standard SMP aftercare” here\. You choose next whether to change it\./,
      );
      assert.deepEqual(await axeViolations(laptop.page), []);
      await laptop.page.getByRole('button', { name: 'Set this plan' }).click();
      // The plan is stored; the regimen is still only offered.
      await laptop.page.getByRole('heading', { name: 'Change your aftercare?' }).waitFor();
      assert.match(
        await deepText(laptop.page.locator('smp-regimen-changes')),
        /Keep your scalp dry: 3 days instead of 5/,
      );
      assert.deepEqual(await axeViolations(laptop.page), []);
      await laptop.page.getByRole('button', { name: choice }).click();
      await laptop.page
        .locator('smp-status-card')
        .getByRole('heading', { name: /Day 4\b/ })
        .waitFor();
      if (after === 'studio') {
        await laptop.page.locator('smp-status-card').getByText('Example Studio aftercare').waitFor();
        assert.match(await card(laptop.page), /Wash gently with cold water/);
        assert.doesNotMatch(await card(laptop.page), /Keep your scalp dry/);
      } else {
        await laptop.page.getByText('Nothing changed: you keep “Standard SMP aftercare”.').waitFor();
        assert.match(await card(laptop.page), /Standard SMP aftercare/);
        assert.match(await card(laptop.page), /Keep your scalp dry/);
      }
      // Either way the plan from the link stays: a reload shows day 4 of the session it carried.
      await laptop.page.reload();
      await laptop.page
        .locator('smp-status-card')
        .getByRole('heading', { name: /Day 4\b/ })
        .waitFor();
      assert.match(await card(laptop.page), after === 'studio' ? /Example Studio aftercare/ : /Standard SMP aftercare/);
    });

  /** Presses Tab until the link named `name` has the focus (through shadow roots); whether it got there. */
  async function tabTo(page, name) {
    const target = page.getByRole('link', { name, exact: true });
    for (let i = 0; i < 80; i += 1) {
      await page.keyboard.press('Tab');
      if (await target.evaluate((element) => element.matches(':focus')).catch(() => false)) return true;
    }
    return false;
  }

  for (const [name, heading] of [
    ['Use on another device', 'Use on another device'],
    ['For technicians: make a regimen for your clients', 'Make a regimen for your clients'],
  ])
    it(`reaches “${heading}” from Settings with the keyboard, by a link named for it`, async () => {
      const { page } = await freshProfile();
      await completeFirstRun(page, server.origin, '2026-03-01');
      await page.getByRole('link', { name: 'Settings' }).click();
      await page.getByRole('heading', { name: 'Hand over' }).waitFor();
      assert.equal(await page.getByRole('link', { name, exact: true }).count(), 1, 'one link, labelled by its words');
      assert.ok(await tabTo(page, name), `Tab reaches “${name}”`);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      assert.equal(
        new URL(page.url()).hash,
        name.startsWith('For technicians') ? '#/regimen-builder' : '#/another-device',
      );
      assert.deepEqual(await axeViolations(page), []);
    });
});
