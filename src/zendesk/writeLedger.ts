import type { ApplyResult } from './applyFailure';

/**
 * What one sidebar knows of its writes, by `<ticket id>:<reference id>`. The app makes one per
 * sidebar (ClientProvider) and hands it to applyPlan, which alone reads and changes it; it is
 * data only so that the first screen does not load the writer.
 */
export interface WriteLedger {
  /** Concurrent applies of the same plan (a double click) share one run: one write, one result. */
  running: Map<string, Promise<ApplyResult>>;
  /**
   * Plans whose update was sent and never confirmed: a Retry looks for the note before writing
   * even where the browser keeps nothing (pendingWrite refused), so the note is not written twice.
   */
  unconfirmed: Set<string>;
  /** REST requests each plan has made so far, over all its runs (Retry included): held to the policy's `maxRequests`. */
  spent: Map<string, number>;
  /**
   * The ticket's `updated_at` (Zendesk's clock) when a plan was first read before its write: a
   * note it wrote is no older, so the search for it stops at older comments.
   */
  firstRead: Map<string, string>;
}

export const createWriteLedger = (): WriteLedger => ({ running: new Map(), unconfirmed: new Set(), spent: new Map(), firstRead: new Map() });
