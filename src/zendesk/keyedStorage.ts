import type * as z from 'zod/mini';

/**
 * One kind of record per ticket in the browser's storage (the walk in progress, a write not yet
 * confirmed), under keys namespaced by the installation, so two installations of the app never
 * see each other's records.
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
  /** What a stored record must be: what another version of the app (or a hand edit) left behind is not trusted. */
  schema: z.ZodMiniType<T>;
  /** Defaults to `window.localStorage` when the browser lets us have it. */
  storage?: StorageLike | null;
}

export function ticketRecords<T extends { ticketId: number }>(opts: TicketRecordsOptions<T>): TicketRecords<T> {
  const storage = opts.storage === undefined ? browserStorage() : opts.storage;
  const key = (ticketId: number) => `clever-triage:${opts.installationId ?? 'local'}:${opts.kind}:${ticketId}`;
  return {
    load(ticketId) {
      let raw: string | null = null;
      try {
        raw = storage?.getItem(key(ticketId)) ?? null;
      } catch {
        return null;
      }
      if (raw === null) return null;
      const parsed = opts.schema.safeParse(safeJson(raw));
      return parsed.success && parsed.data.ticketId === ticketId ? parsed.data : null;
    },
    save(record) {
      if (!storage) return { ok: false, reason: 'this browser keeps no storage for the app' };
      try {
        storage.setItem(key(record.ticketId), JSON.stringify(record));
        return { ok: true };
      } catch (error) {
        return { ok: false, reason: error instanceof Error ? error.message : 'the browser refused to store it' };
      }
    },
    clear(ticketId) {
      try {
        storage?.removeItem(key(ticketId));
      } catch {
        // Nothing to do: a record left behind is checked again when it is read, and cleared next time.
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
