// Renders public/app/icons/icon.svg to the PNG sizes the web app manifest and the extension need,
// with headless Chromium (no image tools required). Run once after changing the SVG:
//   node scripts/make-icons.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const svg = readFileSync(`${root}public/app/icons/icon.svg`, 'utf8');
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

const outputs = [
  ['public/app/icons/icon-192.png', 192, false],
  ['public/app/icons/icon-512.png', 512, false],
  ['public/app/icons/icon-maskable-512.png', 512, true],
  ['public/app/icons/apple-touch-icon.png', 180, true],
  ['public/app/favicon-32.png', 32, false],
  ['public/extension/icons/icon-16.png', 16, false],
  ['public/extension/icons/icon-32.png', 32, false],
  ['public/extension/icons/icon-48.png', 48, false],
  ['public/extension/icons/icon-128.png', 128, false],
];

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage();
for (const [path, size, maskable] of outputs) {
  await page.setViewportSize({ width: size, height: size });
  // A maskable icon keeps its picture inside the central 80% safe zone on a full-bleed background.
  const inner = maskable ? Math.round(size * 0.8) : size;
  await page.setContent(
    `<body style="margin:0;background:${maskable ? '#1f3a4d' : 'transparent'};display:grid;place-items:center;width:${size}px;height:${size}px">` +
      `<img src="${dataUrl}" width="${inner}" height="${inner}"></body>`,
  );
  await page.waitForFunction(() => document.images[0]?.complete);
  writeFileSync(`${root}${path}`, await page.screenshot({ omitBackground: !maskable }));
}
await browser.close();
console.log(`Wrote ${outputs.length} icons.`);
