/**
 * A plain object (not null, not a list). Its own module: the snapshot read on the first screen
 * needs it without the REST code, which only later screens use.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
