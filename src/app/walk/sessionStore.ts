import * as z from 'zod/mini';
import { TREE_IDS, type TreeId } from '../../triage/tree';
import type { StorageLike } from '../../zendesk/pendingWrite';

/**
 * The agent's session on a ticket (the procedure, the walk, what they typed), kept in the
 * browser so it survives a reload, a visit to another ticket and pin/unpin. Cleared after a
 * successful write. The walk itself is the engine's `serialize()` text: only the engine
 * decides whether it can be restored (another tree version is refused, with a reason).
 *
 * Storage may be missing or refuse (blocked third-party storage in the iframe, quota):
 * nothing here throws; without storage the app simply does not resume.
 */

export interface SavedSession {
  tree: TreeId;
  /** `serialize(state)` of the engine. */
  walk: string;
  collected: Record<string, string>;
  remark: string;
}

export interface SessionStore {
  load(ticketId: number): SavedSession | null;
  save(ticketId: number, session: SavedSession): void;
  clear(ticketId: number): void;
}

const recordSchema = z.object({
  version: z.literal(1),
  ticketId: z.int(),
  tree: z.enum(TREE_IDS as [TreeId, ...TreeId[]]),
  walk: z.string(),
  collected: z.record(z.string(), z.string()),
  remark: z.string(),
});

export function sessionStore(installationId: number | null, storage: StorageLike | null = browserStorage()): SessionStore {
  const key = (ticketId: number) => `clever-triage:${installationId ?? 'local'}:session:${ticketId}`;
  return {
    load(ticketId) {
      let raw: string | null = null;
      try {
        raw = storage?.getItem(key(ticketId)) ?? null;
      } catch {
        return null;
      }
      if (raw === null) return null;
      const parsed = recordSchema.safeParse(safeJson(raw));
      if (!parsed.success || parsed.data.ticketId !== ticketId) return null;
      const { tree, walk, collected, remark } = parsed.data;
      return { tree, walk, collected, remark };
    },
    save(ticketId, session) {
      try {
        storage?.setItem(key(ticketId), JSON.stringify({ version: 1, ticketId, ...session }));
      } catch {
        // A session that cannot be kept is only not resumed; the walk in front of the agent goes on.
      }
    },
    clear(ticketId) {
      try {
        storage?.removeItem(key(ticketId));
      } catch {
        // As above: nothing to do.
      }
    },
  };
}

function browserStorage(): StorageLike | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    // Reading `localStorage` throws when the browser blocks storage for the iframe.
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
