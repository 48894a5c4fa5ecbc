import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';

/**
 * `.ci/run`'s count of `npm test`: what each jest run wrote (scripts/ci/countReporter.js), summed.
 * Every failure counts, including those jest's summary line leaves out: a suite that could not
 * run, a run that crashed, a run that never started because an earlier step of `npm test` failed.
 */

/** The jest runs `npm test` makes (jest.config.js, jest.e2e.config.js), each writing <run>.json. */
export const EXPECTED_RUNS = ['unit', 'e2e'] as const;

export const runCountsSchema = z.object({
  run: z.string(),
  passed: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  failedSuites: z.array(z.string()),
  runError: z.string().nullable(),
});

export type RunCounts = z.infer<typeof runCountsSchema>;

/** One counts file, read: its counts, or why they could not be read. */
export type RunFile = { run: string; counts: RunCounts } | { run: string; problem: string };

export interface Tally {
  passed: number;
  failed: number;
  /** A line per run and per failure that is not a failed test, to print before the total. */
  notes: string[];
}

export function readRunFiles(dir: string): RunFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name): RunFile => {
      const run = basename(name, '.json');
      try {
        return { run, counts: runCountsSchema.parse(JSON.parse(readFileSync(join(dir, name), 'utf8'))) };
      } catch (error) {
        return { run, problem: error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error) };
      }
    });
}

/** Sums the runs' counts; `npmStatus` is `npm test`'s exit status. */
export function tally(files: readonly RunFile[], npmStatus: number): Tally {
  const total: Tally = { passed: 0, failed: 0, notes: [] };
  const fail = (note: string): void => {
    total.failed += 1;
    total.notes.push(`${note} (counted as 1 failed)`);
  };
  for (const file of files) {
    if ('problem' in file) {
      fail(`${file.run}: unreadable counts: ${file.problem}`);
      continue;
    }
    const { run, passed, failed, failedSuites, runError } = file.counts;
    total.passed += passed;
    total.failed += failed;
    total.notes.push(`${run}: ${passed} passed, ${failed} failed`);
    for (const suite of failedSuites) fail(`${run}: ${suite} could not run`);
    if (runError !== null) fail(`${run}: the run failed: ${runError}`);
  }
  const written = new Set(files.map((f) => f.run));
  for (const run of EXPECTED_RUNS.filter((r) => !written.has(r))) {
    fail(
      npmStatus === 0
        ? `${run}: no counts, although npm test passed (is CI_COUNTS_DIR reaching jest?)`
        : `${run}: no counts: npm test stopped before this run, or the run crashed`,
    );
  }
  if (npmStatus !== 0 && total.failed === 0) fail('npm test failed outside the jest runs');
  return total;
}

/** The line CI ends with. */
export const summary = (t: Tally): string => `tests: ${t.passed} passed, ${t.failed} failed`;
