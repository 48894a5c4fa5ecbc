/**
 * The performance budgets, each a ceiling on one figure of bench/results.json.
 * Ratios compare the app with the least a Garden sidebar app can be (bench/baseline).
 */
export const BUDGETS = {
  bundle_ratio: 1.4,
  render_ratio: 1.5,
  zaf_calls_to_first_question: 1,
  rest_calls_per_write: 2,
  /** A write against Zendesk failing every way bench/worstWrite.ts tries, Retries included, on a 5,000-comment ticket. */
  rest_calls_worst_write: 10,
  /** The SSO escalation outcome's write button, from the top of the 320 px sidebar's page: on the first screen of a 900 px-high browser. */
  write_button_offset_px: 900,
  /** The Insights page states its own cost: at most 40 requests for a full page. */
  insights_requests: 40,
} as const;

export type BudgetKey = keyof typeof BUDGETS;

export interface BudgetCheck {
  key: BudgetKey;
  value: number;
  limit: number;
  ok: boolean;
}

/** Every budget against its figure; a figure a run did not measure (absent) misses its budget. */
export function checkBudgets(figures: Partial<Record<BudgetKey, number>>): BudgetCheck[] {
  return (Object.keys(BUDGETS) as BudgetKey[]).map((key) => {
    const limit = BUDGETS[key];
    const value = figures[key] ?? NaN;
    return { key, value, limit, ok: Number.isFinite(value) && value <= limit };
  });
}

/** Rounded for results.json: ratios to 3 places, up, so a budget is never met by rounding alone. */
export const roundRatio = (r: number): number => Math.ceil(r * 1000) / 1000;

export const ratio = (a: number, b: number): number => roundRatio(a / b);
