// The extension's popup: from opening popup.html to its card painted (the popup's
// `performance.mark('popup-card-painted')`), against a blank extension page in the same run.
//
// How: dist/extension is copied to a temporary folder with one extra page, bench-blank.html (and its
// script: extension pages allow no inline script), and loaded unpacked; its manifest's key keeps the
// id. A plan is stored, then each run opens a new tab on popup.html or on the blank page, in turn,
// in the same running browser (as a popup opens in a browser already running).
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { alternating, localDate, markTime, ratioRows } from './common.mjs';
import { launchBrowser } from '../../test/e2e/helpers.mjs';
import { builtExtensionId } from '../extension-id.mjs';

const root = new URL('../../', import.meta.url).pathname;
const BLANK_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Blank</title>
    <script type="module" src="./bench-blank.js"></script>
  </head>
  <body>
    <p>Blank page</p>
  </body>
</html>
`;

/** Opens `url` in a new tab; returns ms from its navigation to the performance mark `mark`. */
async function open(context, url, mark) {
  const tab = await context.newPage();
  try {
    await tab.goto(url);
    return await markTime(tab, mark);
  } finally {
    await tab.close();
  }
}

/**
 * Times the popup's first paint against a blank extension page, `runs` times each (after one untimed
 * warm-up of each). `built`: the built extension (default dist/extension). Returns two rows: the
 * blank page, and the popup with its ratio to the blank page (the "within 100 ms", judged on
 * any machine as at most 2× a blank extension page).
 */
export async function popupBench({ runs = 7, built = join(root, 'dist/extension') } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'smp-bench-extension-'));
  const profile = mkdtempSync(join(tmpdir(), 'smp-bench-profile-'));
  cpSync(built, dir, { recursive: true });
  writeFileSync(join(dir, 'bench-blank.html'), BLANK_HTML);
  writeFileSync(join(dir, 'bench-blank.js'), "requestAnimationFrame(() => performance.mark('blank-painted'));\n");
  const extension = `chrome-extension://${builtExtensionId(built)}`;
  const { context } = await launchBrowser({
    profile,
    extraArgs: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // Node's URL gives a chrome-extension: address the origin "null", so the prefix is compared.
    if (!worker.url().startsWith(`${extension}/`)) throw new Error(`The extension loaded as ${worker.url()}.`);
    await worker.evaluate((date) => chrome.storage.local.set({ plan: { sessions: [{ date }] } }), localDate(-2));
    const check = await context.newPage();
    await check.goto(`${extension}/popup.html`);
    await check.locator('smp-status-card').getByRole('heading', { name: /Day 3/ }).waitFor(); // the plan is shown
    await check.close();
    const { figure, floor } = await alternating(
      runs,
      () => open(context, `${extension}/popup.html`, 'popup-card-painted'),
      () => open(context, `${extension}/bench-blank.html`, 'blank-painted'),
    );
    return ratioRows({
      floorName: 'extension: blank page painted',
      floor,
      name: 'extension: popup card painted, ratio to blank',
      figure,
      target: 2,
    });
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}
