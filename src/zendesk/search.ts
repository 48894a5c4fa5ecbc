import * as z from 'zod/mini';
import { accountPath, readFailureMessage, rest } from './rest';
import type { ZafClient } from './zaf';

/**
 * The Search API, every page (`GET /api/v2/search.json?query=…`, following `next_page`).
 * A result is an admin's data seen through an index: any field may be missing. A result
 * without a ticket id is left out; one without tags or a date is kept, and each gap is
 * named in `problems`, so the queue can say what it could not read and list the rest.
 */

/** Zendesk's search returns at most 1,000 results, 100 to a page. */
export const MAX_PAGES = 10;

export interface FoundTicket {
  id: number;
  subject: string;
  status: string;
  tags: string[];
  /** ISO 8601, or null when the result did not say. */
  createdAt: string | null;
  updatedAt: string | null;
  organizationId: number | null;
  /** `problem`, `incident`, `question`, `task`, or null when not set or not said. */
  type: string | null;
}

export interface SearchProblem {
  ticketId: number | null;
  message: string;
}

export type SearchResult =
  | { ok: true; tickets: FoundTicket[]; problems: SearchProblem[]; count: number | null; truncated: boolean }
  | { ok: false; message: string };

/** The open tickets carrying one tag: `type:ticket tags:<tag> status<solved`. */
export function openTaggedQuery(tag: string): string {
  return `type:ticket tags:${tag} status<solved`;
}

const pageSchema = z.object({
  results: z.array(z.unknown()),
  next_page: z.catch(z.nullish(z.string()), null),
  count: z.catch(z.nullish(z.int()), null),
});

const resultSchema = z.object({
  id: z.union([z.int().check(z.positive()), z.pipe(z.string().check(z.regex(/^\d+$/)), z.transform(Number))]),
  result_type: z.catch(z.nullish(z.string()), null),
  subject: z.catch(z.nullish(z.string()), null),
  status: z.catch(z.nullish(z.string()), null),
  tags: z.optional(z.unknown()),
  created_at: z.optional(z.unknown()),
  updated_at: z.optional(z.unknown()),
  organization_id: z.catch(z.nullish(z.int()), null),
  type: z.catch(z.nullish(z.string()), null),
});

const date = (value: unknown): string | null => (typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : null);

function toTicket(raw: unknown, problems: SearchProblem[]): FoundTicket | null {
  const parsed = resultSchema.safeParse(raw);
  if (!parsed.success) {
    problems.push({ ticketId: null, message: 'A search result without a ticket id was left out.' });
    return null;
  }
  const r = parsed.data;
  if (r.result_type && r.result_type !== 'ticket') return null;
  const tags = Array.isArray(r.tags) ? r.tags.filter((t): t is string => typeof t === 'string').map((t) => t.toLowerCase()) : [];
  if (!Array.isArray(r.tags)) problems.push({ ticketId: r.id, message: `Ticket ${r.id}: the result has no tags, so its district and outcome are unknown.` });
  const createdAt = date(r.created_at);
  if (createdAt === null) problems.push({ ticketId: r.id, message: `Ticket ${r.id}: the result has no creation date, so its age is unknown.` });
  return {
    id: r.id,
    subject: r.subject ?? '',
    status: (r.status ?? '').toLowerCase(),
    tags,
    createdAt,
    updatedAt: date(r.updated_at),
    organizationId: r.organization_id ?? null,
    type: r.type?.toLowerCase() ?? null,
  };
}

/** The first page of a ticket search: `order` by creation date, 100 results. */
export function searchPath(query: string, order: 'asc' | 'desc'): string {
  const params = new URLSearchParams({ query, sort_by: 'created_at', sort_order: order, per_page: '100' });
  return `/api/v2/search.json?${params.toString()}`;
}

export type SearchPage = { tickets: FoundTicket[]; problems: SearchProblem[]; count: number | null; next: string | null };

