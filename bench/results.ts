import { z } from 'zod';
import { BUDGETS, checkBudgets, type BudgetCheck } from './budgets';

const requestsSchema = z.array(z.object({ method: z.string(), url: z.string(), status: z.union([z.number(), z.literal('dropped')]) }));
const scriptsSchema = z.array(z.object({ file: z.string(), bytes: z.number(), gzipBytes: z.number() }));

/**
 * bench/results.json: the budgeted figures and what the two ratios are made of first, then the render ratio's
 * spread and two figures that are reported but not budgeted, then what they were all computed from.
 */
export const resultsSchema = z.object({
  bundle_gzip_bytes: z.number().int().positive(),
  baseline_gzip_bytes: z.number().int().positive(),
  bundle_ratio: z.number().positive(),
  first_question_ms: z.number().positive(),
  baseline_render_ms: z.number().positive(),
  render_ratio: z.number().positive(),
  zaf_calls_to_first_question: z.number().int().nonnegative(),
  rest_calls_per_write: z.number().int().nonnegative(),
  rest_calls_worst_write: z.number().int().nonnegative(),
  /** Absent in results from before the figure was measured. */
  write_button_offset_px: z.number().int().nonnegative().optional(),
  /**
   * REST requests of the Insights page's full page (its default period); from pressing the Insights tab to its full
   * page, and the queue's tab to its list, in the same run. Absent from a results.json measured before the page.
   */
  insights_requests: z.number().int().nonnegative().optional(),
  insights_ms: z.number().positive().optional(),
  queue_ms: z.number().positive().optional(),
  /** How far the per-pair ratios range, of which render_ratio is the median. */
  render_ratio_spread: z.object({ min: z.number(), p25: z.number(), p75: z.number(), max: z.number() }),
  /** The lazy chunks fetched before a procedure's first question shows (the most of any load). */
  walk_chunks_gzip_bytes: z.number().int().nonnegative(),
  /** Median, from pressing the suggested procedure to its first question painted. */
  first_procedure_question_ms: z.number().positive(),
  budgets: z.object({
    bundle_ratio: z.number(),
    render_ratio: z.number(),
    zaf_calls_to_first_question: z.number(),
    rest_calls_per_write: z.number(),
    rest_calls_worst_write: z.number(),
    write_button_offset_px: z.number().optional(),
    insights_requests: z.number().optional(),
  }),
  details: z.object({
    measured_at: z.string(),
    first_question: z.string(),
    baseline_target: z.string(),
    first_procedure_question: z.string(),
    /** Pair i: app_ms[i] and baseline_ms[i], loaded back to back; pair_ratios[i] their ratio. */
    runs: z.object({
      app_ms: z.array(z.number()),
      baseline_ms: z.array(z.number()),
      pair_ratios: z.array(z.number()),
      first_procedure_question_ms: z.array(z.number()),
    }),
    scripts: z.object({ app: scriptsSchema, baseline: scriptsSchema, walk: scriptsSchema }),
    zaf_calls_before_first_question: z.array(z.array(z.string())),
    write: z.object({
      outcome: z.string(),
      requests: requestsSchema,
    }),
    /** Each way of failing the worst write was measured under: its requests, the presses it took, and how the last ended. */
    worst_write: z.array(z.object({ name: z.string(), requests: z.number(), clicks: z.number(), last: z.string() })),
    /** Where the write button was measured: the outcome, with its required fields filled, in a sidebar this wide. */
    write_button: z.object({ outcome: z.string(), sidebar_width_px: z.number(), viewport_height_px: z.number() }).optional(),
    insights: z.object({ period_days: z.number(), requests: requestsSchema }).optional(),
    environment: z.object({ node: z.string(), chromium: z.string(), cpus: z.number(), platform: z.string() }),
  }),
});

export type Results = z.infer<typeof resultsSchema>;

export function budgetChecks(results: Results): BudgetCheck[] {
  return checkBudgets(results);
}

export { BUDGETS };

const KIB = 1024;
const bytes = (n: number): string => `${n} B (${(n / KIB).toFixed(1)} KiB)`;
const ratios = (a: number, b: number): string => `${a.toFixed(3)}–${b.toFixed(3)}`;
const NOT_BUDGETED = '(not budgeted)';
const NOT_MEASURED = '(not measured)';

/** The table `npm run bench` prints. */
export function formatTable(results: Results): string {
  const checks = new Map(budgetChecks(results).map((c) => [c.key, c]));
  const spread = results.render_ratio_spread;
  // Each row: label, value, and a budget's key (shown as its limit and verdict) or a note.
  const rows: [string, string, string][] = [
    ['initial JS, gzip -9 (app)', bytes(results.bundle_gzip_bytes), ''],
    ['initial JS, gzip -9 (baseline)', bytes(results.baseline_gzip_bytes), ''],
    ['bundle_ratio', results.bundle_ratio.toFixed(3), 'bundle_ratio'],
    ['first_question_ms (median)', results.first_question_ms.toFixed(1), ''],
    ['baseline_render_ms (median)', results.baseline_render_ms.toFixed(1), ''],
    [`render_ratio (median of ${results.details.runs.pair_ratios.length} pairs' ratios)`, results.render_ratio.toFixed(3), 'render_ratio'],
    ['  pairs: p25–p75, min–max', `${ratios(spread.p25, spread.p75)}, ${ratios(spread.min, spread.max)}`, ''],
    ['zaf_calls_to_first_question', String(results.zaf_calls_to_first_question), 'zaf_calls_to_first_question'],
    ['rest_calls_per_write', String(results.rest_calls_per_write), 'rest_calls_per_write'],
    ['rest_calls_worst_write', String(results.rest_calls_worst_write), 'rest_calls_worst_write'],
    ['write_button_offset_px', results.write_button_offset_px === undefined ? NOT_MEASURED : String(results.write_button_offset_px), 'write_button_offset_px'],
    ['insights_requests', String(results.insights_requests ?? 'not measured'), 'insights_requests'],
    ['insights_ms / queue_ms (from the tab press)', `${results.insights_ms?.toFixed(1) ?? '–'} / ${results.queue_ms?.toFixed(1) ?? '–'}`, NOT_BUDGETED],
    ['walk_chunks_gzip_bytes (lazy)', bytes(results.walk_chunks_gzip_bytes), NOT_BUDGETED],
    ['first_procedure_question_ms (median)', results.first_procedure_question_ms.toFixed(1), NOT_BUDGETED],
  ].map(([label, value, key]) => {
    const check = checks.get(key as keyof typeof BUDGETS);
    return [label as string, value as string, check ? `≤ ${check.limit}  ${check.ok ? 'ok' : 'OVER'}` : (key as string)];
  });
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]?.length ?? 0), ['figure', 'value', 'budget'][i]?.length ?? 0));
  const line = (cells: readonly string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [line(['figure', 'value', 'budget']), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
