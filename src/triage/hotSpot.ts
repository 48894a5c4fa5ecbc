import { sinceDay } from './insights';
import { tag } from './planWrite';
import type { Outcome, Tree, TreeId } from './tree';

/**
 * District hot spots: several tickets of one district reaching the same outcome within days is
 * likely one district-wide problem, not several. The sidebar searches the district's tickets of
 * the last 7 days once (after the first question is painted) and says so when at least the
 * `hot_spot_threshold` others ended alike. Zendesk's own answer to an outage is a problem ticket
 * with the tickets it causes linked to it as incidents: the district tag marks the district's.
 */

export const HOT_SPOT_DAYS = 7;

/** The district's tickets created in the last 7 days (the district tag: docs/tags.md). */
export function hotSpotQuery(districtTag: string, now: number): string {
  return `type:ticket created>=${sinceDay(now, HOT_SPOT_DAYS)} tags:${districtTag}`;
}

/** The district's open problem tickets: the ones a ticket can be linked to. */
export function openProblemQuery(districtTag: string): string {
  return `type:ticket ticket_type:problem status<solved tags:${districtTag}`;
}

export interface DistrictTicket {
  id: number;
  status: string;
  tags: string[];
  type: string | null;
}

export interface HotSpot {
  tree: TreeId;
  outcome: Outcome;
  /** The other tickets that ended in it, newest search order kept. */
  ticketIds: number[];
  /** How many of them are still open (not solved or closed). */
  open: number;
}

const DONE = new Set(['solved', 'closed']);

/**
 * The outcome the most other tickets of the district reached, when at least `threshold` did.
 * This ticket and problem tickets (the outage's own record) do not count; a tie goes to the
 * procedure listed first.
 */
export function findHotSpot(
  tickets: readonly DistrictTicket[],
  opts: { ticketId: number | null; prefix: string; threshold: number; trees: Readonly<Record<TreeId, Tree>> },
): HotSpot | null {
  const others = tickets.filter((t) => t.id !== opts.ticketId && t.type !== 'problem');
  let best: HotSpot | null = null;
  for (const tree of Object.values(opts.trees)) {
    for (const outcome of Object.values(tree.outcomes)) {
      const outcomeTag = tag(opts.prefix, `outcome_${outcome.id}`);
      const ended = others.filter((t) => t.tags.includes(outcomeTag));
      if (ended.length < opts.threshold || (best !== null && ended.length <= best.ticketIds.length)) continue;
      best = { tree: tree.id, outcome, ticketIds: ended.map((t) => t.id), open: ended.filter((t) => !DONE.has(t.status)).length };
    }
  }
  return best;
}

export interface ProblemDraft {
  subject: string;
  /** The problem ticket's first comment: private, it is the team's record of the outage. */
  body: string;
  tags: string[];
}

/**
 * The problem ticket a Tier 2 agent opens from a hot spot: named for the district and the
 * outcome, tagged with the district tag so the district's next tickets find it.
 */
export function problemDraft(input: { districtName: string; districtTag: string; hotSpot: HotSpot; ticketId: number | null }): ProblemDraft {
  const { districtName, districtTag, hotSpot, ticketId } = input;
  const ids = [...(ticketId === null ? [] : [ticketId]), ...hotSpot.ticketIds].map((id) => `#${id}`).join(', ');
  return {
    subject: `${districtName}: ${hotSpot.outcome.title}`.slice(0, 250),
    body: [
      `Possible district-wide problem: ${hotSpot.ticketIds.length} tickets from ${districtName} ended in "${hotSpot.outcome.title}" (${hotSpot.tree}) in ${HOT_SPOT_DAYS} days.`,
      `Tickets: ${ids}.`,
      'Link the district’s tickets to this problem as incidents; solving it solves them.',
    ].join('\n'),
    tags: [districtTag],
  };
}
