import * as z from 'zod/mini';
import { findHotSpot, hotSpotQuery, openProblemQuery, type HotSpot, type ProblemDraft } from '../triage/hotSpot';
import type { Tree, TreeId } from '../triage/tree';
import { readFailureMessage, rest } from './rest';
import { readSearchPage, searchPath, UNREADABLE_SEARCH } from './search';
import type { ZafClient } from './zaf';

/**
 * The sidebar's hot spot reads: one search for the district's tickets of the last 7 days, and,
 * only when they make a hot spot, one for the district's open problem ticket. Never throws.
 */

export interface ProblemTicket {
  id: number;
  subject: string;
}

export type HotSpotRead =
  | { ok: true; hotSpot: HotSpot | null; problem: ProblemTicket | null; requests: number }
  | { ok: false; message: string; requests: number };

export interface HotSpotInput {
  districtTag: string;
  ticketId: number | null;
  prefix: string;
  threshold: number;
  trees: Readonly<Record<TreeId, Tree>>;
  now: number;
}

async function firstPage(client: ZafClient, query: string) {
  const answer = await rest(client, { method: 'GET', url: searchPath(query, 'desc') });
  if (!answer.ok) return { ok: false as const, message: readFailureMessage(answer.failure) };
  const page = readSearchPage(answer.body);
  return page ? { ok: true as const, page } : { ok: false as const, message: UNREADABLE_SEARCH };
}

export async function readHotSpot(client: ZafClient, input: HotSpotInput): Promise<HotSpotRead> {
  // 100 newest are plenty: a district rarely has more tickets in a week, and a hot spot needs a few.
  const district = await firstPage(client, hotSpotQuery(input.districtTag, input.now));
  if (!district.ok) return { ...district, requests: 1 };
  const hotSpot = findHotSpot(district.page.tickets, input);
  if (hotSpot === null) return { ok: true, hotSpot, problem: null, requests: 1 };
  const problems = await firstPage(client, openProblemQuery(input.districtTag));
  // Without the problem search the hot spot still stands: it only offers no link.
  const problem = problems.ok ? (problems.page.tickets.find((t) => t.type === 'problem') ?? null) : null;
  return { ok: true, hotSpot, problem: problem && { id: problem.id, subject: problem.subject }, requests: 2 };
}

const createdSchema = z.object({ ticket: z.object({ id: z.int(), subject: z.catch(z.string(), '') }) });

export type CreateProblemResult = { ok: true; problem: ProblemTicket } | { ok: false; message: string; mayExist: boolean };

/**
 * Create Ticket (`POST /api/v2/tickets.json`, developer.zendesk.com/api-reference/ticketing/tickets/tickets/#create-ticket)
 * of type problem with a private first comment. Sent once: after an answer that never came the
 * problem may exist, and the agent is told to look before creating another.
 */
export async function createProblem(client: ZafClient, draft: ProblemDraft): Promise<CreateProblemResult> {
  const answer = await rest(client, {
    method: 'POST',
    url: '/api/v2/tickets.json',
    body: { ticket: { subject: draft.subject, type: 'problem', tags: draft.tags, comment: { body: draft.body, public: false } } },
  });
  if (!answer.ok) {
    const mayExist = answer.failure.kind === 'network' || answer.failure.status >= 500;
    return { ok: false, message: readFailureMessage(answer.failure), mayExist };
  }
  const parsed = createdSchema.safeParse(answer.body);
  return parsed.success ? { ok: true, problem: parsed.data.ticket } : { ok: false, message: 'Zendesk answered in a shape the app cannot read.', mayExist: true };
}
