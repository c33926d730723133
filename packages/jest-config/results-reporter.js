const fs = require('node:fs');
const path = require('node:path');

/**
 * Writes one small JSON file per jest run into $MASTHEAD_TEST_RESULTS_DIR (when set), so .ci/run can print a single
 * "tests: N passed, N failed" line for the whole monorepo. A suite that crashed before running its tests counts as
 * one failure, so a broken file can never pass silently. The names of what failed are kept too: CI records only the
 * tail of its output, and a failure that cannot be named cannot be fixed.
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
      failures: failuresOf(results),
    };
    const file = path.join(dir, `${path.basename(process.cwd())}-${Date.now()}-${process.pid}.json`);
    fs.writeFileSync(file, JSON.stringify(summary, null, 2));
  }
}

function failuresOf(results) {
  const failures = [];
  for (const suite of results.testResults) {
    const file = path.relative(process.cwd(), suite.testFilePath);
    if (suite.testExecError) failures.push(`${file}: ${firstLine(suite.testExecError.message || suite.failureMessage || '')}`);
    for (const test of suite.testResults) {
      if (test.status === 'failed') failures.push(`${file}: ${test.fullName} — ${firstLine(test.failureMessages[0])}`);
    }
  }
  return failures;
}

function firstLine(message = '') {
  // eslint-disable-next-line no-control-regex -- failure messages carry ANSI colour codes
  const plain = message.replace(/\u001b\[[0-9;]*m/g, '');
  return (plain.split('\n').find((line) => line.trim() !== '') ?? '').trim().slice(0, 300);
}

module.exports = ResultsReporter;
