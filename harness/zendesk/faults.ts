/**
 * Faults the fake Zendesk can be told to inject, and the log of requests it answered.
 * Both live on the model so the msw handlers, the stand-in server and the host page's
 * controls all see the same queue and the same log.
 */

export type Fault =
  /** Rate limited: 429 with `Retry-After` (seconds). Nothing is applied. */
  | { kind: '429'; retryAfter: number }
  /** Server error. Nothing is applied. `status` defaults to 500 (502, 503 also make sense). */
  | { kind: '500'; status?: number }
  /** Any other error status with Zendesk's error body (401, 403, 404...). Nothing is applied. */
  | { kind: 'http'; status: number }
  /** The connection drops. With `afterApply` the server applied the write first: the client cannot tell. */
  | { kind: 'drop'; afterApply: boolean }
  /**
   * Another agent saves the ticket just before this write reaches Zendesk (adding `addTags`),
   * so a `safe_update` with the stamp the app read gets a real 409.
   */
  | { kind: 'concurrent-edit'; addTags: string[] };

export type FaultKind = Fault['kind'];

/** Which requests a queued fault waits for. */
export type FaultTarget = 'any' | 'writes';

export interface QueuedFault {
  fault: Fault;
  remaining: number;
  target: FaultTarget;
}

export interface FaultOptions {
  /** Default `any`, except `concurrent-edit`, which only makes sense on a ticket write. */
  target?: FaultTarget;
}

/** Faults are taken in the order they were queued: `next(1, 429); next(1, 500)` answers 429 then 500. */
export class FaultQueue {
  private queue: QueuedFault[] = [];

  next(n: number, fault: Fault, options: FaultOptions = {}): void {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`faults.next: n must be a positive integer, got ${n}`);
    const target = fault.kind === 'concurrent-edit' ? 'writes' : (options.target ?? 'any');
    this.queue.push({ fault, remaining: n, target });
  }

  /** Takes the fault for one request, if one is waiting for it. */
  take(isWrite: boolean): Fault | null {
    const entry = this.queue.find((q) => q.target === 'any' || isWrite);
    if (!entry) return null;
    entry.remaining -= 1;
    if (entry.remaining === 0) this.queue.splice(this.queue.indexOf(entry), 1);
    return entry.fault;
  }

  pending(): QueuedFault[] {
    return this.queue.map((q) => ({ ...q }));
  }

  clear(): void {
    this.queue = [];
  }
}

export interface LoggedRequest {
  seq: number;
  at: string;
  method: string;
  /** Path and query, without the origin. */
  url: string;
  /** The parsed JSON body, the raw text when it is not JSON, or null. */
  body: unknown;
  /** The status answered, or `dropped` when the connection was cut. */
  status: number | 'dropped';
  /** The injected fault, if one answered or shaped this request. */
  fault: FaultKind | null;
  /** The acting user (who Zendesk thinks made the call). */
  actorId: number;
}

export class RequestLog {
  private entries: LoggedRequest[] = [];
  private seq = 0;

  add(entry: Omit<LoggedRequest, 'seq' | 'at'>): LoggedRequest {
    const full = { ...entry, seq: ++this.seq, at: new Date().toISOString() };
    this.entries.push(full);
    return full;
  }

  all(): LoggedRequest[] {
    return [...this.entries];
  }

  /** Requests matching a method and a path pattern, e.g. `log.find('PUT', /\/tickets\/101\.json/)`. */
  find(method: string, path: RegExp): LoggedRequest[] {
    return this.entries.filter((e) => e.method === method && path.test(e.url));
  }

  clear(): void {
    this.entries = [];
  }
}
