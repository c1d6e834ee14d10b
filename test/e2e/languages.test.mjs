// End-to-end: the app's languages (#16.2) in the built PWA. The browser's language (playwright's
// `locale`, which sets navigator.languages) picks en-GB, en-US or es; Settings can choose another,
// which applies at once and survives a reload. Each test starts from a fresh profile on 3 March 2026.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { axeViolations, deepText, launchBrowser, serveBuilt } from './helpers.mjs';

describe('languages and regional formats', { timeout: 240_000 }, () => {
  let server;
  let browser;

  before(async () => {
    server = await serveBuilt('pwa');
  });

  after(async () => {
    await server?.close();
  });

  afterEach(async () => {
    await browser?.close();
    browser = null;
  });

  /** A fresh browser speaking `locale`, its clock on 3 March 2026, on the app's first screen. */
  async function open(locale) {
    browser = await launchBrowser({ locale });
    await browser.context.clock.setFixedTime(new Date('2026-03-03T10:00:00'));
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(`${server.origin}/`);
    return page;
  }

  /** The first-run set-up with one session on 1 March, its button named in the page's language. */
  async function setUp(page, startButton) {
    await page.locator('smp-first-run input[type="date"]').fill('2026-03-01');
    await page.getByRole('button', { name: startButton }).click();
    await page.locator('smp-status-card').waitFor();
  }

  it('speaks Spanish to a Spanish browser: first run, Today and the check-in, axe clean', async () => {
    const page = await open('es-ES');
    assert.deepEqual(await page.evaluate(() => navigator.languages), ['es-ES']);
    await page.getByRole('heading', { name: '¿Cuándo fue su tratamiento?' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
    await setUp(page, 'Empezar mis cuidados');
    const card = page.locator('smp-status-card');
    await card.getByRole('heading', { name: /Día 3/ }).waitFor();
    assert.match(await deepText(card), /de cicatrización/);
    await page.getByRole('navigation', { name: 'Principal' }).waitFor();
    assert.match(await deepText(page.locator('smp-app')), /Todo se queda en este dispositivo/);
    assert.equal(await page.title(), 'Diario de cuidados SMP');
    assert.deepEqual(await axeViolations(page), []);

    await page.getByRole('link', { name: 'Registrar' }).first().click();
    await page.getByRole('heading', { name: 'Registro de hoy' }).waitFor();
    const form = page.locator('smp-check-in-form');
    await form.getByRole('heading', { name: /¿Cómo está su cuero cabelludo\?/ }).waitFor();
    assert.equal(await form.getByRole('button', { name: 'Guardar el registro' }).count(), 1);
    // Spain measures in °C: the language's default.
    assert.equal(await form.locator('input[name="unit"][value="C"]').isChecked(), true);
    assert.deepEqual(await axeViolations(page), []);
  });

  it('gives a US browser US English, °F and Letter paper by default', async () => {
    const page = await open('en-US');
    await page.getByRole('heading', { name: 'When was your treatment?' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en-US');
    await setUp(page, 'Start my aftercare');
    await page.getByRole('link', { name: 'Check in' }).first().click();
    const form = page.locator('smp-check-in-form');
    await form.getByRole('heading', { name: /How is your scalp\?/ }).waitFor();
    await form.locator('input[name="unit"][value="F"]:checked').waitFor();

    await page.goto(`${server.origin}/#/settings`);
    const panel = page.locator('smp-settings-panel');
    await panel.getByRole('group', { name: 'Colors' }).waitFor();
    assert.equal(await panel.getByRole('radio', { name: /Fahrenheit|°F/ }).isChecked(), true);

    await page.goto(`${server.origin}/#/share`);
    const report = page.locator('smp-report-form');
    await report.getByRole('radio', { name: 'Letter' }).waitFor();
    assert.equal(await report.getByRole('radio', { name: 'Letter' }).isChecked(), true);
  });

  it('keeps British English, °C and A4 for a British browser', async () => {
    const page = await open('en-GB');
    await setUp(page, 'Start my aftercare');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en-GB');
    await page.goto(`${server.origin}/#/settings`);
    const panel = page.locator('smp-settings-panel');
    await panel.getByRole('group', { name: 'Colours' }).waitFor();
    assert.equal(await panel.getByRole('radio', { name: /Celsius|°C/ }).isChecked(), true);
    await page.goto(`${server.origin}/#/share`);
    const report = page.locator('smp-report-form');
    await report.getByRole('radio', { name: 'A4' }).waitFor();
    assert.equal(await report.getByRole('radio', { name: 'A4' }).isChecked(), true);
  });

  it('switches language from Settings without a reload, keeps it after one, and can follow the browser again', async () => {
    const page = await open('en-GB');
    await setUp(page, 'Start my aftercare');
    // A check-in saved in English, whose flag Today shows in English.
    await page.goto(`${server.origin}/#/check-in`);
    const form = page.locator('smp-check-in-form');
    await form.getByLabel('Moderate', { exact: true }).check();
    await form.getByRole('button', { name: 'Save check-in' }).click();
    await page.goto(`${server.origin}/#/`);
    const flags = page.locator('section.flags smp-flag-list');
    await flags.getByText('More than mild swelling can be a sign of infection.', { exact: false }).waitFor();
    await page.goto(`${server.origin}/#/settings`);
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    // A mark on the window: gone if the page reloads.
    await page.evaluate(() => (window.sameDocument = true));
    const language = page.getByRole('group', { name: 'Language' });
    await language.getByRole('radio', { name: 'Español' }).check();
    await page.getByRole('heading', { name: 'Ajustes', level: 1 }).waitFor();
    assert.equal(await page.evaluate(() => window.sameDocument), true);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
    // Everything drawn already speaks it too: the tabs and the panel.
    await page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Historial' }).waitFor();
    await page.getByRole('group', { name: 'Idioma' }).getByRole('radio', { name: 'Español' }).waitFor();
    // The stored flag is worded in Spanish too (its sentence was saved in English), on Today and in
    // the history.
    await page.goto(`${server.origin}/#/`);
    await flags.getByText('Una hinchazón más que leve puede ser señal de infección.', { exact: false }).waitFor();
    assert.doesNotMatch(await deepText(page.locator('section.flags')), /More than mild swelling/);
    await page.goto(`${server.origin}/#/history`);
    await page
      .locator('smp-check-in-history')
      .getByText('Una hinchazón más que leve puede ser señal de infección.', { exact: false })
      .waitFor();
    // That check-in, changed in Spanish, is saved (the words of its stored flag are not a change made
    // in another tab), and Today shows the new flag.
    await page.goto(`${server.origin}/#/check-in`);
    await form.getByLabel('Intensa', { exact: true }).check();
    await form.getByRole('button', { name: 'Actualizar el registro' }).click();
    await page.goto(`${server.origin}/#/`);
    await flags.getByText('Una hinchazón intensa puede ser señal de infección.', { exact: false }).waitFor();
    await page.goto(`${server.origin}/#/settings`);

    await page.reload();
    await page.getByRole('heading', { name: 'Ajustes', level: 1 }).waitFor();
    assert.equal(await page.getByRole('radio', { name: 'Español' }).isChecked(), true);
    await page.goto(`${server.origin}/#/`);
    await page.locator('smp-status-card').getByRole('heading', { name: /Día 3/ }).waitFor();

    await page.goto(`${server.origin}/#/settings`);
    await page.getByRole('radio', { name: 'Igual que este navegador' }).check();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en-GB');
  });
});
