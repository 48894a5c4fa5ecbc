import type { Settings } from '../../triage/settings';
import type { Classification, TicketSnapshot } from '../../triage/snapshot';
import { suggestProcedure, type ProcedureSuggestion } from '../../triage/suggestProcedure';
import type { Message } from '../shell/i18n/strings';

<<<<<<< HEAD
export interface ProcedureChoice extends Omit<ProcedureSuggestion, 'why'> {
=======
export interface ProcedureChoice {
  /**
   * The procedures offered, in the order shown: the suggested one, the others the ticket and the
   * district give a reason for, then `unrelated`. Tier 2 only for Tier 2 agents and escalated tickets.
   */
  offered: TreeId[];
  /** Offered, one click away, but nothing on the ticket points to them (the sync report in an SSO district). */
  unrelated: TreeId[];
  suggested: TreeId;
>>>>>>> agentux
  why: Message;
}

/**
 * Which procedure fits the ticket, and why (src/triage/suggestProcedure.ts), the reason as the
 * sidebar's message `procedure.why.<code>`: every code has one, or this does not compile.
 */
export function chooseProcedure(snapshot: TicketSnapshot, classification: Classification, settings: Settings): ProcedureChoice {
<<<<<<< HEAD
  const { why, ...choice } = suggestProcedure(snapshot, classification, settings);
  return { ...choice, why: { key: `procedure.why.${why.code}`, vars: why.vars } };
=======
  const prefix = settings.tag_prefix;
  const tags = snapshot.tags.map((t) => t.toLowerCase());
  const escalated = tags.includes(`${prefix}escalated_tier2`);
  const tier2Agent =
    settings.tier2_group_id !== undefined && (snapshot.currentUser?.groups ?? []).some((g) => g.id === settings.tier2_group_id);
  const all: TreeId[] = escalated || tier2Agent ? [...TIER1_TREES, 'tier2'] : [...TIER1_TREES];
  const returned = !escalated && tags.includes(`${prefix}tier2_returned`);
  // The sync report is about rostering syncs: first after the suggestion in a rostering district or on a sync tag, else last.
  const syncFits = classification.kind === 'clever-rostering' || tags.some((t) => /sync/.test(t));
  const choice = (suggested: TreeId, why: Message): ProcedureChoice => {
    const unrelated = all.filter((id) => id === 'sync' && id !== suggested && !syncFits);
    const fitting = all.filter((id) => id !== suggested && !unrelated.includes(id)).sort((a, b) => Number(b === 'sync') - Number(a === 'sync'));
    return { offered: [suggested, ...fitting, ...unrelated], unrelated, suggested, why, returned };
  };

  const earlier = TIER1_TREES.find((tree) => tags.includes(`${prefix}tree_${tree}`));
  if (escalated) {
    if (tier2Agent) return choice('tier2', { key: 'procedure.why.escalatedTier2Agent' });
    // Without the Tier 2 group id set, who reads is unknown: the escalation is what the ticket says.
    if (settings.tier2_group_id === undefined) return choice('tier2', { key: 'procedure.why.escalated' });
    // A Tier 1 agent: the ticket is Tier 2's now, and Tier 1's own procedure is the one to look at again.
    return choice(earlier ?? 'access', { key: 'procedure.why.escalatedTier1' });
  }

  if (returned) return choice(RETURN_RESUMES, { key: 'procedure.why.returned' });
  if (earlier) return choice(earlier, { key: 'procedure.why.earlierWalk', vars: { tag: `${prefix}tree_${earlier}` } });

  for (const hint of TAG_HINTS) {
    const tag = tags.find((t) => hint.pattern.test(t));
    if (tag) return choice(hint.tree, { key: 'procedure.why.tag', vars: { tag } });
  }
  if (tier2Agent) return choice('tier2', { key: 'procedure.why.tier2Agent' });
  return choice('access', { key: DEFAULT_WHY[classification.kind] });
>>>>>>> agentux
}
