import type { Settings } from '../../triage/settings';
import type { Classification, TicketSnapshot } from '../../triage/snapshot';
import type { DistrictKind, TreeId } from '../../triage/tree';
import type { MessageKey, Message } from '../shell/i18n/catalog';

export interface ProcedureChoice {
  /** The procedures offered, in the order shown. Tier 2 only for Tier 2 agents and escalated tickets. */
  offered: TreeId[];
  suggested: TreeId;
  why: Message;
  /** Tier 2 returned the ticket to Tier 1 and it is not escalated again: its tags say so, no request. */
  returned: boolean;
}

/** Where a returned ticket resumes: the Tier 2 return hands off to it (a test holds them equal). */
export const RETURN_RESUMES: TreeId = 'access';

const TIER1_TREES: readonly TreeId[] = ['access', 'transfers', 'sync'];

/** Words in a ticket's tags that point at a procedure (agents' and triggers' tags, e.g. `school_transfer`). */
const TAG_HINTS: readonly { tree: TreeId; pattern: RegExp }[] = [
  { tree: 'transfers', pattern: /transfer|dual_?enrol/ },
  { tree: 'sync', pattern: /sync/ },
];

/** Why access problems, by district: its step 1 settles a school outside Clever or without an organization too. */
const DEFAULT_WHY: Record<DistrictKind, MessageKey> = {
  'clever-sso': 'procedure.why.default',
  'clever-unknown-type': 'procedure.why.default',
  'clever-rostering': 'procedure.why.rosteringDefault',
  'not-clever': 'procedure.why.notClever',
  'no-organization': 'procedure.why.noOrganization',
};

/**
 * Which procedure fits the ticket, and why: a Tier 2 escalation for Tier 2 (and for a Tier 1
 * agent on an escalated ticket, to read); the tree an earlier walk tagged; a tag that names a
 * transfer or a sync; otherwise access problems, the procedure every Clever ticket starts
 * with — for a rostering district too, whose step 7b covers students missing from a synced course.
 */
export function chooseProcedure(snapshot: TicketSnapshot, classification: Classification, settings: Settings): ProcedureChoice {
  const prefix = settings.tag_prefix;
  const tags = snapshot.tags.map((t) => t.toLowerCase());
  const escalated = tags.includes(`${prefix}escalated_tier2`);
  const tier2Agent =
    settings.tier2_group_id !== undefined && (snapshot.currentUser?.groups ?? []).some((g) => g.id === settings.tier2_group_id);
  const offered: TreeId[] = escalated || tier2Agent ? [...TIER1_TREES, 'tier2'] : [...TIER1_TREES];
  const returned = !escalated && tags.includes(`${prefix}tier2_returned`);
  const choice = (suggested: TreeId, why: Message): ProcedureChoice => ({ offered, suggested, why, returned });

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
}
