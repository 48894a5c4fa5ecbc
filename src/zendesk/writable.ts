import type { TicketSnapshot } from '../triage/snapshot';
import type { SnapshotProblem } from './readSnapshot';

/**
 * Whether a ticket can take the app's note at all, known from the snapshot before the agent
 * starts: the sidebar says so up front instead of letting a walk end in a write that is sure
 * to fail. The writer checks the status again over REST just before it writes.
 */

/** The sidebar says each in the agent's language (write.blocked.*); only a read problem brings words of its own. */
export type WriteBlock =
  | { reason: 'closed' }
  | { reason: 'new_ticket' }
  /** `message`: why the id could not be read, as the read problem says it. */
  | { reason: 'unreadable_id'; message: string };

/** The read problems that leave the ticket's id unknown: its own path, or the whole read. */
const ID_PATHS = new Set(['ticket.id', 'ticket']);

export function writeBlocker(snapshot: Pick<TicketSnapshot, 'ticketId' | 'status'>, problems: readonly SnapshotProblem[]): WriteBlock | null {
  if (snapshot.ticketId === null) {
    // No id is a new ticket only when Zendesk gave none; an id it gave and the app could not read is a read problem.
    const unread = problems.find((p) => ID_PATHS.has(p.path));
    return unread ? { reason: 'unreadable_id', message: unread.message } : { reason: 'new_ticket' };
  }
  if (snapshot.status === 'closed') return { reason: 'closed' };
  return null;
}
