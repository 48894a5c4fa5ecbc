import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readRunFiles, summary, tally, type RunCounts, type RunFile } from '../../scripts/ci/tally';

/** .ci/run's count: the reporter each jest run of `npm test` writes through, and the sum of what they wrote. */

// A real jest run and four jest --showConfig, each a process.
jest.setTimeout(60_000);

const root = resolve(__dirname, '../..');
const JEST = join(root, 'node_modules/jest/bin/jest.js');
const REPORTER = join(root, 'scripts/ci/countReporter.js');

const counts = (run: string, over: Partial<RunCounts> = {}): RunFile => ({
  run,
  counts: { run, passed: 10, failed: 0, failedSuites: [], runError: null, ...over },
});

/** `process.env` without CI_COUNTS_DIR (.ci/run sets it for the outer run), plus `env`. */
function envWith(env: Record<string, string>): NodeJS.ProcessEnv {
  const { CI_COUNTS_DIR: _outer, ...rest } = process.env;
  return { ...rest, ...env };
}

describe('summing the counts of the jest runs', () => {
  it('counts failed tests and, once each, the suites that could not run', () => {
    const total = tally([counts('unit', { passed: 10, failed: 2, failedSuites: ['spec/broken.test.ts'] }), counts('e2e', { passed: 5 })], 1);
    expect(summary(total)).toBe('tests: 15 passed, 3 failed');
    expect(total.notes).toContain('unit: spec/broken.test.ts could not run (counted as 1 failed)');
  });

  it('counts an expected run that wrote nothing, and says which', () => {
    const total = tally([counts('unit', { passed: 7 })], 1);
    expect(summary(total)).toBe('tests: 7 passed, 1 failed');
    expect(total.notes).toContain('e2e: no counts: npm test stopped before this run, or the run crashed (counted as 1 failed)');
  });

  it('counts both runs when a step before them (typecheck, lint) stopped npm test', () => {
    const total = tally([], 2);
    expect(summary(total)).toBe('tests: 0 passed, 2 failed');
    expect(total.notes.map((n) => n.split(':')[0])).toEqual(['unit', 'e2e']);
  });

  it('counts a run that failed as a whole, an unreadable file, and a missing file even when npm test passed', () => {
    const files: RunFile[] = [counts('unit', { runError: 'globalSetup threw' }), { run: 'e2e', problem: 'Unexpected end of JSON input' }];
    expect(summary(tally(files, 1))).toBe('tests: 10 passed, 2 failed');
    expect(summary(tally([counts('unit')], 0))).toBe('tests: 10 passed, 1 failed');
  });

  it('counts a failure of npm test that no run accounts for (a step after the jest runs) once', () => {
    expect(summary(tally([counts('unit'), counts('e2e')], 1))).toBe('tests: 20 passed, 1 failed');
    const green = tally([counts('unit'), counts('e2e')], 0);
    expect(summary(green)).toBe('tests: 20 passed, 0 failed');
    expect(green.notes).toEqual(['unit: 10 passed, 0 failed', 'e2e: 10 passed, 0 failed']);
  });
});

describe('the reporter, in a real jest run', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ci-counts-'));
    mkdirSync(join(dir, 'suites'));
    writeFileSync(join(dir, 'suites/pass.test.js'), "test('passes', () => {});\ntest('passes too', () => {});\n");
    writeFileSync(join(dir, 'suites/fail.test.js'), "test('fails', () => { throw new Error('no'); });\n");
    writeFileSync(join(dir, 'suites/broken.test.js'), "throw new Error('cannot load');\n");
    writeFileSync(
      join(dir, 'jest.config.js'),
      `module.exports = { rootDir: __dirname, testEnvironment: 'node', transform: {}, ...require(${JSON.stringify(REPORTER)}).reporters('fixture') };\n`,
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes passed, failed and the suite that could not load, which jest’s "Tests:" line leaves out', () => {
    const out = join(dir, 'counts');
    const run = spawnSync(process.execPath, [JEST, '--config', join(dir, 'jest.config.js'), '--ci', '--no-watchman'], {
      cwd: dir,
      env: envWith({ CI_COUNTS_DIR: out }),
      encoding: 'utf8',
    });
    expect(run.status).not.toBe(0);
    expect(readRunFiles(out)).toEqual([{ run: 'fixture', counts: { run: 'fixture', passed: 2, failed: 1, failedSuites: ['suites/broken.test.js'], runError: null } }]);
  });
});

describe('the project’s jest configs', () => {
  const reporters = (config: string, env: Record<string, string>): unknown => {
    const shown = spawnSync(process.execPath, [JEST, '--config', config, '--showConfig'], { cwd: root, env: envWith(env), encoding: 'utf8' });
    return (JSON.parse(shown.stdout) as { globalConfig: { reporters?: unknown } }).globalConfig.reporters;
  };

  it.each([
    ['jest.config.js', 'unit'],
    ['jest.e2e.config.js', 'e2e'],
  ])('%s reports its counts as "%s" only when CI_COUNTS_DIR is set', (config, run) => {
    expect(reporters(config, { CI_COUNTS_DIR: '/tmp/counts' })).toEqual([['default', {}], [REPORTER, { run }]]);
    expect(reporters(config, {})).toBeUndefined();
  });
});
