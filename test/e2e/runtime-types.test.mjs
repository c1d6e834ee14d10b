// Each runtime has its own tsconfig (tsconfig.json lists them). A probe file type-checked as one
// runtime's code must compile what that runtime has and fail on what it lacks: `document` in the
// extension's background worker, `chrome` in the PWA, `window` in the rules, mocha in app code.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;
const at = (path) => join(root, path);
// The declarations (Vite's import.meta.env, module shims) every runtime but the rules, the service
// worker and the build includes.
const VITE_TYPES = ['src/env.d.ts'];

const RUNTIMES = [
  {
    name: 'the rules (src/rules)',
    tsconfig: 'src/rules/tsconfig.json',
    imports: [`import { statusOn } from '${at('src/rules/index.ts')}';`],
    has: [`statusOn({ sessions: [] }, '2026-03-01').day`],
    lacks: ['window.location.href', 'document.title', 'chrome.runtime.id', 'indexedDB.open("x")', 'navigator.onLine'],
  },
  {
    name: 'the hand-over links (src/handover)',
    tsconfig: 'src/handover/tsconfig.json',
    imports: [`import { readHandoverLink } from '${at('src/handover/index.ts')}';`],
    has: ['readHandoverLink("#plan=2.x")', 'new CompressionStream("deflate-raw")', 'new TextEncoder()'],
    lacks: ['window.location.href', 'document.title', 'chrome.runtime.id', 'localStorage.getItem("x")'],
  },
  {
    name: 'the extension background worker',
    tsconfig: 'extension/tsconfig.background.json',
    declarations: VITE_TYPES,
    imports: [`import { refreshBadge } from '${at('extension/badge.ts')}';`],
    has: ['refreshBadge', 'chrome.runtime.id', 'caches.keys()'],
    lacks: ['document.title', 'window.location.href', 'localStorage.getItem("x")'],
  },
  {
    name: 'the PWA service worker',
    tsconfig: 'pwa/tsconfig.sw.json',
    has: ['(self as unknown as ServiceWorkerGlobalScope).registration.scope', 'caches.keys()'],
    lacks: ['document.title', 'window.location.href', 'chrome.runtime.id'],
  },
  {
    name: 'dedicated workers (*.worker.ts)',
    tsconfig: 'tsconfig.workers.json',
    declarations: VITE_TYPES,
    has: ['new OffscreenCanvas(1, 1)', '(self as unknown as DedicatedWorkerGlobalScope).postMessage'],
    lacks: ['document.title', 'window.location.href', 'chrome.runtime.id'],
  },
  {
    name: 'the PWA pages and shared code',
    tsconfig: 'tsconfig.pages.json',
    declarations: VITE_TYPES,
    imports: [`import { localToday } from '${at('src/calendar/local-date.ts')}';`],
    has: ['localToday()', 'document.title', 'window.location.href'],
    lacks: ['chrome.runtime.id', 'describe("x", () => undefined)', 'process.env', 'Buffer.from("x")'],
  },
  {
    name: 'the extension pages',
    tsconfig: 'extension/tsconfig.pages.json',
    declarations: VITE_TYPES,
    has: ['document.title', 'chrome.runtime.id'],
    lacks: ['describe("x", () => undefined)', 'process.env'],
  },
  {
    name: 'the browser tests',
    tsconfig: 'tsconfig.test.json',
    declarations: VITE_TYPES,
    has: ['describe("x", () => undefined)', 'document.title'],
    lacks: ['chrome.runtime.id'],
  },
  {
    name: 'the build (Node)',
    tsconfig: 'tsconfig.node.json',
    has: ['process.env.PWA_ORIGIN'],
    lacks: ['document.title', 'window.location.href'],
  },
];

/**
 * Type-checks `source` as a file of the project `tsconfig`, with that project's `declarations`;
 * returns tsc's output and its errors by line number (1-based).
 */
function typeCheckAs(tsconfig, declarations, source) {
  const dir = mkdtempSync(join(tmpdir(), 'runtime-types-'));
  try {
    writeFileSync(join(dir, 'probe.ts'), source);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        extends: at(tsconfig),
        compilerOptions: { typeRoots: [at('node_modules/@types')] },
        files: [join(dir, 'probe.ts'), ...declarations.map(at)],
        include: [],
      }),
    );
    const result = spawnSync(at('node_modules/.bin/tsc'), ['-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
    const output = result.stdout + result.stderr;
    const errors = new Map();
    for (const [, line, message] of output.matchAll(/probe\.ts\((\d+),\d+\): error (.*)/g)) {
      errors.set(Number(line), [...(errors.get(Number(line)) ?? []), message]);
    }
    return { output, errors };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const { name, tsconfig, declarations = [], imports = [], has, lacks } of RUNTIMES) {
  describe(`${name} (${tsconfig})`, () => {
    const lines = [
      ...imports,
      ...has.map((expression, i) => `export const has${i} = ${expression};`),
      ...lacks.map((expression, i) => `export const lacks${i} = ${expression};`),
    ];
    let checked;
    before(() => {
      checked = typeCheckAs(tsconfig, declarations, `${lines.join('\n')}\n`);
    });

    it(`compiles ${[...(imports.length ? ['its imports'] : []), ...has].join(', ')}`, () => {
      const allowed = imports.length + has.length;
      const wrong = [...checked.errors.keys()].filter((line) => line <= allowed);
      assert.deepEqual(wrong, [], checked.output);
      assert.equal(checked.errors.size, lacks.length, checked.output);
    });

    for (const [i, expression] of lacks.entries()) {
      const global = expression.split(/[.(]/)[0];
      it(`refuses ${global}`, () => {
        const line = imports.length + has.length + i + 1;
        assert.match(
          (checked.errors.get(line) ?? []).join(' '),
          new RegExp(`Cannot find name '${global}'`),
          checked.output,
        );
      });
    }
  });
}
