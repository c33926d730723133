const fs = require('node:fs');
const path = require('node:path');

/**
 * Writes one small JSON file per jest run into $MASTHEAD_TEST_RESULTS_DIR (when set), so .ci/run can print a single
 * "tests: N passed, N failed" line for the whole monorepo. A suite that crashed before running its tests counts as
 * one failure, so a broken file can never pass silently.
 */
class ResultsReporter {
  onRunComplete(_contexts, results) {
    const dir = process.env.MASTHEAD_TEST_RESULTS_DIR;
    if (!dir) return;
    fs.mkdirSync(dir, { recursive: true });
    const summary = {
      cwd: process.cwd(),
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
      success: results.success,
    };
    const file = path.join(dir, `${path.basename(process.cwd())}-${Date.now()}-${process.pid}.json`);
    fs.writeFileSync(file, JSON.stringify(summary, null, 2));
  }
}

module.exports = ResultsReporter;
