import { carryOver } from '../../triage/packet';
import type { PacketGaps } from '../../triage/readNote';
import type { Outcome } from '../../triage/tree';

/**
 * What Tier 2's outcome fields start with, so nothing is asked twice: the values Tier 1's
 * packet already holds (carryOver), and, when the ticket goes back to Tier 1, what to fix —
 * the gaps the read-back found — in the first free-text field. Only fields still empty are
 * filled; what the agent typed is never replaced.
 */
export function prefill(outcome: Outcome, tier1: Readonly<Record<string, string>>, gaps: PacketGaps | null, current: Readonly<Record<string, string>>): Record<string, string> {
  const empty = outcome.collect.filter((f) => (current[f.id] ?? '').trim() === '');
  const values = carryOver(empty, tier1);
  const returned = outcome.returnsToTier1 === true;
  const notes = empty.find((f) => f.kind === 'multiline' && values[f.id] === undefined);
  if (returned && notes && gaps && !gaps.complete) {
    const lines = [
      ...(gaps.missing.length > 0 ? [`Missing from the escalation packet: ${gaps.missing.map((m) => m.label).join('; ')}.`] : []),
      ...gaps.invalid.map((i) => `Not valid: ${i.label}. ${i.message}`),
    ];
    values[notes.id] = lines.join('\n');
  }
  return values;
}
