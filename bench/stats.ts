/**
 * The value below which a fraction `q` (0 to 1) of the values lie, interpolated between the two
 * nearest ones (the usual "type 7" estimate: spreadsheets' PERCENTILE, numpy's default).
 */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) throw new Error('quantile of no values');
  if (!(q >= 0 && q <= 1)) throw new Error(`quantile ${q} is not between 0 and 1`);
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const below = sorted[Math.floor(at)] as number;
  const above = sorted[Math.ceil(at)] as number;
  return below + (above - below) * (at - Math.floor(at));
}

/** The middle value (the mean of the two middle ones for an even count). */
export const median = (values: readonly number[]): number => quantile(values, 0.5);

export interface Spread {
  min: number;
  p25: number;
  p75: number;
  max: number;
}

/** How far values range: the middle half (p25 to p75) and the extremes. */
export function spread(values: readonly number[]): Spread {
  return { min: quantile(values, 0), p25: quantile(values, 0.25), p75: quantile(values, 0.75), max: quantile(values, 1) };
}
