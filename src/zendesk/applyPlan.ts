import * as z from 'zod/mini';
import type { WritePlan } from '../triage/plan';
import { findNewestComment } from './comments';
import { isRecord } from './isRecord';
import { hasPlannedTags, mergeTags } from './mergeTags';
import type { PendingWrites } from './pendingWrite';
import { classifyFailure, rest, zendeskErrorText, type FailureClass, type RestFailure, type RestRequest } from './rest';
import { DEFAULT_RETRY_POLICY, backoffMs, countDown, realSleep, retryAfterSeconds, type RetryPolicy, type Sleep } from './retry';
import type { ZafClient } from './zaf';

/**
 * Applies one WritePlan as ONE ticket update: the private note, the merged tags, the group
 * with its assignee, and the outcome field in a single `PUT /api/v2/tickets/{id}.json`, so Zendesk records
 * one audit and the note never lands without its tags.
 *
 * On the happy path it costs two REST calls: read the ticket (for `updated_at`, its tags
 * and status), then write with `safe_update`. Failures, as Zendesk's REST API documents them:
 *   409            re-read, merge again, write again (bounded)
 *   429            wait Retry-After (bounded, counted down through onProgress), write again
 *   5xx / no answer  the write may have landed: back off, look for the note's reference
 *                  line in the ticket's comments, and write again only if it is not there
 *   401 403 404 422  a typed failure naming the cause, no retry
 * "Exactly once" rests on the reference line alone: `safe_update` cannot be its guard, since
 * Zendesk's `updated_at` has whole-second resolution and a write that landed unseen in the
 * second the ticket was read leaves the stamp as it was
 * (https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/#protecting-against-ticket-update-collisions).
 */

/** Zendesk cuts a comment body over 64 KB silently; a note is refused before that. */
export const MAX_NOTE_BYTES = 64 * 1024;

export type ApplyFailureReason =
  | 'closed'
  | 'forbidden'
  | 'not_found'
  | 'unauthorized'
  | 'invalid'
  | 'rate_limited'
  | 'conflict'
  | 'server'
  | 'network'
  | 'too_large';

interface Counts {
  /** Ticket updates sent (the note's write and any tags-only repair). */
  attempts: number;
  /** REST calls made, reads included. */
  requests: number;
}

export type ApplySuccess = Counts & {
  ok: true;
  ticketUpdatedAt: string | null;
  /** The note was found already written (after an unclear failure or a reload): nothing was written twice. */
  alreadyWritten: boolean;
};

/** Why a write failed, with what the agent is told beyond the reason. */
type FailureCause =
  | { reason: Exclude<ApplyFailureReason, 'rate_limited'> }
  /** `retryAfter`: the seconds Zendesk asked to wait before the next try (Retry-After), null when it did not say. */
  | { reason: 'rate_limited'; retryAfter: number | null };

/**
 * A setting of the app whose value Zendesk refused (a 422 naming it): only an admin can fix it,
 * so the agent is told whom to ask, not to retry.
 */
export type RefusedSetting = { setting: 'group' | 'outcome_field'; id: number };

export type ApplyFailure = Counts &
  FailureCause & {
    ok: false;
    /** For the agent, in plain words. */
    message: string;
    /** What Zendesk said about it (a 422's description), or null. */
    detail: string | null;
    /** The setting a refusal names, or null. */
    refused: RefusedSetting | null;
    /** Whether "Retry" with the same plan can succeed later. */
    retryable: boolean;
    /** The browser was asked to keep the plan until Zendesk confirms it and could not: a reload of the sidebar loses it. */
    notKept: boolean;
  };

export type ApplyResult = ApplySuccess | ApplyFailure;

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
   * look for its note in the comments before writing. A plan this client sent and never saw
   * confirmed is looked for anyway.
   */
  maybeSent?: boolean;
  /** Keeps the plan until Zendesk confirms it; cleared on success. */
  pending?: PendingWrites;
}

