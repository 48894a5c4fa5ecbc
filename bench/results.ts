import { z } from 'zod';
import { BUDGETS, checkBudgets, type BudgetCheck } from './budgets';

/** bench/results.json: the eight figures of issue 7 first, then what they were computed from. */
export const resultsSchema = z.object({
  bundle_gzip_bytes: z.number().int().positive(),
  baseline_gzip_bytes: z.number().int().positive(),
  bundle_ratio: z.number().positive(),
  first_question_ms: z.number().positive(),
  baseline_render_ms: z.number().positive(),
  render_ratio: z.number().positive(),
  zaf_calls_to_first_question: z.number().int().nonnegative(),
  rest_calls_per_write: z.number().int().nonnegative(),
  budgets: z.object({
    bundle_ratio: z.number(),
    render_ratio: z.number(),
    zaf_calls_to_first_question: z.number(),
    rest_calls_per_write: z.number(),
  }),
  details: z.object({
    measured_at: z.string(),
    first_question: z.string(),
    baseline_target: z.string(),
    runs: z.object({ app_ms: z.array(z.number()), baseline_ms: z.array(z.number()) }),
    scripts: z.object({
      app: z.array(z.object({ file: z.string(), bytes: z.number(), gzipBytes: z.number() })),
      baseline: z.array(z.object({ file: z.string(), bytes: z.number(), gzipBytes: z.number() })),
    }),
    zaf_calls_before_first_question: z.array(z.array(z.string())),
    write: z.object({
      outcome: z.string(),
      requests: z.array(z.object({ method: z.string(), url: z.string(), status: z.union([z.number(), z.literal('dropped')]) })),
    }),
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

/** The table `npm run bench` prints. */
export function formatTable(results: Results): string {
  const checks = new Map(budgetChecks(results).map((c) => [c.key, c]));
  const rows: [string, string, string][] = [
    ['initial JS, gzip -9 (app)', bytes(results.bundle_gzip_bytes), ''],
    ['initial JS, gzip -9 (baseline)', bytes(results.baseline_gzip_bytes), ''],
    ['bundle_ratio', results.bundle_ratio.toFixed(3), 'bundle_ratio'],
    ['first_question_ms (median)', results.first_question_ms.toFixed(1), ''],
    ['baseline_render_ms (median)', results.baseline_render_ms.toFixed(1), ''],
    ['render_ratio', results.render_ratio.toFixed(3), 'render_ratio'],
    ['zaf_calls_to_first_question', String(results.zaf_calls_to_first_question), 'zaf_calls_to_first_question'],
    ['rest_calls_per_write', String(results.rest_calls_per_write), 'rest_calls_per_write'],
  ].map(([label, value, key]) => {
    const check = key ? checks.get(key as keyof typeof BUDGETS) : undefined;
    return [label as string, value as string, check ? `≤ ${check.limit}  ${check.ok ? 'ok' : 'OVER'}` : ''];
  });
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]?.length ?? 0), ['figure', 'value', 'budget'][i]?.length ?? 0));
  const line = (cells: readonly string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [line(['figure', 'value', 'budget']), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
