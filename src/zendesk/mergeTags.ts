import type { WritePlan } from '../triage/writePlan';

/**
 * The ticket's tags after the write: its current tags (others' included, never dropped),
 * plus the plan's, minus the ones the plan removes. Lowercased, as Zendesk stores them.
 */
export function mergeTags(current: readonly string[], plan: Pick<WritePlan, 'tags' | 'removeTags'>): string[] {
  const remove = new Set(plan.removeTags.map((t) => t.toLowerCase()));
  const merged = [...current, ...plan.tags].map((t) => t.toLowerCase()).filter((t) => !remove.has(t));
  return [...new Set(merged)];
}

/** Whether the ticket's tags are as the plan leaves them. */
export function hasPlannedTags(current: readonly string[], plan: Pick<WritePlan, 'tags' | 'removeTags'>): boolean {
  const have = new Set(current.map((t) => t.toLowerCase()));
  return plan.tags.every((t) => have.has(t.toLowerCase())) && plan.removeTags.every((t) => !have.has(t.toLowerCase()));
}
