// Takes screenshots of every screen at phone and desktop widths, with a fixed clock and a plan
// entered through the UI, into docs/screenshots/ (README shows some), and a few in the dark theme
// (`-dark`, the system's scheme set to dark). Needs `npm run build` first.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, serveBuilt } from '../test/e2e/helpers.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = process.argv[2] ?? `${root}docs/screenshots`;
mkdirSync(out, { recursive: true });

const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };
const server = await serveBuilt('pwa');
const browser = await launchBrowser();
await browser.context.clock.setFixedTime(new Date('2026-03-03T09:00:00'));
const page = browser.context.pages()[0] ?? (await browser.context.newPage());

async function shoot(name, { full = true, on = page } = {}) {
  for (const [label, viewport] of Object.entries(VIEWPORTS)) {
    await on.setViewportSize(viewport);
    await on.waitForTimeout(150);
    if (full) {
      // The whole page in one window, so the fixed bottom bar sits at its foot, as at the end of a
      // scroll, not across the middle of the picture where the first screenful ends.
      const height = await on.evaluate(() => document.documentElement.scrollHeight);
      await on.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height) });
      await on.waitForTimeout(150);
    }
    await on.screenshot({ path: `${out}/${name}-${label}.png`, fullPage: full });
  }
  // Back to the last width's window, as the rest of the script expects.
  await on.setViewportSize(Object.values(VIEWPORTS).at(-1));
}

/**
 * The top of a long screen down to the bottom of `last` (plus a margin), at each width: the window
 * made that much taller than the clip, so the fixed bottom bar sits below it, covers nothing and
 * no field is cut in half.
 */
async function shootTop(name, last) {
  for (const [label, viewport] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(viewport);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(150);
    const box = await last.boundingBox();
    const height = Math.ceil(box.y + box.height + 6);
    await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height + 200) });
    await page.waitForTimeout(150);
    await page.screenshot({ path: `${out}/${name}-${label}.png`, clip: { x: 0, y: 0, width: viewport.width, height } });
  }
}

/**
 * The screen at the page's address in the dark theme: a second page with the system's scheme set to
 * dark (Settings follows it by default), once `ready(page)` is on screen, so the light page is never switched.
 */
async function shootDark(name, ready) {
  const dark = await browser.context.newPage();
  await dark.emulateMedia({ colorScheme: 'dark' });
  await dark.goto(page.url());
  await ready(dark).waitFor();
  await dark.waitForTimeout(400);
  await shoot(`${name}-dark`, { on: dark });
  await dark.close();
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
await shootDark('today', (dark) => dark.getByRole('navigation', { name: 'Main' }));
await page.goto(`${server.origin}/#/day/2026-03-07`);
await page.locator('smp-status-card').getByRole('heading', { name: /Day 7/ }).waitFor();
await shoot('day-7');
await page.goto(`${server.origin}/#/check-in`);
const form = page.locator('smp-check-in-form');
await form.getByLabel('Moderate').check();
await form.locator('#temperature').fill('38.6');
await form.locator('#temperature').dispatchEvent('input');
await form.getByText(/Seek medical help now/).waitFor();
await shoot('check-in');
await form.getByRole('button', { name: /Save check-in/ }).click();
await page.goto(`${server.origin}/#/`);
await page
  .getByText(/Seek medical help now/)
  .first()
  .waitFor();
await shoot('today-urgent');
await shootDark('today-urgent', (dark) => dark.locator('smp-status-card .flag.urgent'));
await page.goto(`${server.origin}/#/history`);
await page.getByRole('heading', { name: 'Check-in history' }).waitFor();
await shoot('history');
await page.goto(`${server.origin}/#/settings`);
await page.getByText('Storage on this device').waitFor();
await page.waitForTimeout(300);
await shoot('settings');

// Photos on three days (the clock moves, as the days pass), then the timeline and a comparison.
const scalp = (density) =>
  page.evaluate(async (density) => {
    const canvas = new OffscreenCanvas(900, 1200);
    const context = canvas.getContext('2d');
    const gradient = context.createRadialGradient(450, 500, 100, 450, 600, 800);
    gradient.addColorStop(0, '#e8c9ad');
    gradient.addColorStop(1, '#b98f72');
    context.fillStyle = gradient;
    context.fillRect(0, 0, 900, 1200);
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    context.fillStyle = 'rgba(40, 30, 28, 0.85)';
    for (let i = 0; i < density; i += 1) {
      context.beginPath();
      context.arc(random() * 900, random() * 780, 1.6 + random() * 1.4, 0, Math.PI * 2);
      context.fill();
    }
    const bytes = new Uint8Array(
      await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 })).arrayBuffer(),
    );
    let text = '';
    for (const b of bytes) text += String.fromCharCode(b);
    return btoa(text);
  }, density);
