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

/** What the first version kept: one plan a ticket. Read as a list of one, so an update loses nothing. */
const versionOne = z.pipe(
  z.object({ version: z.literal(1), ticketId: z.int(), plan: planSchema, savedAt: z.string() }),
  z.transform(({ ticketId, plan, savedAt }): KeptRecord => ({ version: 2, ticketId, writes: [{ plan, savedAt }] })),
);

export interface PendingWritesOptions {
  /** Namespaces the keys: two installations of the app never see each other's plans. */
  installationId: number | string | null;
  /** Defaults to `window.localStorage` when the browser lets us have it. */
  storage?: StorageLike | null;
  now?: () => Date;
}

export function pendingWrites(opts: PendingWritesOptions): PendingWrites {
  // What another version of the app (or a hand edit) left behind fails the schema: it is not trusted to write.
  const records = ticketRecords({
    kind: 'pending-write',
    installationId: opts.installationId,
    schema: z.union([recordSchema, versionOne]),
    storage: opts.storage,
  });
  const now = opts.now ?? (() => new Date());
  const kept = (ticketId: number) => records.load(ticketId)?.writes ?? [];

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
