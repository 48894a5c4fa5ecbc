import * as z from 'zod/mini';
import { TREE_IDS, type TreeId } from '../../triage/tree';
import type { WrittenNote } from '../../triage/writtenNotes';
import { ticketRecords, type StorageLike } from '../../zendesk/keyedStorage';

/**
 * The agent's session on a ticket (the procedure, the walk, what they typed), kept in the
 * browser so it survives a reload, a visit to another ticket and pin/unpin: the agent's own,
 * never another's on the same browser, for a week after its last change. Cleared after a
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
  /** The notes the session wrote before the agent went Back (absent in sessions kept by older versions). */
  notes?: WrittenNote[];
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
  notes: z.optional(
    z.array(
      z.object({
        refId: z.string(),
        tree: z.enum(TREE_IDS as [TreeId, ...TreeId[]]),
        outcome: z.string(),
        answers: z.record(z.string(), z.string()),
        fields: z.record(z.string(), z.string()),
        remark: z.string(),
      }),
    ),
  ),
});

/**
 * How long a walk is kept after its last change: a week, long enough for a ticket that waits on
 * the customer over a weekend; then what the agent typed leaves the shared browser.
 */
export const SESSION_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

/** The walks of one agent (Zendesk's current user; null keeps none) in one installation. */
export function sessionStore(installationId: number | null, agentId: number | null, storage?: StorageLike | null, now?: () => number): SessionStore {
  const records = ticketRecords({ kind: 'session', installationId, agentId, schema: recordSchema, storage, maxAgeMs: SESSION_MAX_AGE_MS, ...(now && { now }) });
  return {
    load(ticketId) {
      const record = records.load(ticketId);
      if (!record) return null;
      const { tree, walk, collected, remark, notes } = record;
      return { tree, walk, collected, remark, ...(notes && { notes }) };
    },
    save(ticketId, session) {
      // A session that cannot be kept is only not resumed; the walk in front of the agent goes on.
      records.save({ version: 1, ticketId, ...session });
    },
    clear: records.clear,
  };
}
