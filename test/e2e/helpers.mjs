// Shared end-to-end helpers: serve a built folder on 127.0.0.1, launch Debian's Chromium through
// playwright-core, and run axe-core in a page.
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import sirv from 'sirv';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/find-chromium.mjs';

const root = new URL('../../', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const jsqrSource = readFileSync(require.resolve('jsqr/dist/jsQR.js'), 'utf8');

/**
 * Serves `dist/<folder>` (or an absolute folder) on 127.0.0.1 (a free port, or `port`); returns its
 * origin and a close(). `changing: true` re-reads files on every request, for tests that edit them.
 */
export async function serveBuilt(folder, { port = 0, changing = false } = {}) {
  const dir = folder.startsWith('/') ? folder : join(root, 'dist', folder);
  const handler = sirv(dir, { dev: changing, etag: true, single: false });
  const server = createServer((req, res) => handler(req, res, () => ((res.statusCode = 404), res.end('Not found'))));
  // A port already taken fails the test at once, saying so, instead of waiting for a listen that never comes.
  await new Promise((resolve, reject) => {
    server.once('error', (error) =>
      reject(new Error(`Could not serve dist/${folder} on port ${port}: ${error.message}`)),
    );
    server.listen(port, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((resolve) => server.close(resolve)) };
}

/**
 * Chromium on a persistent profile (so service workers and IndexedDB behave as for a person): a
 * fresh one, removed on close, or `profile`, an existing folder kept for the next launch.
 */
export async function launchBrowser({ extension = false, extraArgs = [], profile, ...options } = {}) {
  const userDataDir = profile ?? mkdtempSync(join(tmpdir(), 'smp-e2e-'));
  const args = [...CHROMIUM_ARGS, ...extraArgs];
  if (extension) {
    const dir = join(root, 'dist', 'extension');
    args.push(`--disable-extensions-except=${dir}`, `--load-extension=${dir}`);
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    args,
    viewport: { width: 412, height: 915 },
    ...options,
  });
  return {
    context,
    close: async () => {
      await context.close();
      if (!profile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The machine's local date `days` from today, as YYYY-MM-DD (the browser shares its time zone). */
export function localDate(days = 0) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The page's refusals by its Content-Security-Policy, as they come (an inline script whose hash is
 * out of step with the policy shows up as a console error): an array that should stay empty.
 */
export function policyRefusals(page) {
  const refused = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  return refused;
}

/** Runs axe-core in the page and returns its violations (each as "id: help (targets)"). */
export async function axeViolations(page) {
  await page.evaluate(axeSource);
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** The visible text of an element including its (nested) shadow roots, whitespace folded. */
export async function deepText(locator) {
  return locator.evaluate((element) => {
    const walk = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent;
      if (node.nodeType !== Node.ELEMENT_NODE || node.nodeName === 'STYLE' || node.nodeName === 'SCRIPT') return '';
      const root = node.shadowRoot ? [...node.shadowRoot.childNodes] : [];
      // Adjacent text nodes (Lit splits text around its markers) join as they render; elements are spaced.
      return ` ${[...root, ...node.childNodes].map(walk).join('')} `;
    };
    return walk(element).replace(/\s+/g, ' ').trim();
  });
}

/** Goes through the first-run set-up with one session on `sessionDate` and waits for today's card. */
export async function completeFirstRun(page, origin, sessionDate) {
  await page.goto(`${origin}/`);
  await page.locator('smp-first-run input[type="date"]').fill(sessionDate);
  await page.getByRole('button', { name: 'Start my aftercare' }).click();
  await page.locator('smp-status-card').waitFor();
}

/**
 * Waits until Today has settled: its card, and the tabs that render a frame later together with
 * the panels under the card (the photo and backup reminders). Check that a panel is absent only
 * after this, or the check passes before the panel could have rendered.
 */
export async function waitForToday(page) {
  await page.locator('smp-status-card').waitFor();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

/** Adds `files` (file-chooser payloads) on the Photos screen and waits until all were added. */
export async function addPhotos(page, files) {
  await page.getByRole('link', { name: 'Photos' }).click();
  await page.getByRole('heading', { name: 'Healing photos' }).waitFor();
  await page.locator('smp-photo-add input[type="file"][multiple]').setInputFiles(files);
  await page.getByText(`${files.length} photo${files.length === 1 ? '' : 's'} added.`).waitFor();
}

/**
 * The built PWA served, a fresh browser with its clock fixed at `now`, and a plan set up through the
 * UI. `quota` (bytes) gives the origin that much storage from the start, as on a nearly full phone.
 */
export async function startPwaWithPlan({ now, sessionDate, quota, ...launchOptions }) {
  const server = await serveBuilt('pwa');
  const browser = await launchBrowser(launchOptions);
  await browser.context.clock.setFixedTime(new Date(now));
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  if (quota !== undefined) {
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.origin, quotaSize: quota });
  }
  await completeFirstRun(page, server.origin, sessionDate);
  return { server, browser, page };
}

/** A plain JPEG drawn by the page's own canvas (`width` × `height`, one colour), as a Buffer. */
export async function canvasJpeg(page, { width = 320, height = 240, color = '#a07a60' } = {}) {
  const base64 = await page.evaluate(
    async ([width, height, color]) => {
      const canvas = new OffscreenCanvas(width, height);
      const context = canvas.getContext('2d');
      context.fillStyle = color;
      context.fillRect(0, 0, width, height);
      const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg' })).arrayBuffer());
      let text = '';
      for (const b of bytes) text += String.fromCharCode(b);
      return btoa(text);
    },
    [width, height, color],
  );
  return Buffer.from(base64, 'base64');
}

/** What must never reach a person in a refusal: a library's words, schema paths, list indexes. */
export const JARGON =
  /Invalid (key|type|length|value|format)|Expected|received|\[\d+\]|\b(sessions|rules|checkIns|photos|adherence|window|levels|plan|regimen|source|flags|counts|message)\.\w+|\bundefined\b/;

/** A version-2 hand-over link of `json` (`kind`: regimen or plan), packed as the app writes it (src/handover/codec.ts). */
export const packedLink = (origin, kind, json) =>
  `${origin}/#${kind}=2.${deflateRawSync(Buffer.from(JSON.stringify(json))).toString('base64url')}`;

/** Reads the QR code in a PNG (a Buffer) with jsQR, in a blank page of `context`; its text, or null. */
export async function readQrPng(context, png) {
  const scratch = await context.newPage();
  try {
    await scratch.evaluate(jsqrSource);
    return await scratch.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0);
      const { data, width, height } = context.getImageData(0, 0, image.width, image.height);
      return globalThis.jsQR(data, width, height)?.data ?? null;
    }, png.toString('base64'));
  } finally {
    await scratch.close();
  }
}
