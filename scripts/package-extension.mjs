// `npm run package:extension`: builds the extension and zips dist/extension for the Chrome Web
// Store as dist/smp-aftercare-extension-<version>.zip (client-zip, streaming).
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { downloadZip } from 'client-zip';

const root = new URL('..', import.meta.url).pathname;
const build = spawnSync('npm', ['run', 'build:extension', '--silent'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(1);

const dir = join(root, 'dist', 'extension');
const files = [];
(function walk(folder) {
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) walk(path);
    else
      files.push({
        name: relative(dir, path),
        input: readFileSync(path),
        lastModified: new Date('2026-01-01T00:00:00Z'),
      });
  }
})(dir);

const { version } = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const out = join(root, 'dist', `smp-aftercare-extension-${version}.zip`);
writeFileSync(out, Buffer.from(await downloadZip(files).arrayBuffer()));
console.log(`Wrote ${relative(root, out)} (${files.length} files).`);
