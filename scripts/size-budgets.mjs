// The gzip size of what the built app and extension load first, against their budgets. Shared by
// `npm run size` (scripts/size-report.mjs, which fails CI over a budget) and `npm run bench`.
// Needs `npm run build` first.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = new URL('..', import.meta.url).pathname;

/** The gzip size (level 9) of a file, in bytes. */
export const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Every .js file reachable by static imports from `entries` (paths relative to `dir`). */
function staticGraph(dir, entries) {
  const seen = new Set();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.shift().replace(/^\.?\//, '');
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(join(dir, file), 'utf8');
    const base = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    // Static imports only (`import … from "x"`, `import "x"`), not `import("x")`: those load later.
    for (const m of text.matchAll(/(?:^|[;\s}])import\s*(?:[\w{},\s*$]+from\s*)?["']([^"']+\.js)["']/g)) {
      const target = m[1].startsWith('/') ? m[1].slice(1) : new URL(m[1], `file:///${base}`).pathname.slice(1);
      queue.push(target);
    }
  }
  return [...seen];
}

/** The scripts a built HTML page loads first: its module entries and their static imports. */
function scriptsOf(dir, html) {
  const page = readFileSync(join(dir, html), 'utf8');
  const entries = [
    ...page.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
    ...page.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
  ].map((m) => m[1]);
  return staticGraph(dir, entries);
}

/**
 * Measures the size budgets of the built files under `root` (default: this project).
 * @returns {{ name: string, size: number, limit: number, files: number }[]} sizes and limits in bytes
 */
export function measureBudgets(root = ROOT) {
  const rows = [];
  const budget = (name, files, dir, limitKb) => {
    const size = files.reduce((sum, f) => sum + gzipSize(join(dir, f)), 0);
    rows.push({ name, size, limit: limitKb * 1024, files: files.length });
  };
  const pwa = join(root, 'dist/pwa');
  budget('PWA first screen JS (gzip)', scriptsOf(pwa, 'index.html'), pwa, 40);
  const ext = join(root, 'dist/extension');
  const manifest = JSON.parse(readFileSync(join(ext, 'manifest.json'), 'utf8'));
  // 16 KB since the daily photo reminder: its alarm handler has to be in the worker, which cannot import() lazily (MV3).
  // 18 KB since languages (#16.2): every word the worker makes (badge title, notifications, dates) is
  // a msg() read through chrome.i18n (extension/worker-words.ts, with @lit/localize's message-id hash),
  // which cannot be loaded lazily in an MV3 worker either: about 2 KB, 17.5 KB when raised.
  // 17 KB since the components import the rules by name (a namespace import kept all of them): 16.1 KB.
  budget('Extension background worker (gzip)', staticGraph(ext, [manifest.background.service_worker]), ext, 17);
  budget('Extension popup first paint JS (gzip)', scriptsOf(ext, 'popup.html'), ext, 40);
  return rows;
}

/** Every JS file of the built PWA: how many, and their gzip size in bytes. */
export function pwaJsTotal(root = ROOT) {
  const dir = join(root, 'dist/pwa/assets');
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  return { files: files.length, size: files.reduce((sum, f) => sum + gzipSize(join(dir, f)), 0) };
}
