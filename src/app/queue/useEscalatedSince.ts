import { useEffect, useState } from 'react';
import { escalatesToTier2 } from '../../triage/escalationNote';
import { TREES } from '../../trees';
import { newestPrivateNote } from '../../zendesk/comments';
import type { FoundTicket } from '../../zendesk/search';
import { useClient } from '../shell/ClientProvider';

/** One comments read a row costs requests: the oldest rows, the ones waiting longest, come first and at most these. */
export const MAX_WAIT_READS = 50;

/** When each ticket began to wait for Tier 2: `undefined` while read, `null` when no app note says (escalated by hand). */
export type EscalatedSince = ReadonlyMap<number, string | null>;

/**
 * The time of each ticket's newest escalation note (Tier 1's app note sending it to Tier 2): a
 * ticket's age says when the customer first wrote, this says how long Tier 2 has kept it waiting.
 * Search gives neither the note nor its time, so each ticket's comments are read, one ticket at a
 * time, after the list is on screen.
 */
export function useEscalatedSince(tickets: readonly FoundTicket[]): EscalatedSince {
  const client = useClient();
  const [since, setSince] = useState<EscalatedSince>(new Map());
  useEffect(() => {
    let live = true;
    setSince(new Map());
    void (async () => {
      for (const ticket of tickets.slice(0, MAX_WAIT_READS)) {
        const found = await newestPrivateNote(client, ticket.id, (text) => escalatesToTier2(text, TREES));
        if (!live) return;
        const at = found.kind === 'found' ? found.comment.createdAt : null;
        setSince((current) => new Map(current).set(ticket.id, at));
      }
    })();
    return () => {
      live = false;
    };
  }, [client, tickets]);
  return since;
}
