// The rules module is pure: its tsconfig has no DOM types, so browser globals fail to compile there.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;

/** Type-checks `source` as if it were a file of src/rules; returns tsc's exit code and output. */
function compileAsRules(source) {
  const dir = mkdtempSync(join(tmpdir(), 'rules-purity-'));
  try {
    writeFileSync(join(dir, 'probe.ts'), source);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ extends: join(root, 'src/rules/tsconfig.json'), include: [join(dir, 'probe.ts')] }),
    );
    const result = spawnSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(dir, 'tsconfig.json')], {
      encoding: 'utf8',
    });
    return { status: result.status, output: result.stdout + result.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('src/rules stays pure', () => {
  const importRules = `import { statusOn } from '${join(root, 'src/rules/index.ts')}';\n`;

  it('compiles code that uses only the rules', () => {
    const { status, output } = compileAsRules(
      `${importRules}export const day = statusOn({ sessions: [] }, '2026-03-01').day;\n`,
    );
    assert.equal(status, 0, output);
  });

  for (const global of ['window.location.href', 'document.title', 'chrome.runtime.id', 'indexedDB.open("x")']) {
    it(`refuses ${global.split('.')[0]} in the rules`, () => {
      const { status, output } = compileAsRules(`${importRules}export const x = ${global};\n`);
      assert.notEqual(status, 0);
      assert.match(output, /Cannot find name/);
    });
  }
});
