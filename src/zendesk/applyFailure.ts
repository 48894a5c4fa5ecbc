import type { RefusedSetting } from './refusedSetting';

/** What a write's result says; the UI maps the reason to translated text. */
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
  | 'too_large'
  /** The plan has made the most requests a write may (RetryPolicy.maxRequests): no more, whatever Retry says. */
  | 'budget';

export interface Counts {
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
export type FailureCause =
  | { reason: Exclude<ApplyFailureReason, 'rate_limited'> }
  /** `retryAfter`: the seconds Zendesk asked to wait before the next try (Retry-After), null when it did not say. */
  | { reason: 'rate_limited'; retryAfter: number | null };

/** A failure's cause: its reason alone where nothing else goes with it. */
export type Cause = Exclude<ApplyFailureReason, 'rate_limited'> | FailureCause;

export type ApplyFailure = Counts &
  FailureCause & {
    ok: false;
    /** What Zendesk or the app said about it (a 422's description, the status of a lost answer), or null. */
    detail: string | null;
    /** The setting a refusal names, or null. */
    refused: RefusedSetting | null;
    /** Whether "Retry" with the same plan can succeed later. */
    retryable: boolean;
    /** The browser was asked to keep the plan until Zendesk confirms it and could not: a reload of the sidebar loses it. */
    notKept: boolean;
  };

export type ApplyResult = ApplySuccess | ApplyFailure;

const RETRYABLE: Record<ApplyFailureReason, boolean> = {
  closed: false,
  forbidden: false,
  not_found: false,
  unauthorized: true,
  invalid: false,
  rate_limited: true,
  conflict: true,
  server: true,
  network: true,
  too_large: false,
  budget: false,
};

export function applyFailure(cause: Cause, counts: Counts, detail: string | null = null, refused: RefusedSetting | null = null): ApplyFailure {
  const full = typeof cause === 'string' ? { reason: cause } : cause;
  return { ok: false, ...full, detail, refused, retryable: RETRYABLE[full.reason], notKept: false, ...counts };
}
