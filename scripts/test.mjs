// `npm test`: builds the app and the extension, runs the browser tests (web-test-runner) and the
// end-to-end tests (node:test driving Chromium through playwright-core against the built files),
// then ends with one plain line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { NO_BROWSER_MESSAGE, findChromiumOrNull } from './find-chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const only = process.argv[2]; // "unit" or "e2e" to run one half

if (!findChromiumOrNull()) {
  console.error(NO_BROWSER_MESSAGE);
  process.exit(1);
}

function npm(args) {
  const result = spawnSync('npm', args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\`npm ${args.join(' ')}\` failed.`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

const totals = { passed: 0, failed: 0 };

function runUnitTests() {
  const dir = mkdtempSync(join(tmpdir(), 'wtr-'));
  const countsFile = join(dir, 'counts.json');
  const result = spawnSync('npx', ['wtr', '--config', 'web-test-runner.config.mjs'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, WTR_COUNTS_FILE: countsFile },
  });
  let counts = { passed: 0, failed: 0 };
  try {
    counts = JSON.parse(readFileSync(countsFile, 'utf8'));
  } catch {
    console.error('The browser test run ended without reporting its results.');
  }
  rmSync(dir, { recursive: true, force: true });
  if (result.status !== 0 && counts.failed === 0) counts.failed = 1;
  console.log(`Browser tests: ${counts.passed} passed, ${counts.failed} failed.`);
  totals.passed += counts.passed;
  totals.failed += counts.failed;
}

async function runEndToEndTests() {
  npm(['run', 'build', '--silent']);
  const dir = join(root, 'test', 'e2e');
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.test.mjs'))
    .map((name) => join(dir, name));
  const counts = { passed: 0, failed: 0 };
  // A file's time limit: each test launches its own browser (a fresh profile), so a file of a dozen
  // tests on a loaded 2-core machine can take minutes; each step has its own 30 s limit inside.
  const stream = run({ files, concurrency: 1, timeout: 600_000 });
  stream.on('test:pass', (event) => {
    if (event.details?.type !== 'suite') counts.passed += 1;
  });
  stream.on('test:fail', (event) => {
    if (event.details?.type !== 'suite') counts.failed += 1;
  });
  await new Promise((resolve, reject) => {
    const out = stream.compose(spec).pipe(process.stdout, { end: false });
    stream.on('end', resolve);
    out.on('error', reject);
  });
  console.log(`End-to-end tests: ${counts.passed} passed, ${counts.failed} failed.`);
  totals.passed += counts.passed;
  totals.failed += counts.failed;
}

if (only !== 'e2e') runUnitTests();
if (only !== 'unit') await runEndToEndTests();
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
