import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGETS } from '../../bench/budgets';
import { resultsSchema, type Results } from '../../bench/results';

/**
 * README's Performance section quotes bench/results.json: every figure there is the one the
 * committed results hold, so a new bench run that is not copied into README (or the other way
 * round) fails here.
 */

const root = join(__dirname, '../..');
const results: Results = resultsSchema.parse(JSON.parse(readFileSync(join(root, 'bench/results.json'), 'utf8')));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('\n## Performance\n'), readme.indexOf('\n## ', readme.indexOf('\n## Performance\n') + 1));

/** The Performance table's rows: first cell → last cell ("last run"). */
const lastRun = new Map(
  section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const cells = line.slice(1, -1).split('|').map((c) => c.trim());
      return [cells[0] ?? '', cells[cells.length - 1] ?? ''] as const;
    }),
);

const thousands = (n: number): string => n.toLocaleString('en-US');
const ms = (n: number): string => `${Math.round(n)} ms`;
const r3 = (n: number): string => n.toFixed(3);
const KB = 1000;

describe("README's performance figures are bench/results.json's", () => {
  const { details, render_ratio_spread: spread } = results;
  const pairs = details.runs.pair_ratios.length;

  it.each([
    ['`bundle_gzip_bytes`, `baseline_gzip_bytes`, `bundle_ratio`', `${thousands(results.bundle_gzip_bytes)} B / ${thousands(results.baseline_gzip_bytes)} B = ${r3(results.bundle_ratio)}`],
    ['`first_question_ms`, `baseline_render_ms`', `${ms(results.first_question_ms)} / ${ms(results.baseline_render_ms)} (medians of ${pairs} loads each)`],
    [
      '`render_ratio`, `render_ratio_spread`',
      `${r3(results.render_ratio)} (${pairs} pairs: p25–p75 ${r3(spread.p25)}–${r3(spread.p75)}, min–max ${r3(spread.min)}–${r3(spread.max)})`,
    ],
    ['`walk_chunks_gzip_bytes`', `${thousands(results.walk_chunks_gzip_bytes)} B (${details.scripts.walk.length} chunks: the walk's and one it shares)`],
    ['`first_procedure_question_ms`', `${ms(results.first_procedure_question_ms)} (median of ${details.runs.first_procedure_question_ms.length} presses)`],
  ])('%s: %s', (figure, expected) => {
    expect(lastRun.get(figure)).toBe(expected);
  });

  it.each([
    ['`zaf_calls_to_first_question`', results.zaf_calls_to_first_question],
    ['`rest_calls_per_write`', results.rest_calls_per_write],
  ])('%s: %d, then what the calls were', (figure, count) => {
    expect(lastRun.get(figure)?.split(' (')[0]).toBe(String(count));
  });

  it('quotes every row it has, and the default number of pairs', () => {
    expect(lastRun.size).toBe(7);
    expect(section).toContain(`the default ${pairs},`);
  });

  it('says how far the bundle is above the baseline and how much room is left under the budget', () => {
    const over = (results.bundle_gzip_bytes - results.baseline_gzip_bytes) / KB;
    const room = (BUDGETS.bundle_ratio * results.baseline_gzip_bytes - results.bundle_gzip_bytes) / KB;
    expect(section).toContain(`the ${over.toFixed(1)} KB difference`);
    expect(section).toContain(`(${room.toFixed(1)} KB of room)`);
  });
});
