import * as z from 'zod/mini';
import { hasReferenceLine, MAX_NOTE_BYTES, referenceLine } from '../triage/noteFormat';
import type { WritePlan } from '../triage/writePlan';
import { applyFailure, type ApplyResult, type Counts } from './applyFailure';
import { findNewestComment } from './comments';
import { mergeTags } from './mergeTags';
import type { PendingWrites } from './pendingWrite';
import { rest, type RestFailure } from './rest';
import { DEFAULT_RETRY_POLICY, countDown, realSleep, type RetryPolicy, type Sleep } from './retry';
import { next, start, type Rules, type TicketState, type WriteEvent, type WriteState } from './writeMachine';
import type { WriteLedger } from './writeLedger';
import type { ZafClient } from './zaf';

/**
 * Applies one WritePlan as ONE ticket update: the private note, the merged tags, the group
 * with its assignee, and the outcome field in a single `PUT /api/v2/tickets/{id}.json`, so Zendesk records
 * one audit and the note never lands without its tags. On the happy path: two REST calls, a read
 * (for `updated_at`, tags, status) and the write with `safe_update`. The steps and retries are
 * writeMachine's; this file does the I/O each state names.
 * "Exactly once" rests on the reference line alone: `safe_update` cannot be its guard, since
 * Zendesk's `updated_at` has whole-second resolution and a write that landed unseen in the
 * second the ticket was read leaves the stamp as it was
 * (https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/#protecting-against-ticket-update-collisions).
 */

export type ApplyProgress =
  | { kind: 'reading' }
  | { kind: 'writing'; attempt: number }
  /** Looking for the note in the ticket's comments after an unclear failure. */
  | { kind: 'checking' }
  | { kind: 'waiting'; seconds: number; cause: 'rate_limited' | 'server' | 'network' };

export interface ApplyOptions {
  onProgress?: (progress: ApplyProgress) => void;
  /** Injected in tests so no test really waits. */
  sleep?: Sleep;
  /** Milliseconds since the epoch (for Retry-After given as a date). */
  now?: () => number;
  policy?: Partial<RetryPolicy>;
  /**
   * The plan may have been sent before (it was restored after a reload from pendingWrite):
   * look for its note in the comments before writing. A plan the ledger saw sent and never
   * confirmed is looked for anyway.
   */
  maybeSent?: boolean;
  /** Keeps the plan until Zendesk confirms it; cleared on success. */
  pending?: PendingWrites;
}

/** Writes the plan once: `ledger` is the sidebar's (createWriteLedger), shared by all its writes. */
export function applyPlan(client: ZafClient, ledger: WriteLedger, ticketId: number, plan: WritePlan, opts: ApplyOptions = {}): Promise<ApplyResult> {
  const { running, unconfirmed } = ledger;
  const key = `${ticketId}:${plan.refId}`;
  const already = running.get(key);
  if (already) return already;
  const maybeSent = (opts.maybeSent ?? false) || unconfirmed.has(key);
  const started = run(client, { ledger, key }, ticketId, plan, { ...opts, maybeSent })
    .then((result) => {
      if (result.ok) {
        unconfirmed.delete(key);
        ledger.spent.delete(key);
        ledger.firstRead.delete(key);
      } else if (result.attempts > 0) unconfirmed.add(key);
      return result;
    })
    .finally(() => running.delete(key));
  running.set(key, started);
  return started;
}

/** The plan's entry in the sidebar's ledger. */
interface Entry {
  ledger: WriteLedger;
  key: string;
}

/**
 * A plan kept before this sidebar was loaded was stamped by the browser's clock, not Zendesk's:
 * its note is looked for back to an hour before, so a clock that is off by less loses nothing.
 */
const KEPT_CLOCK_MARGIN_MS = 60 * 60 * 1000;

/** How far back the plan's note can be (ms since the epoch), or null when nothing says. */
function noteNotBefore({ ledger, key }: Entry, ticketId: number, plan: WritePlan, pending: PendingWrites | undefined): number | null {
  const read = ledger.firstRead.get(key);
  const kept = pending?.load(ticketId).find((w) => w.plan.refId === plan.refId)?.savedAt;
  const at = read !== undefined ? Date.parse(read) : kept !== undefined ? Date.parse(kept) - KEPT_CLOCK_MARGIN_MS : NaN;
  return Number.isNaN(at) ? null : at;
}

async function run(client: ZafClient, entry: Entry, ticketId: number, plan: WritePlan, opts: ApplyOptions): Promise<ApplyResult> {
  const none: Counts = { attempts: 0, requests: 0 };
  if (new TextEncoder().encode(plan.note).length > MAX_NOTE_BYTES) return applyFailure('too_large', none);
  const line = referenceLine(plan);
  if (line === null) {
    return applyFailure('invalid', none, 'the note carries no reference id, so a retry could not tell whether it was already written');
  }
  const kept = opts.pending?.save(ticketId, plan);
  const result = await drive(client, entry, ticketId, plan, line, opts);
  if (!result.ok) return { ...result, notKept: kept?.ok === false };
  opts.pending?.clear(ticketId, plan.refId);
  return result;
}

const ticketResponse = z.object({
  ticket: z.object({ updated_at: z.string(), status: z.string(), tags: z.array(z.string()) }),
});

const updateResponse = z.object({ ticket: z.object({ updated_at: z.string() }) });

