// `npm run package:extension` makes a store-ready zip of the built extension.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;

/** File names in a ZIP's central directory (signature 0x02014b50). */
function zipEntries(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const names = [];
  for (let i = 0; i + 46 <= bytes.length; i += 1) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const length = view.getUint16(i + 28, true);
    names.push(new TextDecoder().decode(bytes.subarray(i + 46, i + 46 + length)));
  }
  return names;
}

describe('packaging the extension', () => {
  it('writes a zip with the manifest, worker, popup and options page at its root', () => {
    const result = spawnSync('node', ['scripts/package-extension.mjs'], { cwd: root, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    const { version } = JSON.parse(readFileSync(`${root}dist/extension/manifest.json`, 'utf8'));
    const names = zipEntries(readFileSync(`${root}dist/smp-aftercare-extension-${version}.zip`));
    for (const name of ['manifest.json', 'service-worker-loader.js', 'popup.html', 'options.html'])
      assert.ok(names.includes(name), name);
  });
});
