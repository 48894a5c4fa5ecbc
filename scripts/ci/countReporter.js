/**
 * A jest reporter for `.ci/run`: when a run ends, it writes what the run counted to
 * `$CI_COUNTS_DIR/<run>.json`, so CI sums exact figures instead of reading jest's printed summary
 * (which a suite that cannot load, or a run that crashes, leaves incomplete or absent).
 * scripts/ci/counts.ts reads the files.
 */
const { mkdirSync, writeFileSync } = require('node:fs');
const { join, relative } = require('node:path');

const DIR_VARIABLE = 'CI_COUNTS_DIR';

class CountReporter {
  constructor(_globalConfig, options) {
    this.run = options.run;
  }

  onRunComplete(_contexts, results) {
    const dir = process.env[DIR_VARIABLE];
    const counts = {
      run: this.run,
      passed: results.numPassedTests,
      failed: results.numFailedTests,
      // A suite that could not load or run has no test to count as failed: named here, counted once each.
      failedSuites: results.testResults.filter((r) => r.testExecError).map((r) => relative(process.cwd(), r.testFilePath)),
      runError: results.runExecError ? results.runExecError.message : null,
    };
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${this.run}.json`), `${JSON.stringify(counts, null, 2)}\n`);
  }
}

/** A jest config's `reporters`: jest's own, and this one when CI asks for counts (CI_COUNTS_DIR set). */
CountReporter.reporters = (run) => (process.env[DIR_VARIABLE] ? { reporters: ['default', [__filename, { run }]] } : {});

module.exports = CountReporter;
