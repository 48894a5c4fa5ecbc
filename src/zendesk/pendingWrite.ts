import * as z from 'zod/mini';
import type { WritePlan } from '../triage/plan';

/**
 * "Never lost": the composed plan of a ticket is kept in the browser from the moment the
 * agent asks to write it until Zendesk confirms it, so a reload, a crash or a failed write
 * leaves the note and tags in the sidebar with "Retry" and "Copy note".
 *
 * Browser storage can be missing or refuse (Safari private mode, blocked third-party
 * storage in the iframe, quota): nothing here throws; `save` says whether it kept it.
 */

/** The part of `Storage` used here, so tests and the harness can hand in their own. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface PendingWrite {
  ticketId: number;
  plan: WritePlan;
  /** ISO time it was first kept. */
  savedAt: string;
}

export type SaveResult = { ok: true } | { ok: false; reason: string };

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
  const storage = opts.storage === undefined ? browserStorage() : opts.storage;
  const now = opts.now ?? (() => new Date());
  const key = (ticketId: number) => `clever-triage:${opts.installationId ?? 'local'}:pending-write:${ticketId}`;

  const load = (ticketId: number): PendingWrite | null => {
    if (!storage) return null;
    let raw: string | null;
    try {
      raw = storage.getItem(key(ticketId));
    } catch {
      return null;
    }
    if (raw === null) return null;
    const parsed = recordSchema.safeParse(safeJson(raw));
    // What another version of the app (or a hand edit) left behind cannot be trusted to write.
    if (!parsed.success || parsed.data.ticketId !== ticketId) return null;
    return { ticketId, plan: parsed.data.plan, savedAt: parsed.data.savedAt };
  };

  return {
    load,
    save(ticketId, plan) {
      if (!storage) return { ok: false, reason: 'this browser keeps no storage for the app' };
      // Keep the first time it was kept: a retry does not make an old plan look new.
      const earlier = load(ticketId);
      const savedAt = earlier && earlier.plan.refId === plan.refId ? earlier.savedAt : now().toISOString();
      try {
        storage.setItem(key(ticketId), JSON.stringify({ version: 1, ticketId, plan, savedAt }));
        return { ok: true };
      } catch (error) {
        return { ok: false, reason: error instanceof Error ? error.message : 'the browser refused to store it' };
      }
    },
    clear(ticketId) {
      try {
        storage?.removeItem(key(ticketId));
      } catch {
        // Nothing to do: a plan that stays behind is shown again and can be cleared by a successful write.
      }
    },
  };
}

function browserStorage(): StorageLike | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    // Reading `localStorage` itself throws when the browser blocks storage for the iframe.
    return null;
  }
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}