/** A request's answer, or the event that stops the step: Zendesk refused it, or the plan's budget is spent. */
type Answer = { ok: true; value: unknown } | { ok: false; event: WriteEvent };

/** Runs the machine to its end, doing what each state asks and feeding back what happened. */
async function drive(client: ZafClient, entry: Entry, ticketId: number, plan: WritePlan, refLine: string, opts: ApplyOptions): Promise<ApplyResult> {
  const { ledger, key } = entry;
  const rules: Rules = { plan, policy: { ...DEFAULT_RETRY_POLICY, ...opts.policy } };
  const sleep = opts.sleep ?? realSleep;
  const now = opts.now ?? Date.now;
  const url = `/api/v2/tickets/${ticketId}.json`;
  const counts: Counts = { attempts: 0, requests: 0 };

  const report = (progress: ApplyProgress) => {
    try {
      opts.onProgress?.(progress);
    } catch {
      // A display callback that fails must not stop a write half-way.
    }
  };
  const refused = (failure: RestFailure): WriteEvent => ({ kind: 'refused', failure, at: now() });
  const send = async (method: 'GET' | 'PUT', path: string, body?: unknown): Promise<Answer> => {
    const spent = ledger.spent.get(key) ?? 0;
    if (spent >= rules.policy.maxRequests) return { ok: false, event: { kind: 'exhausted' } };
    ledger.spent.set(key, spent + 1);
    counts.requests += 1;
    if (method === 'PUT') counts.attempts += 1;
    const sent = await rest(client, { method, url: path, body, timeoutMs: rules.policy.requestTimeoutMs });
    return sent.ok ? { ok: true, value: sent.body } : { ok: false, event: refused(sent.failure) };
  };

  const step = async (state: WriteState): Promise<WriteEvent> => {
    switch (state.kind) {
      case 'reading': {
        report({ kind: 'reading' });
        const read = await send('GET', url);
        if (!read.ok) return read.event;
        const parsed = ticketResponse.safeParse(read.value);
        if (!parsed.success) return { kind: 'unreadable', detail: 'Zendesk answered with a ticket the app cannot read' };
        const { updated_at, status, tags } = parsed.data.ticket;
        // Read before anything was sent: a note this plan writes is no older than this stamp.
        if (!state.memory.unclear && !ledger.firstRead.has(key)) ledger.firstRead.set(key, updated_at);
        return { kind: 'read', ticket: { updatedAt: updated_at, status: status.toLowerCase(), tags } };
      }
      case 'checking': {
        report({ kind: 'checking' });
        // A public comment does not count: the note pasted into a reply is not the note written.
        // Newest first, back to the plan's first read at most; the request budget bounds the rest.
        const found = await findNewestComment(
          (path) => send('GET', path),
          ticketId,
          (c) => c.public === false && [c.body, c.plainBody].some((text) => text !== null && hasReferenceLine(text, refLine)),
          (): { ok: false; event: WriteEvent } => ({
            ok: false,
            event: { kind: 'unreadable', detail: "Zendesk answered with the ticket's comments in a shape the app cannot read" },
          }),
          { notBefore: noteNotBefore(entry, ticketId, plan, opts.pending) },
        );
        return found.ok ? { kind: 'searched', found: found.value !== null } : found.event;
      }
      case 'writing': {
        report({ kind: 'writing', attempt: counts.attempts + 1 });
        const body = state.memory.noteFound ? tagsBody(state.ticket, plan) : updateBody(state.ticket, plan);
        const sent = await send('PUT', url, body);
        if (!sent.ok) return sent.event;
        const parsed = updateResponse.safeParse(sent.value);
        return { kind: 'written', updatedAt: parsed.success ? parsed.data.ticket.updated_at : null };
      }
      case 'waiting': {
        const { ms, cause } = state;
        await countDown(ms, sleep, (seconds) => report({ kind: 'waiting', seconds, cause }));
        return { kind: 'waited' };
      }
      case 'done':
      case 'failed':
        throw new Error(`a finished write takes no step (${state.kind})`);
    }
  };

  let state = start(opts.maybeSent ?? false);
  while (state.kind !== 'done' && state.kind !== 'failed') state = next(state, await step(state), rules);
  return state.kind === 'done'
    ? { ok: true, ticketUpdatedAt: state.updatedAt, alreadyWritten: state.alreadyWritten, ...counts }
    : applyFailure(state.cause, counts, state.detail, state.refused);
}

function updateBody(ticket: TicketState, plan: WritePlan) {
  return {
    ticket: {
      comment: { body: plan.note, public: false },
      tags: mergeTags(ticket.tags, plan),
      ...(plan.groupId !== null && { group_id: plan.groupId }),
      ...(plan.assignee !== null && { assignee_id: plan.assignee.id }),
      ...(plan.outcomeField && { custom_fields: [{ id: plan.outcomeField.id, value: plan.outcomeField.value }] }),
      // Zendesk's own outage handling: an incident linked to its problem
      // (developer.zendesk.com/api-reference/ticketing/tickets/tickets/, `type` and `problem_id`).
      ...(plan.problemId !== undefined && { type: 'incident', problem_id: plan.problemId }),
      safe_update: true,
      updated_stamp: ticket.updatedAt,
    },
  };
}

/** The note is there and some of the plan's tags are not: put them back, nothing else. */
function tagsBody(ticket: TicketState, plan: WritePlan) {
  return { ticket: { tags: mergeTags(ticket.tags, plan), safe_update: true, updated_stamp: ticket.updatedAt } };
}
