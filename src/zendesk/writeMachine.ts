import type { WritePlan } from '../triage/writePlan';
import type { Cause } from './applyFailure';
import { hasPlannedTags } from './mergeTags';
import type { RefusedSetting } from './refusedSetting';
import { refusedSetting } from './refusedSetting';
import { classifyFailure, zendeskErrorText, type RestFailure } from './rest';
import { backoffMs, retryAfterSeconds, type RetryPolicy } from './retry';

/**
 * The writer's steps as a pure state machine; `writer.ts` only does the I/O each state names.
 *
 *   reading ──read──▶ checking (after an unclear failure) | writing | done (note found, tags in place) | failed (closed)
 *   checking ─searched─▶ reading (found: only the tags may be left) | writing | failed (closed)
 *   writing ─written─▶ done
 *   any step ─refused─▶ waiting (429, 5xx, no answer) | reading (409) | failed (final, or retries used up)
 *   waiting ─waited─▶ the step to take again: the same one, or checking after an unclear write
 *
 * "Exactly once" rests on the reference line: once a write's fate is unclear, every later
 * write is preceded by a search for the note.
 */

export interface TicketState {
  updatedAt: string;
  status: string;
  tags: string[];
}

export interface Memory {
  /** A write may have landed unseen: search for the note before writing again. */
  unclear: boolean;
  /** The note is written: only the plan's tags may be left to put back. */
  noteFound: boolean;
  retries: { conflict: number; rateLimit: number; transient: number };
}

type Step =
  | { kind: 'reading'; memory: Memory }
  | { kind: 'checking'; memory: Memory; ticket: TicketState }
  | { kind: 'writing'; memory: Memory; ticket: TicketState };

export type WriteState =
  | Step
  | { kind: 'waiting'; ms: number; cause: 'rate_limited' | 'server' | 'network'; then: Step }
  | { kind: 'done'; updatedAt: string | null; alreadyWritten: boolean }
  | { kind: 'failed'; cause: Cause; detail: string | null; refused: RefusedSetting | null };

export type WriteEvent =
  | { kind: 'read'; ticket: TicketState }
  | { kind: 'searched'; found: boolean }
  | { kind: 'written'; updatedAt: string | null }
  /** A REST call failed; `at` is the time it did, in ms since the epoch (for Retry-After as a date). */
  | { kind: 'refused'; failure: RestFailure; at: number }
  /** Zendesk answered in a shape the app cannot read. */
  | { kind: 'unreadable'; detail: string }
  | { kind: 'waited' };

export interface Rules {
  plan: WritePlan;
  policy: RetryPolicy;
}

export function start(maybeSent: boolean): WriteState {
  return { kind: 'reading', memory: { unclear: maybeSent, noteFound: false, retries: { conflict: 0, rateLimit: 0, transient: 0 } } };
}

const failed = (cause: Cause, detail: string | null = null, refused: RefusedSetting | null = null): WriteState => ({
  kind: 'failed',
  cause,
  detail,
  refused,
});

export function next(state: WriteState, event: WriteEvent, rules: Rules): WriteState {
  if (state.kind === 'waiting') return event.kind === 'waited' ? state.then : state;
  if (state.kind === 'done' || state.kind === 'failed') return state;
  if (event.kind === 'refused') return recover(state, event.failure, event.at, rules);
  if (event.kind === 'unreadable') return failed('server', event.detail);
  const { memory } = state;
  switch (state.kind) {
    case 'reading': {
      if (event.kind !== 'read') return state;
      const { ticket } = event;
      if (memory.noteFound) {
        // A closed ticket takes no change; the note, the part that matters, is written.
        const settled = hasPlannedTags(ticket.tags, rules.plan) || ticket.status === 'closed';
        return settled ? { kind: 'done', updatedAt: ticket.updatedAt, alreadyWritten: true } : { kind: 'writing', memory, ticket };
      }
      if (memory.unclear) return { kind: 'checking', memory, ticket };
      return ticket.status === 'closed' ? failed('closed') : { kind: 'writing', memory, ticket };
    }
    case 'checking':
      if (event.kind !== 'searched') return state;
      // The note is there: read again to make sure the plan's tags are too (someone may have removed them since).
      if (event.found) return { kind: 'reading', memory: { ...memory, noteFound: true } };
      return state.ticket.status === 'closed' ? failed('closed') : { kind: 'writing', memory, ticket: state.ticket };
    case 'writing':
      return event.kind === 'written' ? { kind: 'done', updatedAt: event.updatedAt, alreadyWritten: memory.noteFound } : state;
  }
}

/** Waits as the failure asks, or gives up. */
function recover(step: Step, failure: RestFailure, at: number, { plan, policy }: Rules): WriteState {
  const cause = classifyFailure(failure);
  const retries = { ...step.memory.retries };
  const memory = { ...step.memory, retries };
  // A tags-only update is idempotent: after any failure it just reads again and tries again.
  const tagsOnly = step.kind === 'writing' && memory.noteFound;
  const again: Step = tagsOnly ? { kind: 'reading', memory } : { ...step, memory };
  switch (cause.class) {
    case 'final':
      return failed(cause.reason, zendeskErrorText(failure), refusedSetting(failure, plan));
    case 'conflict':
      if (++retries.conflict > policy.maxConflictRetries) return failed('conflict');
      return step.kind === 'writing' ? { kind: 'reading', memory } : again;
    case 'rate_limited': {
      const asked = retryAfterSeconds(cause.retryAfter, at);
      const limited = { reason: 'rate_limited', retryAfter: asked } as const;
      if (++retries.rateLimit > policy.maxRateLimitRetries) return failed(limited);
      const seconds = asked ?? backoffMs(retries.rateLimit, policy) / 1000;
      if (seconds > policy.maxRetryAfterSeconds) return failed(limited, `Zendesk asks to wait ${seconds} s`);
      return { kind: 'waiting', ms: seconds * 1000, cause: 'rate_limited', then: again };
    }
    case 'ambiguous': {
      if (++retries.transient > policy.maxTransientRetries) {
        return failed(cause.reason, failure.kind === 'network' ? failure.detail : `HTTP ${failure.status}`);
      }
      // The note's write may have landed: look for it before writing again.
      const then: Step = step.kind === 'writing' && !tagsOnly ? { kind: 'checking', memory: { ...memory, unclear: true }, ticket: step.ticket } : again;
      return { kind: 'waiting', ms: backoffMs(retries.transient, policy), cause: cause.reason, then };
    }
  }
}