const FAILURES: Record<ApplyFailureReason, { message: string; retryable: boolean }> = {
  closed: {
    message: 'This ticket is closed: Zendesk takes no new notes on a closed ticket. Create a follow-up ticket and write there.',
    retryable: false,
  },
  forbidden: { message: "You don't have permission to update this ticket.", retryable: false },
  not_found: { message: 'This ticket no longer exists: it was deleted or merged into another ticket.', retryable: false },
  unauthorized: { message: 'Your Zendesk session has ended. Sign in to Zendesk again, then retry.', retryable: true },
  invalid: { message: 'Zendesk refused the update.', retryable: false },
  rate_limited: { message: 'Zendesk is limiting requests right now. Wait a minute, then retry.', retryable: true },
  conflict: {
    message: 'Other people kept changing this ticket while the note was being written. Retry in a moment.',
    retryable: true,
  },
  server: {
    message: 'Zendesk had a problem and did not confirm the update. Retry in a moment: the note will not be written twice.',
    retryable: true,
  },
  network: {
    message: 'The connection to Zendesk was lost before the update was confirmed. Retry when it is back: the note will not be written twice.',
    retryable: true,
  },
  too_large: {
    message: "The note is over Zendesk's 64 KB limit and would be cut. Shorten the remark or the collected values, then write again.",
    retryable: false,
  },
};

/** What one sidebar (one client) knows of its writes, by `<ticket id>:<reference id>`. */
interface ClientWrites {
  /** Concurrent applies of the same plan (a double click) share one run: one write, one result. */
  running: Map<string, Promise<ApplyResult>>;
  /**
   * Plans whose update was sent and never confirmed: a Retry looks for the note before writing
   * even where the browser keeps nothing (pendingWrite refused), so the note is not written twice.
   */
  unconfirmed: Set<string>;
}

const byClient = new WeakMap<ZafClient, ClientWrites>();

export function applyPlan(client: ZafClient, ticketId: number, plan: WritePlan, opts: ApplyOptions = {}): Promise<ApplyResult> {
  let writes = byClient.get(client);
  if (!writes) {
    writes = { running: new Map(), unconfirmed: new Set() };
    byClient.set(client, writes);
  }
  const { running, unconfirmed } = writes;
  const key = `${ticketId}:${plan.refId}`;
  const already = running.get(key);
  if (already) return already;
  const maybeSent = (opts.maybeSent ?? false) || unconfirmed.has(key);
  const started = run(client, ticketId, plan, { ...opts, maybeSent })
    .then((result) => {
      if (result.ok) unconfirmed.delete(key);
      else if (result.attempts > 0) unconfirmed.add(key);
      return result;
    })
    .finally(() => running.delete(key));
  running.set(key, started);
  return started;
}

async function run(client: ZafClient, ticketId: number, plan: WritePlan, opts: ApplyOptions): Promise<ApplyResult> {
  const none: Counts = { attempts: 0, requests: 0 };
  if (new TextEncoder().encode(plan.note).length > MAX_NOTE_BYTES) return failure('too_large', none);
  const line = referenceLine(plan);
  if (line === null) {
    return failure('invalid', none, 'the note carries no reference id, so a retry could not tell whether it was already written');
  }
  const kept = opts.pending?.save(ticketId, plan);
  const writer = new Writer(client, ticketId, plan, line, opts);
  const result = await writer.apply(opts.maybeSent ?? false);
  if (!result.ok) return { ...result, notKept: kept?.ok === false };
  opts.pending?.clear(ticketId, plan.refId);
  return result;
}

interface TicketState {
  updatedAt: string;
  status: string;
  tags: string[];
}

type Step<T> = { ok: true; value: T } | ApplyFailure;

const ticketResponse = z.object({
  ticket: z.object({ updated_at: z.string(), status: z.string(), tags: z.array(z.string()) }),
});

const updateResponse = z.object({ ticket: z.object({ updated_at: z.string() }) });

class Writer {
  private readonly counts: Counts = { attempts: 0, requests: 0 };
  private readonly retries = { conflict: 0, rateLimit: 0, transient: 0 };
  private readonly policy: RetryPolicy;
  private readonly sleep: Sleep;
  private readonly now: () => number;
  private readonly ticketUrl: string;

  constructor(
    private readonly client: ZafClient,
    private readonly ticketId: number,
    private readonly plan: WritePlan,
    private readonly refLine: string,
    private readonly opts: ApplyOptions,
  ) {
    this.policy = { ...DEFAULT_RETRY_POLICY, ...opts.policy };
    this.sleep = opts.sleep ?? realSleep;
    this.now = opts.now ?? Date.now;
    this.ticketUrl = `/api/v2/tickets/${ticketId}.json`;
  }

