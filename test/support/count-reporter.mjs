// Prints one closing line, "N passed, N failed, N skipped", that CI reads as the test count.
export function countReporter() {
  let line = '';
  const walk = (suite, totals) => {
    if (!suite) return;
    for (const test of suite.tests ?? []) {
      if (test.skipped) totals.skipped++;
      else if (test.passed) totals.passed++;
      else totals.failed++;
    }
    for (const child of suite.suites ?? []) walk(child, totals);
  };
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        walk(session.testResults, totals);
        // A file that failed to load or threw outside a test counts as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed += session.errors.length;
      }
      line = `browser tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
    },
    stop() {
      if (line) console.log(`\n${line}`);
    },
  };
}
