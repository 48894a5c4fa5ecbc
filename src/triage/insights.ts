import { packetAtEscalation, type PacketAtEscalation } from './packet';
import { tag } from './planWrite';
import type { EscalationTag, Outcome, OutcomeKind, Tree, TreeId } from './tree';

/**
 * The Insights page's figures, from Zendesk's own data and the app's tags (docs/tags.md): which
 * searches to send for a period, and what the answers add up to. Pure: the searches are sent by
 * src/zendesk/insights.ts, the figures drawn by the page.
 *
 * Search is an index: it lags the tickets by minutes, and lists at most 1,000 results a query.
 * The count endpoint counts every match; a figure added up from listed tickets is exact only when
 * every match was listed, and is marked `exact: false` ("at least") otherwise.
 */

export const PERIOD_DAYS = [7, 30, 90] as const;
export type PeriodDays = (typeof PERIOD_DAYS)[number];
/** The period the page opens on. */
export const DEFAULT_PERIOD: PeriodDays = 30;

const DAY_MS = 86_400_000;

/** The first day a period counts, as search takes a date: `days` days before `now` (UTC). */
export function sinceDay(now: number, days: number): string {
  return new Date(now - days * DAY_MS).toISOString().slice(0, 10);
}

export const COUNT_KEYS = ['escalatedTier2', 'escalatedSupervisor', 'escalatedTechdev', 'returned', 'returnedNotAgain'] as const;
export type CountKey = (typeof COUNT_KEYS)[number];

export interface InsightsQueries {
  counts: Record<CountKey, string>;
  /** One per procedure: every ticket it concluded in the period, listed for the breakdowns. */
  listings: { tree: TreeId; query: string }[];
}

/** The tickets created since `since` that carry the tag `name` (prefixed). */
export function taggedSince(prefix: string, since: string, name: string): string {
  return `type:ticket created>=${since} tags:${tag(prefix, name)}`;
}

export function insightsQueries(prefix: string, since: string, trees: readonly TreeId[]): InsightsQueries {
  const count = (name: EscalationTag) => taggedSince(prefix, since, name);
  return {
    counts: {
      escalatedTier2: count('escalated_tier2'),
      escalatedSupervisor: count('escalated_supervisor'),
      escalatedTechdev: count('escalated_techdev'),
      returned: count('tier2_returned'),
      // Returned and not escalated again: its escalated_tier2 tag went with the return.
      returnedNotAgain: `${count('tier2_returned')} -tags:${tag(prefix, 'escalated_tier2')}`,
    },
    listings: trees.map((tree) => ({ tree, query: taggedSince(prefix, since, `tree_${tree}`) })),
  };
}

export interface ListedTicket {
  id: number;
  status: string;
  tags: string[];
  organizationId: number | null;
}

/** What one procedure's listing has gathered so far. */
export interface Listing {
  tree: TreeId;
  query: string;
  /** Search's count of every match, from the first page; null until it answered. */
  count: number | null;
  tickets: ListedTicket[];
  /** Every page was read. */
  complete: boolean;
}

/** A number and the tickets behind it: `exact: false` means at least this many (search listed only part). */
export interface Figure {
  value: number;
  exact: boolean;
  /** The tickets listed behind it (every one when exact). */
  ticketIds: number[];
  /** The search that finds them in Zendesk, when one query can say it. */
  query: string | null;
}

export interface Bar extends Figure {
  key: string;
  label: string;
}

export interface OutcomeBar extends Bar {
  tree: TreeId;
  kind: OutcomeKind | null;
}

export interface Rate {
  part: number | null;
  whole: number | null;
  /** part / whole, or null when either is unknown or the whole is 0. */
  rate: number | null;
  exact: boolean;
}

export interface InsightsSummary {
  since: string;
  /** Tickets each procedure concluded. */
  walks: Bar[];
  /** By procedure, then outcome kind, then most tickets first. */
  outcomes: OutcomeBar[];
  /** Of the tickets a Tier 1 procedure concluded, the share escalated to Tier 2. */
  escalationRate: Rate;
  /** Of the tickets escalated to Tier 2, the share Tier 2 returned. */
  returnRate: Rate;
  /** Escalations to Tier 2 by the packet their outcome asks for. */
  packets: Bar[];
  /** The districts with the most escalations (any level), most first. */
  districts: Bar[];
}

export const TOP_DISTRICTS = 10;
const TIER1_TREES: readonly TreeId[] = ['access', 'transfers', 'sync'];
const KIND_ORDER: readonly OutcomeKind[] = ['resolved', 'refer', 'known_limitation', 'handoff', 'escalate_tier2', 'escalate_supervisor', 'escalate_techdev'];

const figure = (ids: number[], exact: boolean, query: string | null): Figure => ({ value: ids.length, exact, ticketIds: ids, query });

const ratio = (part: number | null, whole: number | null, exact: boolean): Rate => ({
  part,
  whole,
  rate: part === null || whole === null || whole === 0 ? null : part / whole,
  exact: exact && part !== null && whole !== null,
});

/** Every listed ticket once, and whether those listings hold every match. */
function distinct(listings: readonly Listing[]): { tickets: ListedTicket[]; complete: boolean } {
  const byId = new Map<number, ListedTicket>();
  for (const l of listings) for (const t of l.tickets) byId.set(t.id, t);
  return { tickets: [...byId.values()], complete: listings.every((l) => l.complete) };
}

