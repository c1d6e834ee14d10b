// Reports the gzip size of what the built app and extension load, and fails when a budget is
// exceeded (run by `.ci/run`). Budgets: the PWA's first screen and the extension's worker.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

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

const rows = [];
function budget(name, files, dir, limitKb) {
  const total = files.reduce((sum, f) => sum + gz(join(dir, f)), 0);
  rows.push({ name, size: total, limit: limitKb * 1024, files: files.length });
}

const pwa = join(root, 'dist/pwa');
budget('PWA first screen JS (gzip)', scriptsOf(pwa, 'index.html'), pwa, 40);
const ext = join(root, 'dist/extension');
const manifest = JSON.parse(readFileSync(join(ext, 'manifest.json'), 'utf8'));
budget('Extension background worker (gzip)', staticGraph(ext, [manifest.background.service_worker]), ext, 15);
budget('Extension popup first paint JS (gzip)', scriptsOf(ext, 'popup.html'), ext, 40);

let failed = false;
console.log('Bundle sizes');
for (const row of rows) {
  const ok = row.size <= row.limit;
  failed ||= !ok;
  console.log(`  ${ok ? 'ok  ' : 'OVER'} ${row.name}: ${kb(row.size)} of ${kb(row.limit)} (${row.files} files)`);
}
const all = readdirSync(join(pwa, 'assets')).filter((f) => f.endsWith('.js'));
console.log(
  `  PWA: ${all.length} JS files in all, ${kb(all.reduce((s, f) => s + gz(join(pwa, 'assets', f)), 0))} gzip`,
);
if (failed) {
  console.error('A bundle is over its size budget: lazy-load or split the code that grew.');
  process.exit(1);
}
