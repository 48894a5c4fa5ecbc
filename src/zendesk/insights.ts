import * as z from 'zod/mini';
import { COUNT_KEYS, insightsQueries, sinceDay, summarize, type CountKey, type InsightsSummary, type Listing } from '../triage/insights';
import type { Tree, TreeId } from '../triage/tree';
import { classifyFailure, readFailureMessage, rest, type RestResult } from './rest';
import { backoffMs, countDown, DEFAULT_RETRY_POLICY, realSleep, retryAfterSeconds, type RetryPolicy, type Sleep } from './retry';
import { countPath, MAX_PAGES, readCount, readSearchPage, searchPath, UNREADABLE_SEARCH } from './search';
import type { ZafClient } from './zaf';

/**
 * The Insights page's requests: at most `maxRequests` (40) for a full page, in the order that
 * paints soonest (each procedure's first page, the counts, the rest of the pages, the districts'
 * names), each answer folded in as it comes (`onUpdate`). A 429 is waited out as Zendesk asks and
 * the same request sent again; a page is added only once it answered, and tickets are kept by
 * id, so nothing is counted twice. What could not be read is named in `problems`.
 */

export const MAX_INSIGHTS_REQUESTS = 40;

export interface InsightsState {
  summary: InsightsSummary;
  /** Requests sent so far, 429s included. */
  requests: number;
  /** Answers folded in so far, of those planned (the plan grows when a listing has more pages). */
  done: number;
  planned: number;
  /** Seconds left of a wait Zendesk asked for (429), or null. */
  waiting: number | null;
  problems: string[];
  finished: boolean;
}

export interface InsightsInput {
  prefix: string;
  days: number;
  now: number;
  trees: Readonly<Record<TreeId, Tree>>;
  /** The organization field holding the district's name (the Parent Account setting). */
  parentAccountKey: string;
}

export interface InsightsOptions {
  onUpdate?: (state: InsightsState) => void;
  sleep?: Sleep;
  policy?: Partial<RetryPolicy>;
  maxRequests?: number;
  /** Milliseconds since the epoch, for a Retry-After given as a date. */
  clock?: () => number;
}

const organizationsSchema = z.object({
  organizations: z.array(z.object({ id: z.int(), organization_fields: z.catch(z.record(z.string(), z.unknown()), {}) })),
});

