// `npm test`: builds the app and the extension, runs the browser tests (web-test-runner), the
// end-to-end tests (node:test driving Chromium through playwright-core against the built files) and
// the cross-engine journeys (test/engines: Chromium, Firefox, WebKit), then ends with one plain
// line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { NO_BROWSER_MESSAGE, findChromiumOrNull } from './find-chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const only = process.argv[2]; // "unit", "e2e" or "engines" to run one part

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

/** Runs one node:test file; its counts, its lists, and whether its browser session died under it. */
async function runNodeFile(file) {
  const outcome = { passed: 0, failed: 0, known: [], fixed: [], skipped: [], crashed: false };
  const stream = run({ files: [file], concurrency: 1, timeout: 600_000 });
  const record = (failed) => (event) => {
    const error = event.details?.error;
    if (failed && /invalid session id/.test(`${error?.message ?? ''} ${error?.cause?.message ?? ''}`))
      outcome.crashed = true;
    if (event.skip !== undefined)
      outcome.skipped.push(`${event.name} (${event.skip === true ? 'skipped' : event.skip})`);
    else if (event.details?.type === 'suite') return;
    else if (event.todo !== undefined && failed) outcome.known.push(`${event.name} (${event.todo})`);
    else {
      if (event.todo !== undefined) outcome.fixed.push(event.name);
      outcome[failed ? 'failed' : 'passed'] += 1;
    }
  };
  stream.on('test:pass', record(false));
  stream.on('test:fail', record(true));
  await new Promise((resolve, reject) => {
    const out = stream.compose(spec).pipe(process.stdout, { end: false });
    stream.on('end', resolve);
    out.on('error', reject);
  });
  return outcome;
}

/**
 * Runs every `*.test.mjs` of `test/<folder>` with node:test, one file at a time, and adds its counts
 * to the totals. A `todo` test (a known failure, named with its reason) and a skipped one count in
 * neither; both are listed, so they are seen.
 */
async function runNodeTests(folder, label) {
  const dir = join(root, 'test', folder);
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.test.mjs'))
    .map((name) => join(dir, name));
  const counts = { passed: 0, failed: 0 };
  const known = [];
  const fixed = [];
  const skipped = [];
  for (const file of files) {
    let outcome = await runNodeFile(file);
    // WebKitGTK's browser process can die under load on this machine; its WebDriver session is then
    // gone ("invalid session id") and every later step fails. That is the harness, not the app: the
    // file runs once more, said plainly, and its second run counts.
    if (outcome.crashed) {
      console.log(
        `The browser of ${file.slice(root.length)} ended mid-run (invalid session id): running it once more.`,
      );
      outcome = await runNodeFile(file);
    }
    counts.passed += outcome.passed;
    counts.failed += outcome.failed;
    known.push(...outcome.known);
    fixed.push(...outcome.fixed);
    skipped.push(...outcome.skipped);
  }
  for (const line of known) console.log(`Known failure (todo): ${line}`);
  for (const line of fixed) console.log(`Passes, though marked todo (remove its todo): ${line}`);
  for (const line of skipped) console.log(`Skipped: ${line}`);
  const extra = [
    known.length ? `${known.length} known failures (todo)` : '',
    skipped.length ? `${skipped.length} skipped` : '',
  ]
    .filter(Boolean)
    .join(', ');
  console.log(`${label}: ${counts.passed} passed, ${counts.failed} failed${extra ? `, ${extra}` : ''}.`);
  totals.passed += counts.passed;
  totals.failed += counts.failed;
}

if (only === undefined || only === 'unit') runUnitTests();
if (only !== 'unit') npm(['run', 'build', '--silent']);
if (only === undefined || only === 'e2e') await runNodeTests('e2e', 'End-to-end tests');
if (only === undefined || only === 'engines') await runNodeTests('engines', 'Cross-engine journeys');
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
