/**
 * How long and how often a write waits and tries again. Every budget is bounded: an agent
 * is watching the sidebar, and the plan is kept (pendingWrite.ts) if we give up.
 */

export interface RetryPolicy {
  /** Re-reads after a 409 (someone else saved the ticket in between). */
  maxConflictRetries: number;
  /** Waits after a 429. */
  maxRateLimitRetries: number;
  /** A Retry-After longer than this is not waited out: the agent is told to try later. */
  maxRetryAfterSeconds: number;
  /** Retries after a 5xx, a timeout or a dropped connection. */
  maxTransientRetries: number;
  /** First backoff; doubled on each retry up to `backoffMaxMs`. */
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** How long one request may take before it counts as lost. */
  requestTimeoutMs: number;
  /**
   * REST requests one plan may make in all, over every run and Retry in one sidebar: apps get
   * about 100 requests a minute per agent, and a write that keeps failing must not spend them.
   */
  maxRequests: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxConflictRetries: 3,
  maxRateLimitRetries: 3,
  maxRetryAfterSeconds: 60,
  maxTransientRetries: 3,
  backoffBaseMs: 1000,
  backoffMaxMs: 8000,
  requestTimeoutMs: 30_000,
  maxRequests: 10,
};

/**
 * The wait before transient retry number `retry` (1-based). No jitter: the writer is one
 * agent's click on one ticket, not a fleet of clients that could retry in lockstep.
 */
export function backoffMs(retry: number, policy: RetryPolicy): number {
  return Math.min(policy.backoffMaxMs, policy.backoffBaseMs * 2 ** Math.max(0, retry - 1));
}

/**
 * Seconds to wait from a Retry-After header: delta-seconds or an HTTP date (RFC 9110).
 * null when absent or unreadable.
 */
export function retryAfterSeconds(header: string | null, nowMs: number): number | null {
  if (header === null) return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value);
  const date = Date.parse(value);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - nowMs) / 1000));
}

export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits `ms` in steps of at most a second, calling `tick` with the whole seconds still to
 * wait before each step, so the sidebar can count down ("waiting 12 s").
 */
export async function countDown(ms: number, sleep: Sleep, tick: (secondsLeft: number) => void): Promise<void> {
  let left = ms;
  while (left > 0) {
    tick(Math.ceil(left / 1000));
    const step = Math.min(1000, left);
    await sleep(step);
    left -= step;
  }
}