for (const [day, density] of [
  ['2026-03-01', 5200],
  ['2026-03-02', 4300],
  ['2026-03-03', 3600],
]) {
  await browser.context.clock.setFixedTime(new Date(`${day}T09:00:00`));
  await page.goto(`${server.origin}/#/photos`);
  await page.reload();
  await page.getByRole('heading', { name: 'Healing photos' }).waitFor();
  const buffer = Buffer.from(await scalp(density), 'base64');
  await page
    .locator('smp-photo-add input[type="file"][multiple]')
    .setInputFiles([{ name: `crown-${day}.jpg`, mimeType: 'image/jpeg', buffer }]);
  await page.getByText('1 photo added.').waitFor();
}
await page.goto(`${server.origin}/#/`);
await page.goto(`${server.origin}/#/photos`);
await page.locator('smp-photo-thumb img').first().waitFor();
await page.waitForTimeout(400);
await shoot('photos');
await shootDark('photos', (dark) => dark.locator('smp-photo-thumb img').first());
await page.goto(`${server.origin}/#/compare/crown`);
await page.getByRole('button', { name: 'Slider' }).click();
await page.getByLabel('Reveal the later photo').fill('50');
await page.waitForTimeout(400);
await shoot('compare');

// A week later with no backup: Today asks for one; then the share and backup page.
await browser.context.clock.setFixedTime(new Date('2026-03-11T09:00:00'));
await page.goto(`${server.origin}/#/`);
await page.reload();
await page.getByRole('heading', { name: 'Time for a backup' }).waitFor();
await shoot('today-backup');
await page.getByRole('link', { name: 'Back up now' }).click();
await page.getByRole('heading', { name: 'Share and back up' }).waitFor();
await page.waitForTimeout(300);
await shoot('share');

// Hand-over: the plan for another device, a technician's regimen in the builder, its handout (the
// PDF's page as a PNG, with pdftoppm) and the confirmation a client sees when opening its link.
await page.goto(`${server.origin}/#/another-device`);
await page.locator('smp-qr-code svg').waitFor();
await shoot('another-device');
const planUrl = await page.locator('smp-handover-link textarea').inputValue();
await page.goto(`${server.origin}/#/regimen-builder`);
const builder = page.locator('smp-regimen-builder');
await builder.getByLabel('Studio’s name').fill('Ink & Co');
await builder.getByLabel('Strict care until day').fill('3');
const dryRule = builder.locator('smp-rule-editor').first();
await dryRule.locator('summary').click();
await dryRule.getByLabel('Until day').fill('3');
await builder.getByText('The regimen is complete').waitFor();
await page.locator('smp-qr-code svg').waitFor();
// Folded again, the edited rule shows its new window ("3 days") in the list.
await dryRule.locator('summary').click();
// The top of the screen (studio, levels, the edited rule): the whole of it is many screens long.
await shootTop('builder', builder.locator('ol.rules > li').first());
const [download] = await Promise.all([
  page.waitForEvent('download'),
  page.getByRole('button', { name: 'Printable handout (PDF)' }).click(),
]);
const handoutPdf = join(mkdtempSync(join(tmpdir(), 'smp-handout-')), 'handout.pdf');
await download.saveAs(handoutPdf);
execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', handoutPdf, `${out}/handout`]);
const regimenUrl = await page.locator('smp-handover-link textarea').inputValue();
await page.goto(regimenUrl);
await page.getByRole('heading', { name: 'Change your aftercare?' }).waitFor();
await shoot('confirm-regimen');

// In Spanish (Settings → Language): Settings and Today, Spanish runs about a fifth longer than English.
await page.goto(`${server.origin}/#/settings`);
await page.getByRole('radio', { name: 'Español' }).check();
await page.getByRole('heading', { name: 'Ajustes', level: 1 }).waitFor();
await page.waitForTimeout(300);
await shoot('settings-es');
await page.goto(`${server.origin}/#/`);
await page.locator('smp-status-card').waitFor();
await page.waitForTimeout(300);
await shoot('today-es');

await browser.close();
await server.close();
// The extension's popup, with a plan stored as the options page or the PWA would.
const withExtension = await launchBrowser({ extension: true, viewport: { width: 380, height: 640 } });
const worker = withExtension.context.serviceWorkers()[0] ?? (await withExtension.context.waitForEvent('serviceworker'));
const threeDaysAgo = new Date(Date.now() - 2 * 86_400_000);
const session = `${threeDaysAgo.getFullYear()}-${String(threeDaysAgo.getMonth() + 1).padStart(2, '0')}-${String(threeDaysAgo.getDate()).padStart(2, '0')}`;
await worker.evaluate((date) => chrome.storage.local.set({ plan: { sessions: [{ date }] } }), session);
const popup = await withExtension.context.newPage();
await popup.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
await popup.locator('smp-status-card').getByRole('heading', { name: /Day 3/ }).waitFor();
await popup.screenshot({ path: `${out}/popup.png`, fullPage: true });
await popup.emulateMedia({ colorScheme: 'dark' });
await popup.waitForTimeout(150);
await popup.screenshot({ path: `${out}/popup-dark.png`, fullPage: true });
// The options page with the plan link from the phone pasted in, before it is set.
const options = await withExtension.context.newPage();
await options.setViewportSize({ width: 800, height: 900 });
await options.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
const paste = options.locator('smp-link-paste');
await paste.getByLabel('The link').fill(planUrl);
await paste.getByRole('button', { name: 'Read the link' }).click();
await paste.getByText('Will be added').waitFor();
await options.screenshot({ path: `${out}/options-paste.png`, fullPage: true });
await options.emulateMedia({ colorScheme: 'dark' });
await options.waitForTimeout(150);
await options.screenshot({ path: `${out}/options-paste-dark.png`, fullPage: true });
await withExtension.close();

console.log(`Screenshots in ${out}`);
