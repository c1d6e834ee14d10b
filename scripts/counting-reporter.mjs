// A web-test-runner reporter that counts passed and failed tests, so `npm test` can end with one
// plain "N passed, N failed" line (the runner's own summary carries a progress bar).
import { writeFileSync } from 'node:fs';

function countResults(result, counts) {
  if (!result) return;
  for (const test of result.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const suite of result.suites ?? []) countResults(suite, counts);
}

/** Writes `{ passed, failed, skipped }` to $WTR_COUNTS_FILE when the run ends. */
export function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        countResults(session.testResults, counts);
        // A file that failed to load or threw outside a test has errors but no failed test.
        if ((session.errors?.length ?? 0) > 0 || (!session.passed && !session.testResults)) counts.failed += 1;
      }
      if (process.env.WTR_COUNTS_FILE) writeFileSync(process.env.WTR_COUNTS_FILE, JSON.stringify(counts));
    },
  };
}
