// Takes screenshots of every screen at phone and desktop widths, with a fixed clock and a plan
// entered through the UI, into docs/screenshots/ (README shows two). Needs `npm run build` first.
import { mkdirSync } from 'node:fs';
import { launchBrowser, serveBuilt } from '../test/e2e/helpers.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = process.argv[2] ?? `${root}docs/screenshots`;
mkdirSync(out, { recursive: true });

const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };
const server = await serveBuilt('pwa');
const browser = await launchBrowser();
await browser.context.clock.setFixedTime(new Date('2026-03-03T09:00:00'));
const page = browser.context.pages()[0] ?? (await browser.context.newPage());

async function shoot(name, { full = true } = {}) {
  for (const [label, viewport] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(150);
    await page.screenshot({ path: `${out}/${name}-${label}.png`, fullPage: full });
  }
}

await page.goto(`${server.origin}/`);
await page.getByRole('heading', { name: 'When was your treatment?' }).waitFor();
await shoot('first-run');
await page.locator('smp-first-run input[type="date"]').fill('2026-03-01');
await page.getByRole('button', { name: 'Start my aftercare' }).click();
await page.locator('smp-status-card').getByRole('heading', { name: /Day 3/ }).waitFor();
await page.getByRole('link', { name: 'Plan' }).click();
await page.locator('smp-plan-editor input[type="date"]').fill('2026-03-24');
await page.getByRole('button', { name: 'Add session' }).click();
await page.waitForTimeout(200);
await shoot('plan');
await page.getByRole('link', { name: 'Today' }).click();
await page.locator('smp-status-card').waitFor();
await shoot('today');
await page.goto(`${server.origin}/#/day/2026-03-07`);
await page.locator('smp-status-card').getByRole('heading', { name: /Day 7/ }).waitFor();
await shoot('day-7');
await page.goto(`${server.origin}/#/check-in`);
const form = page.locator('smp-check-in-form');
await form.getByLabel('Moderate').check();
await form.locator('input[type="number"]').fill('38.6');
await form.locator('input[type="number"]').dispatchEvent('input');
await form.getByText(/Seek medical help now/).waitFor();
await shoot('check-in');
await form.getByRole('button', { name: /Save check-in/ }).click();
await page.goto(`${server.origin}/#/`);
await page
  .getByText(/Seek medical help now/)
  .first()
  .waitFor();
await shoot('today-urgent');
await page.goto(`${server.origin}/#/history`);
await page.getByRole('heading', { name: 'Check-in history' }).waitFor();
await shoot('history');
await page.goto(`${server.origin}/#/settings`);
await page.getByText('Storage on this device').waitFor();
await page.waitForTimeout(300);
await shoot('settings');

await browser.close();
await server.close();
console.log(`Screenshots in ${out}`);
