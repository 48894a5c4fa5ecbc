import { useEffect, useMemo, useReducer } from 'react';
import type { Classification } from '../../triage/snapshot';
import { TREES } from '../../trees';
import { reduceSafely, resume, toSaved, type Action, type Session } from './session';
import { sessionStore } from './sessionStore';

/**
 * The session of one ticket, resumed from the browser when there is one and kept there on
 * every change. A ticket without an id yet (a new ticket) is not kept.
 */
export function useSession(
  ticketId: number | null,
  installationId: number | null,
  classification: Classification,
): [Session, (action: Action) => void] {
  const store = useMemo(() => sessionStore(installationId), [installationId]);
  const [session, dispatch] = useReducer(reduceSafely, null, () =>
    resume(ticketId === null ? null : store.load(ticketId), TREES, classification),
  );

  useEffect(() => {
    if (ticketId === null) return;
    const saved = toSaved(session);
    if (saved) store.save(ticketId, saved);
    // A refused session stays stored until the agent starts another: it was announced, not dropped.
    else if (!session.notices.some((n) => n.kind === 'resumeRefused')) store.clear(ticketId);
  }, [store, ticketId, session]);

  return [session, dispatch];
}
