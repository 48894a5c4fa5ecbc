import type { Settings } from './settings';
import type { Classification, TicketSnapshot } from './snapshot';
import { textsOf } from './ticketText';
import type { DistrictKind, TreeId } from './tree';

/**
 * Which procedure fits the ticket, and why, in the order the reasons weigh: a Tier 2 escalation
 * for Tier 2 (and for a Tier 1 agent on an escalated ticket, to read); a return from Tier 2; the
 * tree an earlier walk tagged; a tag that names a transfer or a sync; the customer's words naming
 * one; otherwise access problems, the procedure every Clever ticket starts with — for a rostering
 * district too, whose step 7b covers students missing from a synced course. On the first screen:
 * the words are a few patterns, the answers they propose load with the walk (src/triage/proposals.ts).
 */

/** Why, as a code (the sidebar's message `procedure.why.<code>`) with its values. */
export interface ProcedureWhy {
  code: WhyCode;
  vars?: Record<string, string>;
}

export type WhyCode =
  | 'escalatedTier2Agent'
  | 'escalated'
  | 'escalatedTier1'
  | 'returned'
  | 'earlierWalk'
  | 'tag'
  | 'ticketText'
  | 'tier2Agent'
  | 'default'
  | 'rosteringDefault'
  | 'notClever'
  | 'noOrganization';

export interface ProcedureSuggestion {
  /**
   * The procedures offered, in the order shown: the suggested one, the others the ticket and the
   * district give a reason for, then `unrelated`. Tier 2 only for Tier 2 agents and escalated tickets.
   */
  offered: TreeId[];
  /** Offered, one click away, but nothing on the ticket points to them (the sync report in an SSO district). */
  unrelated: TreeId[];
  suggested: TreeId;
  why: ProcedureWhy;
  /** Tier 2 returned the ticket to Tier 1 and it is not escalated again: its tags say so, no request. */
  returned: boolean;
}

/** Where a returned ticket resumes: the Tier 2 return hands off to it (a test holds them equal). */
export const RETURN_RESUMES: TreeId = 'access';

const TIER1_TREES: readonly TreeId[] = ['access', 'transfers', 'sync'];

/** Words in a ticket's tags that point at a procedure (agents' and triggers' tags, e.g. `school_transfer`). */
const TAG_HINTS: readonly [TreeId, RegExp][] = [
  ['transfers', /transfer|dual_?enrol/],
  ['sync', /sync/],
];

/** The customer's words that point at a procedure, English and Spanish; the whole word is quoted. */
const TEXT_HINTS: readonly [TreeId, RegExp][] = [
  ['transfers', /(?:transfer|dual.?enrol|moved\b.{0,40}?school|changed schools|two schools|traslad|otra escuela|cambi[oó] de escuela|dos escuelas|doble (?:inscripci|matr[ií]cula))\p{L}*/iu],
  ['sync', /(?:\bsync|\bsis\b|\bon hold|sincroniz)\p{L}*/iu],
];

/** Why access problems, by district: its step 1 settles a school outside Clever or without an organization too. */
const DEFAULT_WHY: Record<DistrictKind, WhyCode> = {
  'clever-sso': 'default',
  'clever-unknown-type': 'default',
  'clever-rostering': 'rosteringDefault',
  'not-clever': 'notClever',
  'no-organization': 'noOrganization',
};

export function suggestProcedure(snapshot: TicketSnapshot, classification: Classification, settings: Settings): ProcedureSuggestion {
  const prefix = settings.tag_prefix;
  const tags = snapshot.tags.map((t) => t.toLowerCase());
  const escalated = tags.includes(`${prefix}escalated_tier2`);
  const tier2Agent =
    settings.tier2_group_id !== undefined && (snapshot.currentUser?.groups ?? []).some((g) => g.id === settings.tier2_group_id);
  const all: TreeId[] = escalated || tier2Agent ? [...TIER1_TREES, 'tier2'] : [...TIER1_TREES];
  const returned = !escalated && tags.includes(`${prefix}tier2_returned`);
  // The suggestion first; the sync report (about rostering syncs) next in a rostering district or on a sync tag, else last and apart.
  const syncFits = classification.kind === 'clever-rostering' || tags.some((t) => t.includes('sync'));
  const choice = (suggested: TreeId, code: WhyCode, vars?: Record<string, string>): ProcedureSuggestion => {
    const rank = (id: TreeId) => (id === suggested ? 0 : id !== 'sync' ? 2 : syncFits ? 1 : 3);
    const offered = [...all].sort((a, b) => rank(a) - rank(b));
    return { offered, unrelated: offered.filter((id) => rank(id) === 3), suggested, why: { code, vars }, returned };
  };

  const earlier = TIER1_TREES.find((tree) => tags.includes(`${prefix}tree_${tree}`));
  if (escalated) {
    if (tier2Agent) return choice('tier2', 'escalatedTier2Agent');
    // Without the Tier 2 group id set, who reads is unknown: the escalation is what the ticket says.
    if (settings.tier2_group_id === undefined) return choice('tier2', 'escalated');
    // A Tier 1 agent: the ticket is Tier 2's now, and Tier 1's own procedure is the one to look at again.
    return choice(earlier ?? 'access', 'escalatedTier1');
  }
  if (returned) return choice(RETURN_RESUMES, 'returned');
  if (earlier) return choice(earlier, 'earlierWalk', { tag: `${prefix}tree_${earlier}` });

  for (const [tree, pattern] of TAG_HINTS) {
    const tag = tags.find((t) => pattern.test(t));
    if (tag) return choice(tree, 'tag', { tag });
  }
  for (const [tree, pattern] of TEXT_HINTS) {
    for (const said of snapshot.text ? textsOf(snapshot.text) : []) {
      const words = pattern.exec(said)?.[0];
      if (words) return choice(tree, 'ticketText', { words });
    }
  }
  if (tier2Agent) return choice('tier2', 'tier2Agent');
  return choice('access', DEFAULT_WHY[classification.kind]);
}
