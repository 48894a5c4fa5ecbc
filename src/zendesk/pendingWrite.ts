import * as z from 'zod/mini';
import type { WritePlan } from '../triage/plan';
import { ticketRecords, type SaveResult, type StorageLike } from './keyedStorage';

/**
 * "Never lost": the composed plan of a ticket is kept in the browser from the moment the
 * agent asks to write it until Zendesk confirms it, so a reload, a crash or a failed write
 * leaves the note and tags in the sidebar with "Retry" and "Copy note".
 *
 * Nothing here throws when browser storage is missing or refuses (keyedStorage); `save` says
 * whether it kept the plan.
 */

export interface PendingWrite {
  ticketId: number;
  plan: WritePlan;
  /** ISO time it was first kept. */
  savedAt: string;
}

export interface PendingWrites {
  load(ticketId: number): PendingWrite | null;
  save(ticketId: number, plan: WritePlan): SaveResult;
  clear(ticketId: number): void;
}

const tag = z.string();
const planSchema = z.object({
  refId: z.string().check(z.minLength(1)),
  note: z.string(),
  tags: z.array(tag),
  removeTags: z.array(tag),
  groupId: z.nullable(z.int()),
  outcomeField: z.nullable(z.object({ id: z.int(), value: z.string() })),
});

const recordSchema = z.object({
  version: z.literal(1),
  ticketId: z.int(),
  plan: planSchema,
  savedAt: z.string(),
});

export interface PendingWritesOptions {
  /** Namespaces the keys: two installations of the app never see each other's plans. */
  installationId: number | string | null;
  /** Defaults to `window.localStorage` when the browser lets us have it. */
  storage?: StorageLike | null;
  now?: () => Date;
}

export function pendingWrites(opts: PendingWritesOptions): PendingWrites {
  // What another version of the app (or a hand edit) left behind fails the schema: it is not trusted to write.
  const records = ticketRecords({ kind: 'pending-write', installationId: opts.installationId, schema: recordSchema, storage: opts.storage });
  const now = opts.now ?? (() => new Date());

  const load = (ticketId: number): PendingWrite | null => {
    const record = records.load(ticketId);
    return record && { ticketId, plan: record.plan, savedAt: record.savedAt };
  };

  return {
    load,
    save(ticketId, plan) {
      // Keep the first time it was kept: a retry does not make an old plan look new.
      const earlier = load(ticketId);
      const savedAt = earlier && earlier.plan.refId === plan.refId ? earlier.savedAt : now().toISOString();
      return records.save({ version: 1, ticketId, plan, savedAt });
    },
    clear: records.clear,
  };
}
