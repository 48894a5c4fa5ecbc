import * as z from 'zod/mini';

/**
 * One kind of record per ticket and agent in the browser's storage (the walk in progress, a write
 * not yet confirmed), under keys namespaced by the installation and the agent (Zendesk's current
 * user), so two installations never see each other's records, and neither do two agents sharing
 * a browser. Each record expires `maxAgeMs` after it was last saved: an expired one is removed
 * when it is read. With no agent known, nothing is kept.
 *
 * Browser storage can be missing or refuse (Safari private mode, blocked third-party storage in
 * the iframe, quota): nothing here throws. What cannot be read is not there; `save` says whether
 * it kept the record.
 */

/** The part of `Storage` used here, so tests and the harness can hand in their own. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type SaveResult = { ok: true } | { ok: false; reason: string };

export interface TicketRecords<T> {
  /** The ticket's record, or null: none, unreadable, or not what `schema` accepts for this ticket. */
  load(ticketId: number): T | null;
  save(record: T): SaveResult;
  clear(ticketId: number): void;
}

export interface TicketRecordsOptions<T> {
  /** What the key says the record is, e.g. `session`. */
  kind: string;
  installationId: number | string | null;
  /** Zendesk's current user: a record is theirs alone. null (not known) keeps nothing. */
  agentId: number | null;
  /** How long a record is kept after it was last saved. */
  maxAgeMs: number;
  /** Milliseconds since the epoch; tests pin it. */
  now?: () => number;
  /** What a stored record must be: what another version of the app (or a hand edit) left behind is not trusted. */
  schema: z.ZodMiniType<T>;
  /** Defaults to `window.localStorage` when the browser lets us have it. */
  storage?: StorageLike | null;
}

/** What is stored under a key: the record and when it was saved. */
const envelope = z.object({ savedAt: z.number(), record: z.unknown() });

export function ticketRecords<T extends { ticketId: number }>(opts: TicketRecordsOptions<T>): TicketRecords<T> {
  const storage = opts.storage === undefined ? browserStorage() : opts.storage;
  const now = opts.now ?? Date.now;
  const { agentId } = opts;
  const installation = opts.installationId ?? 'local';
  const key = (ticketId: number) => `clever-triage:${installation}:agent-${agentId}:${opts.kind}:${ticketId}`;
  // What versions before the agent's key kept, any agent's: removed whenever its ticket is touched.
  const unkeyed = (ticketId: number) => `clever-triage:${installation}:${opts.kind}:${ticketId}`;
  const remove = (k: string) => {
    try {
      storage?.removeItem(k);
    } catch {
      // Nothing to do: a record left behind is checked again when it is read, and cleared next time.
    }
  };
  return {
    load(ticketId) {
      remove(unkeyed(ticketId));
      if (agentId === null) return null;
      let raw: string | null = null;
      try {
        raw = storage?.getItem(key(ticketId)) ?? null;
      } catch {
        return null;
      }
      if (raw === null) return null;
      const stored = envelope.safeParse(safeJson(raw));
      const age = stored.success ? now() - stored.data.savedAt : NaN;
      // Expired, from a clock set far back, or unreadable: gone.
      if (!(Math.abs(age) <= opts.maxAgeMs)) {
        remove(key(ticketId));
        return null;
      }
      const parsed = opts.schema.safeParse(stored.data?.record);
      return parsed.success && parsed.data.ticketId === ticketId ? parsed.data : null;
    },
    save(record) {
      if (!storage) return { ok: false, reason: 'this browser keeps no storage for the app' };
      if (agentId === null) return { ok: false, reason: 'Zendesk did not say who the agent is, so nothing is kept for them' };
      remove(unkeyed(record.ticketId));
      try {
        storage.setItem(key(record.ticketId), JSON.stringify({ savedAt: now(), record }));
        return { ok: true };
      } catch (error) {
        return { ok: false, reason: error instanceof Error ? error.message : 'the browser refused to store it' };
      }
    },
    clear(ticketId) {
      remove(unkeyed(ticketId));
      remove(key(ticketId));
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