  async apply(maybeSent: boolean): Promise<ApplyResult> {
    let ticket = await this.readTicket();
    if (!ticket.ok) return ticket;
    // After an unclear failure, every later write first checks the note is not there yet.
    let unclear = maybeSent;
    let check = maybeSent;
    for (;;) {
      if (check) {
        const found = await this.findNote();
        if (!found.ok) return found;
        if (found.value) return this.ensureTags();
        check = false;
      }
      if (ticket.value.status === 'closed') return this.fail('closed');

      this.report({ kind: 'writing', attempt: this.counts.attempts + 1 });
      const sent = await this.send({ method: 'PUT', url: this.ticketUrl, body: this.updateBody(ticket.value) });
      if (sent.ok) return this.succeed(updatedAtOf(sent.body), false);

      const cause = classifyFailure(sent.failure);
      const gaveUp = await this.recover(cause, sent.failure);
      if (gaveUp) return gaveUp;
      if (cause.class === 'ambiguous') {
        unclear = true;
        check = true;
      }
      if (cause.class === 'conflict') {
        ticket = await this.readTicket();
        if (!ticket.ok) return ticket;
        // An earlier unclear write may be what changed the ticket.
        check = unclear;
      }
    }
  }

  /** The note is there: make sure the plan's tags are too (someone may have removed them since). */
  private async ensureTags(): Promise<ApplyResult> {
    for (;;) {
      const ticket = await this.readTicket();
      if (!ticket.ok) return ticket;
      const { tags, updatedAt, status } = ticket.value;
      // A closed ticket takes no change; the note, the part that matters, is written.
      if (hasPlannedTags(tags, this.plan) || status === 'closed') return this.succeed(updatedAt, true);
      this.report({ kind: 'writing', attempt: this.counts.attempts + 1 });
      const sent = await this.send({
        method: 'PUT',
        url: this.ticketUrl,
        body: { ticket: { tags: mergeTags(tags, this.plan), safe_update: true, updated_stamp: updatedAt } },
      });
      if (sent.ok) return this.succeed(updatedAtOf(sent.body), true);
      // A tags-only update is idempotent: every retry just reads again and tries again.
      const gaveUp = await this.recover(classifyFailure(sent.failure), sent.failure);
      if (gaveUp) return gaveUp;
    }
  }

  private updateBody(ticket: TicketState) {
    const { plan } = this;
    return {
      ticket: {
        comment: { body: plan.note, public: false },
        tags: mergeTags(ticket.tags, plan),
        ...(plan.groupId !== null && { group_id: plan.groupId }),
        ...(plan.assignee !== null && { assignee_id: plan.assignee.id }),
        ...(plan.outcomeField && { custom_fields: [{ id: plan.outcomeField.id, value: plan.outcomeField.value }] }),
        safe_update: true,
        updated_stamp: ticket.updatedAt,
      },
    };
  }

  private async readTicket(): Promise<Step<TicketState>> {
    this.report({ kind: 'reading' });
    const read = await this.readWithRetry(this.ticketUrl);
    if (!read.ok) return read;
    const parsed = ticketResponse.safeParse(read.value);
    if (!parsed.success) return this.fail('server', 'Zendesk answered with a ticket the app cannot read');
    const { updated_at, status, tags } = parsed.data.ticket;
    return { ok: true, value: { updatedAt: updated_at, status: status.toLowerCase(), tags } };
  }

  /**
   * Whether a private comment of the ticket holds the plan's reference line (all pages, newest first).
   * A public one does not count: the note pasted into a reply is not the note written.
   */
  private async findNote(): Promise<Step<boolean>> {
    this.report({ kind: 'checking' });
    const found = await findNewestComment(
      (path) => this.readWithRetry(path),
      this.ticketId,
      (c) => c.public === false && [c.body, c.plainBody].some((text) => text !== null && hasLine(text, this.refLine)),
      () => this.fail('server', "Zendesk answered with the ticket's comments in a shape the app cannot read"),
    );
    return found.ok ? { ok: true, value: found.value !== null } : found;
  }

  private async readWithRetry(url: string): Promise<Step<unknown>> {
    for (;;) {
      const read = await this.send({ method: 'GET', url });
      if (read.ok) return { ok: true, value: read.body };
      const gaveUp = await this.recover(classifyFailure(read.failure), read.failure);
      if (gaveUp) return gaveUp;
    }
  }