export async function loadInsights(client: ZafClient, input: InsightsInput, opts: InsightsOptions = {}): Promise<InsightsState> {
  const policy = { ...DEFAULT_RETRY_POLICY, ...opts.policy };
  const sleep = opts.sleep ?? realSleep;
  const max = opts.maxRequests ?? MAX_INSIGHTS_REQUESTS;
  const since = sinceDay(input.now, input.days);
  const treeIds = Object.keys(input.trees) as TreeId[];
  const queries = insightsQueries(input.prefix, since, treeIds);
  const listings: Listing[] = queries.listings.map((l) => ({ ...l, count: null, tickets: [], complete: false }));
  const next = new Map<TreeId, string | null>(queries.listings.map((l) => [l.tree, searchPath(l.query, 'desc')]));
  const pages = new Map<TreeId, number>();
  const counts: Partial<Record<CountKey, number>> = {};
  const names = new Map<string, string>();
  const state: Omit<InsightsState, 'summary'> = { requests: 0, done: 0, planned: listings.length + COUNT_KEYS.length + 1, waiting: null, problems: [], finished: false };

  const update = () => {
    const summary = summarize({ since, prefix: input.prefix, trees: input.trees, listings, counts });
    const districts = summary.districts.map((d) => ({ ...d, label: names.get(d.key) ?? d.label }));
    const now = { ...state, summary: { ...summary, districts } };
    opts.onUpdate?.(now);
    return now;
  };

  /** One GET, sent again after a 429 (as long as Zendesk asks) or a 5xx / lost answer (with a backoff). */
  const send = async (url: string): Promise<RestResult> => {
    let limited = 0;
    let transient = 0;
    for (;;) {
      state.requests += 1;
      const answer = await rest(client, { method: 'GET', url, timeoutMs: policy.requestTimeoutMs });
      if (answer.ok) return answer;
      const cause = classifyFailure(answer.failure);
      if (cause.class === 'rate_limited' && ++limited <= policy.maxRateLimitRetries) {
        const seconds = retryAfterSeconds(cause.retryAfter, (opts.clock ?? Date.now)()) ?? backoffMs(limited, policy) / 1000;
        if (seconds > policy.maxRetryAfterSeconds) return answer;
        await countDown(seconds * 1000, sleep, (left) => {
          state.waiting = left;
          update();
        });
        state.waiting = null;
        continue;
      }
      if (cause.class === 'ambiguous' && ++transient <= policy.maxTransientRetries) {
        await sleep(backoffMs(transient, policy));
        continue;
      }
      return answer;
    }
  };
  const failed = (what: string, answer: RestResult) => {
    state.problems.push(`${what}: ${answer.ok ? UNREADABLE_SEARCH : readFailureMessage(answer.failure)}`);
  };
  const room = () => state.requests < max;

  const listPage = async (listing: Listing): Promise<void> => {
    const path = next.get(listing.tree);
    if (!path) return;
    const answer = await send(path);
    const page = answer.ok ? readSearchPage(answer.body) : null;
    state.done += 1;
    if (!page) {
      failed(`The ${listing.tree} tickets`, answer);
      next.set(listing.tree, null);
      return;
    }
    const seen = new Set(listing.tickets.map((t) => t.id));
    listing.count ??= page.count;
    listing.tickets.push(...page.tickets.filter((t) => !seen.has(t.id)).map(({ id, status, tags, organizationId }) => ({ id, status, tags, organizationId })));
    const read = (pages.get(listing.tree) ?? 0) + 1;
    pages.set(listing.tree, read);
    const more = page.next !== null && read < MAX_PAGES ? page.next : null;
    next.set(listing.tree, more);
    listing.complete = page.next === null && (listing.count === null || listing.tickets.length >= listing.count);
    if (more !== null) state.planned += 1;
    update();
  };

  for (const listing of listings) if (room()) await listPage(listing);
  for (const key of COUNT_KEYS) {
    if (!room()) break;
    const answer = await send(countPath(queries.counts[key]));
    const count = answer.ok ? readCount(answer.body) : null;
    state.done += 1;
    if (count === null) failed(`The count of ${key}`, answer);
    else counts[key] = count;
    update();
  }
  // The rest of the pages, a procedure at a time, keeping one request for the districts' names.
  for (const listing of listings) while (next.get(listing.tree) && state.requests < max - 1) await listPage(listing);

  const top = update().summary.districts;
  const orgIds = [...new Set(top.flatMap((d) => listings.flatMap((l) => l.tickets).find((t) => d.ticketIds.includes(t.id))?.organizationId ?? []))];
  if (orgIds.length > 0 && room()) {
    // Show Many Organizations (developer.zendesk.com/api-reference/ticketing/organizations/organizations/#show-many-organizations).
    const answer = await send(`/api/v2/organizations/show_many.json?ids=${orgIds.join(',')}`);
    const parsed = answer.ok ? organizationsSchema.safeParse(answer.body) : null;
    if (parsed?.success) nameDistricts(parsed.data.organizations, top, listings, input.parentAccountKey, names);
  }
  state.done = state.planned;
  state.finished = true;
  return update();
}

/** Each district bar's name: the Parent Account of an organization among its tickets. */
function nameDistricts(
  organizations: { id: number; organization_fields: Record<string, unknown> }[],
  districts: InsightsSummary['districts'],
  listings: readonly Listing[],
  key: string,
  names: Map<string, string>,
): void {
  const tickets = listings.flatMap((l) => l.tickets);
  for (const d of districts) {
    const orgIds = new Set(tickets.filter((t) => d.ticketIds.includes(t.id)).map((t) => t.organizationId));
    const name = organizations.filter((o) => orgIds.has(o.id)).map((o) => o.organization_fields[key]).find((v): v is string => typeof v === 'string' && v.trim() !== '');
    if (name !== undefined) names.set(d.key, name.trim());
  }
}

/**
 * The Insights page's figures for one visit: each period is loaded once and kept; switching back
 * to a period shows it at no request, and a period still loading is joined, not loaded twice.
 */
export interface InsightsVisit {
  /** Calls `onUpdate` with each state of the period's load (at once with the kept one); resolves with the last. */
  load(days: number, onUpdate: (state: InsightsState) => void): Promise<InsightsState>;
  /** Drops a kept period, for "Load again". */
  forget(days: number): void;
}

interface Run {
  latest: InsightsState | null;
  listeners: Set<(state: InsightsState) => void>;
}

export function insightsVisit(client: ZafClient, base: Omit<InsightsInput, 'days'>, opts: Omit<InsightsOptions, 'onUpdate'> = {}): InsightsVisit {
  const runs = new Map<number, { run: Run; done: Promise<InsightsState> }>();
  const start = (days: number) => {
    const run: Run = { latest: null, listeners: new Set() };
    const onUpdate = (state: InsightsState) => {
      run.latest = state;
      for (const listener of run.listeners) listener(state);
    };
    const entry = { run, done: loadInsights(client, { ...base, days }, { ...opts, onUpdate }) };
    runs.set(days, entry);
    return entry;
  };
  return {
    load(days, onUpdate) {
      const { run, done } = runs.get(days) ?? start(days);
      if (run.latest) onUpdate(run.latest);
      run.listeners.add(onUpdate);
      return done.finally(() => run.listeners.delete(onUpdate));
    },
    forget: (days) => void runs.delete(days),
  };
}