function outcomeBars(listings: readonly Listing[], trees: Readonly<Record<TreeId, Tree>>, prefix: string, since: string): OutcomeBar[] {
  const outcomePrefix = tag(prefix, 'outcome_');
  const bars: OutcomeBar[] = [];
  for (const listing of listings) {
    const tree = trees[listing.tree];
    const byOutcome = new Map<string, number[]>();
    for (const t of listing.tickets) {
      for (const id of t.tags.filter((x) => x.startsWith(outcomePrefix)).map((x) => x.slice(outcomePrefix.length))) {
        // A ticket walked through two procedures carries both outcomes: each counts in its own procedure.
        if (!Object.prototype.hasOwnProperty.call(tree.outcomes, id)) continue;
        byOutcome.set(id, [...(byOutcome.get(id) ?? []), t.id]);
      }
    }
    for (const [id, ids] of byOutcome) {
      const outcome = tree.outcomes[id] as Outcome;
      bars.push({ key: `${tree.id}/${id}`, label: outcome.title, tree: tree.id, kind: outcome.kind, ...figure(ids, listing.complete, taggedSince(prefix, since, `outcome_${id}`)) });
    }
  }
  const treeOrder = listings.map((l) => l.tree);
  return bars.sort(
    (a, b) => treeOrder.indexOf(a.tree) - treeOrder.indexOf(b.tree) || KIND_ORDER.indexOf(a.kind ?? 'handoff') - KIND_ORDER.indexOf(b.kind ?? 'handoff') || b.value - a.value || a.key.localeCompare(b.key),
  );
}

/** The escalating outcome of each outcome id, in any procedure. */
function escalatingOutcomes(trees: Readonly<Record<TreeId, Tree>>): Map<string, Outcome> {
  const byId = new Map<string, Outcome>();
  for (const tree of Object.values(trees)) for (const o of Object.values(tree.outcomes)) if (o.escalationTags.includes('escalated_tier2')) byId.set(o.id, o);
  return byId;
}

function packetBars(all: { tickets: ListedTicket[]; complete: boolean }, trees: Readonly<Record<TreeId, Tree>>, prefix: string): Bar[] {
  const escalating = escalatingOutcomes(trees);
  const outcomePrefix = tag(prefix, 'outcome_');
  const marks = [tag(prefix, 'escalated_tier2'), tag(prefix, 'tier2_returned')];
  const byState = new Map<PacketAtEscalation, number[]>();
  for (const t of all.tickets) {
    if (!t.tags.some((x) => marks.includes(x))) continue;
    const outcome = t.tags.filter((x) => x.startsWith(outcomePrefix)).map((x) => escalating.get(x.slice(outcomePrefix.length))).find((o) => o !== undefined);
    const state = packetAtEscalation(outcome ?? null);
    byState.set(state, [...(byState.get(state) ?? []), t.id]);
  }
  return (['complete', 'required', 'none'] as const).map((state) => ({ key: state, label: state, ...figure(byState.get(state) ?? [], all.complete, null) }));
}

function districtBars(all: { tickets: ListedTicket[]; complete: boolean }, prefix: string, since: string): Bar[] {
  const districtPrefix = tag(prefix, 'pa_');
  const escalated = (['escalated_tier2', 'escalated_supervisor', 'escalated_techdev', 'tier2_returned'] as const).map((e) => tag(prefix, e));
  const byDistrict = new Map<string, number[]>();
  for (const t of all.tickets) {
    const district = t.tags.find((x) => x.startsWith(districtPrefix));
    if (district === undefined || !t.tags.some((x) => escalated.includes(x))) continue;
    byDistrict.set(district, [...(byDistrict.get(district) ?? []), t.id]);
  }
  return [...byDistrict]
    .sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b))
    .slice(0, TOP_DISTRICTS)
    .map(([district, ids]) => ({ key: district, label: district.slice(districtPrefix.length), ...figure(ids, all.complete, `type:ticket created>=${since} tags:${district}`) }));
}

/** What the answers so far add up to: every figure the page shows, each marked exact or not. */
export function summarize(input: {
  since: string;
  prefix: string;
  trees: Readonly<Record<TreeId, Tree>>;
  listings: readonly Listing[];
  counts: Readonly<Partial<Record<CountKey, number>>>;
}): InsightsSummary {
  const { since, prefix, trees, listings, counts } = input;
  const all = distinct(listings);
  const walks = listings.map((l): Bar => {
    const ids = l.tickets.map((t) => t.id);
    return { key: l.tree, label: trees[l.tree].title, value: l.count ?? ids.length, exact: l.count !== null, ticketIds: ids, query: l.query };
  });

  const t2 = counts.escalatedTier2;
  const notAgain = counts.returnedNotAgain;
  const toTier2 = t2 === undefined || notAgain === undefined ? null : t2 + notAgain;
  const tier1 = listings.filter((l) => TIER1_TREES.includes(l.tree));
  const tier1All = distinct(tier1);
  // Listed whole, the Tier 1 tickets are counted once each; otherwise the counts add up, a ticket walked twice twice.
  const tier1Tickets = tier1All.complete ? tier1All.tickets.length : tier1.every((l) => l.count !== null) ? tier1.reduce((n, l) => n + (l.count ?? 0), 0) : null;

  return {
    since,
    walks,
    outcomes: outcomeBars(listings, trees, prefix, since),
    escalationRate: ratio(toTier2, tier1Tickets, tier1All.complete),
    returnRate: ratio(counts.returned ?? null, toTier2, true),
    packets: packetBars(all, trees, prefix),
    districts: districtBars(all, prefix, since),
  };
}
