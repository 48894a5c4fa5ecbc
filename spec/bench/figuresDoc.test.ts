import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { figuresTable, FIGURES_END, FIGURES_START, PERFORMANCE_DOC, withFigures } from '../../bench/figuresDoc';
import { resultsSchema, type Results } from '../../bench/results';

/**
 * docs/performance.md's bench figures are generated from bench/results.json: a bench run that is not carried into it,
 * or a hand edit of the table, fails here.
 */

const results: Results = resultsSchema.parse(JSON.parse(readFileSync(join(__dirname, '../../bench/results.json'), 'utf8')));

it('docs/performance.md carries the figures of bench/results.json', () => {
  const doc = readFileSync(PERFORMANCE_DOC, 'utf8');
  expect(doc).toBe(withFigures(doc, results));
});

describe('the figures table', () => {
  // Figures of another run, so that each cell is seen to come from them.
  const other: Results = {
    ...results,
    bundle_gzip_bytes: 101_234,
    baseline_gzip_bytes: 72_000,
    bundle_ratio: 1.406,
    first_question_ms: 336.6,
    baseline_render_ms: 231.2,
    render_ratio: 1.4558,
    render_ratio_spread: { min: 0.9, p25: 1.2334, p75: 1.6, max: 2.1726 },
    zaf_calls_to_first_question: 2,
    details: { ...results.details, zaf_calls_before_first_question: [['get'], ['get', 'invoke'], []], runs: { ...results.details.runs, pair_ratios: [1, 2, 3, 4, 5, 6, 7] } },
  };
  const rows = (r: Results): string[] => figuresTable(r).split('\n');

  it('writes bytes with thousands separators, ratios to three decimals, times in whole ms', () => {
    expect(rows(other)).toContainEqual(expect.stringMatching(/\| ratio ≤ 1\.4 \| 101,234 B \/ 72,000 B = 1\.406 \|$/));
    expect(rows(other)).toContainEqual(expect.stringMatching(/\| — \| 337 ms \/ 231 ms \(medians of 7 loads each\) \|$/));
    expect(rows(other)).toContainEqual(expect.stringMatching(/\| ≤ 1\.5 \| 1\.456 \(7 pairs: p25–p75 1\.233–1\.600, min–max 0\.900–2\.173\) \|$/));
  });

  it('names the ZAF calls of the load that made the most', () => {
    expect(rows(other)).toContainEqual(expect.stringMatching(/\| ≤ 1 \| 2 \(`get`, `invoke`\) \|$/));
  });

  it('says how far the first chunk is over the baseline, and how much room the budget leaves or by how much it is missed', () => {
    expect(rows(results).at(-1)).toMatch(/^The first chunk is \d+\.\d KB over the baseline's; \d+\.\d KB of room is left under the budget\.$/);
    expect(rows(other).at(-1)).toBe("The first chunk is 29.2 KB over the baseline's; it is 0.4 KB over the budget.");
  });

  it('fails on a page without its markers rather than losing the table', () => {
    expect(() => withFigures('# Performance\n', results)).toThrow(`${FIGURES_START} … ${FIGURES_END}`);
  });
});
