import * as z from 'zod/mini';
import type { WritePlan } from '../triage/writePlan';
import { ticketRecords, type SaveResult, type StorageLike } from './keyedStorage';

/**
 * "Never lost": the composed plans of a ticket are kept in the browser from the moment the
 * agent asks to write each until Zendesk confirms it, so a reload, a crash or a failed write
 * leaves the notes and tags in the sidebar with "Retry" and "Copy note". A ticket can hold
 * several, one per reference id: a new walk's note never pushes out one still unconfirmed.
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
  /** The ticket's unconfirmed plans, in the order they were first kept. */
  load(ticketId: number): PendingWrite[];
  /** Adds the plan, or replaces the one kept under the same reference id. */
  save(ticketId: number, plan: WritePlan): SaveResult;
  /** Forgets the plan kept under this reference id (Zendesk confirmed it). */
  clear(ticketId: number, refId: string): void;
}

const tag = z.string();
const planSchema = z.object({
  refId: z.string().check(z.minLength(1)),
  note: z.string(),
  tags: z.array(tag),
  removeTags: z.array(tag),
  groupId: z.nullable(z.int()),
  // A plan kept by a version before this field leaves the assignee, as that version did.
  assignee: z.catch(z.nullable(z.object({ id: z.nullable(z.int()) })), null),
  outcomeField: z.nullable(z.object({ id: z.int(), value: z.string() })),
  problemId: z.optional(z.int()),
});

const keptSchema = z.object({ plan: planSchema, savedAt: z.string() });

const recordSchema = z.object({
  version: z.literal(2),
  ticketId: z.int(),
  writes: z.array(keptSchema),
});

type KeptRecord = z.infer<typeof recordSchema>;

/**
 * How long an unconfirmed plan is kept: a working day and then some. Older, it is not offered
 * again (the ticket has most likely moved on), and the note's text leaves the shared browser.
 */
export const PENDING_WRITE_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export interface PendingWritesOptions {
  /** Namespaces the keys: two installations of the app never see each other's plans. */
  installationId: number | string | null;
  /** Zendesk's current user: their plans alone are kept and offered (null keeps none). */
  agentId: number | null;
  /** Defaults to `window.localStorage` when the browser lets us have it. */
  storage?: StorageLike | null;
  now?: () => Date;
}

export function pendingWrites(opts: PendingWritesOptions): PendingWrites {
  // What another version of the app (or a hand edit) left behind fails the schema: it is not trusted to write.
  const now = opts.now ?? (() => new Date());
  const records = ticketRecords({
    kind: 'pending-write',
    installationId: opts.installationId,
    agentId: opts.agentId,
    schema: recordSchema,
    storage: opts.storage,
    maxAgeMs: PENDING_WRITE_MAX_AGE_MS,
    now: () => now().getTime(),
  });
  // Each plan expires on its own, from the time it was first kept: a retry does not make it young again.
  const fresh = (savedAt: string) => now().getTime() - Date.parse(savedAt) <= PENDING_WRITE_MAX_AGE_MS;
  const kept = (ticketId: number) => (records.load(ticketId)?.writes ?? []).filter((w) => fresh(w.savedAt));

  const keep = (ticketId: number, writes: KeptRecord['writes']): SaveResult => {
    if (writes.length > 0) return records.save({ version: 2, ticketId, writes });
    records.clear(ticketId);
    return { ok: true };
  };

  return {
    load: (ticketId) => kept(ticketId).map(({ plan, savedAt }) => ({ ticketId, plan, savedAt })),
    save(ticketId, plan) {
      const writes = kept(ticketId);
      const earlier = writes.find((w) => w.plan.refId === plan.refId);
      // Keep the first time it was kept: a retry does not make an old plan look new.
      const entry = { plan, savedAt: earlier?.savedAt ?? now().toISOString() };
      return keep(ticketId, earlier ? writes.map((w) => (w === earlier ? entry : w)) : [...writes, entry]);
    },
    clear: (ticketId, refId) => void keep(ticketId, kept(ticketId).filter((w) => w.plan.refId !== refId)),
  };
}