export const UNREADABLE_SEARCH = 'Zendesk answered the search in a shape the app cannot read.';

/** One page of search results as the app reads them, or null for a shape it cannot read. */
export function readSearchPage(body: unknown): SearchPage | null {
  const parsed = pageSchema.safeParse(body);
  if (!parsed.success) return null;
  const problems: SearchProblem[] = [];
  const tickets = parsed.data.results.flatMap((raw) => toTicket(raw, problems) ?? []);
  return { tickets, problems, count: parsed.data.count ?? null, next: accountPath(parsed.data.next_page) };
}

/** Every page of a ticket search, oldest first. Tickets seen twice (offset pages shift as tickets change) are listed once. */
export async function searchTickets(client: ZafClient, query: string): Promise<SearchResult> {
  let path: string | null = searchPath(query, 'asc');
  const byId = new Map<number, FoundTicket>();
  const problems: SearchProblem[] = [];
  let count: number | null = null;
  let page = 0;
  for (; path !== null && page < MAX_PAGES; page++) {
    const answer = await rest(client, { method: 'GET', url: path });
    if (!answer.ok) return { ok: false, message: readFailureMessage(answer.failure) };
    const read = readSearchPage(answer.body);
    if (!read) return { ok: false, message: UNREADABLE_SEARCH };
    count ??= read.count;
    problems.push(...read.problems);
    for (const ticket of read.tickets) if (!byId.has(ticket.id)) byId.set(ticket.id, ticket);
    path = read.next;
  }
  return { ok: true, tickets: [...byId.values()], problems, count, truncated: path !== null };
}

/** Show Results Count (`GET /api/v2/search/count?query=…`): how many tickets the search would find, or null for an unreadable answer. */
export function countPath(query: string): string {
  return `/api/v2/search/count?${new URLSearchParams({ query }).toString()}`;
}

// A check zod offers would join the first chunk through the shared zod module: the sign is checked here.
const countSchema = z.object({ count: z.int() });

export function readCount(body: unknown): number | null {
  const parsed = countSchema.safeParse(body);
  return parsed.success && parsed.data.count >= 0 ? parsed.data.count : null;
}

const showManySchema = z.object({ tickets: z.array(z.unknown()) });

/**
 * The found tickets as they are now. Search answers from an index that lags by up to minutes
 * (developer.zendesk.com/api-reference/ticketing/ticket-management/search/), so a ticket Tier 2
 * returned a moment ago is still found with its old tags. Show Multiple Tickets reads 100 at a
 * time from the tickets themselves
 * (developer.zendesk.com/api-reference/ticketing/tickets/tickets/#show-multiple-tickets). A ticket
 * it leaves out, or a read that fails, keeps search's view, which is then said to be possibly stale.
 */
export async function withCurrentState(client: ZafClient, found: FoundTicket[]): Promise<{ tickets: FoundTicket[]; problem: SearchProblem | null }> {
  const now = new Map<number, FoundTicket>();
  for (let i = 0; i < found.length; i += 100) {
    const ids = found.slice(i, i + 100).map((t) => t.id);
    const answer = await rest(client, { method: 'GET', url: `/api/v2/tickets/show_many.json?ids=${ids.join(',')}` });
    const parsed = answer.ok ? showManySchema.safeParse(answer.body) : null;
    if (!parsed?.success) {
      const why = answer.ok ? 'Zendesk answered in a shape the app cannot read' : readFailureMessage(answer.failure);
      return { tickets: found, problem: { ticketId: null, message: `The tickets' current state could not be read (${why}): the list is as search has it, which can be minutes old.` } };
    }
    const problems: SearchProblem[] = [];
    for (const raw of parsed.data.tickets) {
      const ticket = toTicket(raw, problems);
      if (ticket) now.set(ticket.id, ticket);
    }
  }
  return { tickets: found.map((t) => now.get(t.id) ?? t), problem: null };
}