  /** Waits as the failure asks and returns null, or returns the failure to give up with. */
  private async recover(cause: FailureClass, failure: RestFailure): Promise<ApplyFailure | null> {
    switch (cause.class) {
      case 'final':
        return { ...this.fail(cause.reason, zendeskErrorText(failure)), refused: refusedSetting(failure, this.plan) };
      case 'conflict':
        return ++this.retries.conflict > this.policy.maxConflictRetries ? this.fail('conflict') : null;
      case 'rate_limited': {
        const asked = retryAfterSeconds(cause.retryAfter, this.now());
        const limited = { reason: 'rate_limited', retryAfter: asked } as const;
        if (++this.retries.rateLimit > this.policy.maxRateLimitRetries) return this.fail(limited);
        const seconds = asked ?? backoffMs(this.retries.rateLimit, this.policy) / 1000;
        if (seconds > this.policy.maxRetryAfterSeconds) return this.fail(limited, `Zendesk asks to wait ${seconds} s`);
        await this.wait(seconds * 1000, 'rate_limited');
        return null;
      }
      case 'ambiguous': {
        if (++this.retries.transient > this.policy.maxTransientRetries) {
          return this.fail(cause.reason, failure.kind === 'network' ? failure.detail : `HTTP ${failure.status}`);
        }
        await this.wait(backoffMs(this.retries.transient, this.policy), cause.reason);
        return null;
      }
    }
  }

  private wait(ms: number, cause: 'rate_limited' | 'server' | 'network'): Promise<void> {
    return countDown(ms, this.sleep, (seconds) => this.report({ kind: 'waiting', seconds, cause }));
  }

  private send(req: RestRequest) {
    this.counts.requests += 1;
    if (req.method === 'PUT') this.counts.attempts += 1;
    return rest(this.client, { ...req, timeoutMs: this.policy.requestTimeoutMs });
  }

  private report(progress: ApplyProgress): void {
    try {
      this.opts.onProgress?.(progress);
    } catch {
      // A display callback that fails must not stop a write half-way.
    }
  }

  private succeed(ticketUpdatedAt: string | null, alreadyWritten: boolean): ApplySuccess {
    return { ok: true, ticketUpdatedAt, alreadyWritten, ...this.counts };
  }

  private fail(cause: Cause, detail?: string | null): ApplyFailure {
    return failure(cause, this.counts, detail);
  }
}

/** A failure's cause: its reason alone where nothing else goes with it. */
type Cause = Exclude<ApplyFailureReason, 'rate_limited'> | FailureCause;

function failure(cause: Cause, counts: Counts, detail?: string | null): ApplyFailure {
  const full = typeof cause === 'string' ? { reason: cause } : cause;
  const { message, retryable } = FAILURES[full.reason];
  return { ok: false, ...full, message: detail ? `${message} (${detail})` : message, detail: detail ?? null, refused: null, retryable, notKept: false, ...counts };
}

/**
 * The setting a 422 names: the group the plan assigns (`details.group`, as Zendesk answers an
 * unknown group) or the outcome field, when Zendesk names its id in the details.
 */
function refusedSetting(failure: RestFailure, plan: WritePlan): RefusedSetting | null {
  if (failure.kind !== 'http' || failure.status !== 422 || !isRecord(failure.body) || !isRecord(failure.body.details)) return null;
  const { details } = failure.body;
  if (plan.groupId !== null && ('group' in details || 'group_id' in details)) return { setting: 'group', id: plan.groupId };
  const field = plan.outcomeField?.id;
  return field !== undefined && new RegExp(`\\b${field}\\b`).test(JSON.stringify(details)) ? { setting: 'outcome_field', id: field } : null;
}

/** The note's line that names the session's reference id: how a retry recognises the note. */
export function referenceLine(plan: Pick<WritePlan, 'note' | 'refId'>): string | null {
  if (plan.refId.trim() === '') return null;
  const line = plan.note.split(/\r?\n/).find((l) => l.includes(plan.refId));
  return line === undefined ? null : normalise(line);
}

/**
 * A whole line, not a substring: a handoff's note carries `<refId>.<tree>`, which must not
 * pass for the note of `<refId>`.
 */
function hasLine(text: string, line: string): boolean {
  return text.split(/\r?\n/).some((l) => normalise(l) === line);
}

/** Zendesk's plain-text `body` drops markup and collapses runs of spaces: compare on that footing. */
function normalise(text: string): string {
  return text
    .replace(/<\/?[A-Za-z!][^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function updatedAtOf(body: unknown): string | null {
  const parsed = updateResponse.safeParse(body);
  return parsed.success ? parsed.data.ticket.updated_at : null;
}
