// Reports the gzip size of what the built app and extension load, and fails when a budget is
// exceeded (run by `.ci/run`). Budgets: the PWA's first screen and the extension's worker.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Every .js file a built HTML page loads (its module entry and static imports). */
function scriptsOf(dir, html) {
  const seen = new Set();
  const queue = [...readFileSync(join(dir, html), 'utf8').matchAll(/<script[^>]+src="\.?\/?([^"]+\.js)"/g)].map(
    (m) => m[1],
  );
  queue.push(
    ...[
      ...readFileSync(join(dir, html), 'utf8').matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\.?\/?([^"]+\.js)"/g),
    ].map((m) => m[1]),
  );
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(join(dir, file), 'utf8');
    const base = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const m of text.matchAll(/(?:^|[;\s}])import\s*(?:[\w{},\s*$]+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      queue.push(new URL(m[1], `file:///${base}`).pathname.slice(1));
    }
  }
  return [...seen];
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
const worker = manifest.background.service_worker;
const workerFiles = [
  worker,
  ...[...readFileSync(join(ext, worker), 'utf8').matchAll(/["'](\/?[^"']+\.js)["']/g)].map((m) =>
    m[1].replace(/^\//, ''),
  ),
].filter((f, i, all) => all.indexOf(f) === i && statSync(join(ext, f), { throwIfNoEntry: false }));
const loaderTargets = workerFiles.flatMap((f) =>
  [...readFileSync(join(ext, f), 'utf8').matchAll(/import\s*["'](\/?[^"']+\.js)["']/g)].map((m) =>
    m[1].replace(/^\//, ''),
  ),
);
budget('Extension background worker (gzip)', [...new Set([...workerFiles, ...loaderTargets])], ext, 15);

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
