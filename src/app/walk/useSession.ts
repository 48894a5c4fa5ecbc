import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Classification } from '../../triage/snapshot';
import type { TreeId } from '../../triage/tree';
import type { Action, Session } from './session';
import type { Walker } from './useWalker';

export interface SessionHandle {
  /** null until the walk's code is here: only the engine can tell whether a saved walk still fits its tree. */
  session: Session | null;
  /** The procedure the agent chose is waiting for the walk's code. */
  waiting: boolean;
  dispatch: (action: Action) => void;
  /** Starts a procedure; chosen before the walk's code is here, it starts as soon as that arrives. */
  choose: (tree: TreeId) => void;
}

/**
 * The session of one ticket, resumed from the browser when there is one and kept there on
 * every change. A ticket without an id yet (a new ticket) is not kept. The session's code (its
 * store and reducer, the engine that restores a saved walk) is in the walk's chunk: `walker`,
 * null while it loads, which is while the first screen offers the procedures.
 */
export function useSession(
  ticketId: number | null,
  installationId: number | null,
  classification: Classification,
  walker: Walker | null,
): SessionHandle {
  const store = useMemo(() => walker?.sessionStore(installationId) ?? null, [walker, installationId]);
  const [chosen, setChosen] = useState<TreeId | null>(null);
  const [session, setSession] = useState<Session | null>(null);

  // Set during render (React renders again at once, before committing), so the first frame
  // with the chunk already shows the resumed walk, or the procedure chosen while it loaded.
  if (walker && store && session === null) {
    const resumed = walker.resume(ticketId === null ? null : store.load(ticketId), walker.TREES, classification);
    setSession(chosen === null ? resumed : walker.reduceSafely(resumed, { type: 'start', tree: walker.TREES[chosen], classification }));
  }

  const dispatch = useCallback(
    (action: Action) => setSession((current) => (current && walker ? walker.reduceSafely(current, action) : current)),
    [walker],
  );

  const choose = useCallback(
    (tree: TreeId) => (walker ? dispatch({ type: 'start', tree: walker.TREES[tree], classification }) : setChosen(tree)),
    [walker, dispatch, classification],
  );

  useEffect(() => {
    if (ticketId === null || session === null || !walker || !store) return;
    const toKeep = walker.toSaved(session);
    if (toKeep) store.save(ticketId, toKeep);
    // A refused session stays stored until the agent starts another: it was announced, not dropped.
    else if (!session.notices.some((n) => n.kind === 'resumeRefused')) store.clear(ticketId);
  }, [store, ticketId, session, walker]);

  return { session, waiting: session === null && chosen !== null, dispatch, choose };
}
