import { districtTag, tag } from '../../triage/planWrite';
import { DISTRICT_KINDS, TREE_IDS, type DistrictKind, type Outcome, type Tree } from '../../triage/tree';
import type { FoundTicket } from '../../zendesk/search';

/**
 * One row of the Tier 2 queue, from a search result's tags alone: fetching every ticket's
 * comments would cost a request per row against the app's rate limit. The tags say enough:
 * the district tag, the escalation's outcome tag, and whether Tier 2 returned it before.
 *
 * Packet completeness follows from the outcome tag: the sidebar refuses to write an
 * escalation while a required packet field is missing or not valid, so an app-written
 * escalation holds every required field — all of them when the outcome has no optional
 * ones. No outcome tag means Tier 1 escalated without the app: there is no packet.
 */

export type PacketState =
  | 'complete'
  /** Every required field; the outcome also asks for optional ones that may be empty. */
  | 'required'
  /** Escalated without the app. */
  | 'none'
  /** An outcome tag this version of the app does not know (another tree version). */
  | 'unknown'
  /** Tier 2 returned it to Tier 1 since search indexed it: its packet went back to be fixed. */
  | 'returned';

export interface QueueRow {
  id: number;
  subject: string;
  district: DistrictKind | null;
  /** The escalating outcome, or the outcome id a tag names that no tree has now. */
  outcome: { id: string; tree: Tree; outcome: Outcome } | { id: string; tree: null; outcome: null } | null;
  packet: PacketState;
  /** Milliseconds since the ticket was created; null when the result had no date. */
  ageMs: number | null;
  returnedBefore: boolean;
}

function escalations(trees: Readonly<Record<string, Tree>>): Map<string, { tree: Tree; outcome: Outcome }> {
  const byId = new Map<string, { tree: Tree; outcome: Outcome }>();
  for (const id of TREE_IDS) {
    const tree = trees[id];
    if (!tree) continue;
    for (const outcome of Object.values(tree.outcomes)) {
      if (outcome.escalationTags.includes('escalated_tier2')) byId.set(outcome.id, { tree, outcome });
    }
  }
  return byId;
}

/** The rows of the tickets as they are now: search may have found one by its older tags, before Tier 2 returned it. */
export function toRows(tickets: readonly FoundTicket[], trees: Readonly<Record<string, Tree>>, prefix: string, now: number): QueueRow[] {
  const known = escalations(trees);
  const outcomePrefix = tag(prefix, 'outcome_');
  const [escalatedTag, returnedTag] = [tag(prefix, 'escalated_tier2'), tag(prefix, 'tier2_returned')];
  return tickets.map((ticket) => {
    const tags = new Set(ticket.tags);
    const returnedNow = tags.has(returnedTag) && !tags.has(escalatedTag);
    const district = DISTRICT_KINDS.find((k) => tags.has(districtTag(prefix, k))) ?? null;
    const outcomeIds = ticket.tags.filter((t) => t.startsWith(outcomePrefix)).map((t) => t.slice(outcomePrefix.length));
    // A ticket walked more than once carries several outcome tags: the escalation is the one that counts.
    const escalatedBy = outcomeIds.map((id) => ({ id, found: known.get(id) })).find((o) => o.found);
    const outcome: QueueRow['outcome'] = escalatedBy?.found
      ? { id: escalatedBy.id, ...escalatedBy.found }
      : outcomeIds[0] !== undefined && !outcomeIds.some((id) => TREE_IDS.some((tree) => Object.prototype.hasOwnProperty.call(trees[tree]?.outcomes ?? {}, id)))
        ? { id: outcomeIds[0], tree: null, outcome: null }
        : null;
    const packet: PacketState = returnedNow
      ? 'returned'
      : outcome === null
        ? 'none' : outcome.outcome === null ? 'unknown' : outcome.outcome.collect.every((f) => f.required === true) ? 'complete' : 'required';
    const created = ticket.createdAt === null ? NaN : Date.parse(ticket.createdAt);
    return {
      id: ticket.id,
      subject: ticket.subject,
      district,
      outcome,
      packet,
      ageMs: Number.isNaN(created) ? null : Math.max(0, now - created),
      returnedBefore: !returnedNow && tags.has(returnedTag),
    };
  });
}

export type AgeOrder = 'oldest' | 'newest';

/** By age; rows of unknown age last either way, ties by ticket id. */
export function sortByAge(rows: readonly QueueRow[], order: AgeOrder): QueueRow[] {
  return [...rows].sort((a, b) => {
    if (a.ageMs === null || b.ageMs === null) return a.ageMs === b.ageMs ? a.id - b.id : a.ageMs === null ? 1 : -1;
    const diff = order === 'oldest' ? b.ageMs - a.ageMs : a.ageMs - b.ageMs;
    return diff !== 0 ? diff : a.id - b.id;
  });
}

const HOUR = 3_600_000;

/** Whole days from two days on, whole hours below. */
export function ageParts(ms: number): { unit: 'days'; value: number } | { unit: 'hours'; value: number } {
  return ms >= 48 * HOUR ? { unit: 'days', value: Math.floor(ms / (24 * HOUR)) } : { unit: 'hours', value: Math.floor(ms / HOUR) };
}
