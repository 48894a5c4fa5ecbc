import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { TicketSnapshot } from '../../triage/snapshot';
import { TREES } from '../../trees';
import { keptStorage, type KeptStorage } from '../../zendesk/keptStorage';
import { pendingWrites, type PendingWrite } from '../../zendesk/pendingWrite';
import { useMetadata } from '../shell/ClientProvider';
import type { WalkScreenProps } from '../sidebar/walkScreenProps';
import type { Tier1Note } from '../tier2/useTier1Note';
import type { ProcedureLanguages } from './useProcedureLanguages';
import { describeChanges, type Seen } from './liveChanges';
import { createOwnTagWrites, type OwnTagWrites } from './ownTagWrites';
import { reduceSafely, resume, toSaved, type Action, type Session } from './sessionReducer';
import { sessionStore } from './sessionStore';

export type TicketSessionInput = Pick<WalkScreenProps, 'snapshot' | 'ticketId' | 'classification' | 'request' | 'firstSeen' | 'onShown'>;

export interface TicketSession {
  session: Session;
  dispatch: (action: Action) => void;
  /** Notes kept from before a reload whose walk is not the one on screen: offered again. */
  orphans: PendingWrite[];
  /** The tags this sidebar's writes sent, so the next read does not report them as news. */
  ownWrites: OwnTagWrites;
  /** Where the walk is kept: `memory` when the browser refuses storage, and a reload loses it. */
  storage: KeptStorage['kept'];
}

/**
 * The agent's session on one ticket, all of it: the walk (resumed from the browser, kept there
 * on every change; a ticket without an id yet is not kept), the live comparison of each new read
 * with the one before, the writes kept from before a reload, and the tags of this sidebar's own
 * writes. Its state lives and dies with the walk's screen.
 */
export function useTicketSession({ snapshot, ticketId, classification, request, firstSeen, onShown }: TicketSessionInput): TicketSession {
  const { installationId } = useMetadata();
  // Kept per agent: on a shared browser, one agent's walk, remark and unsent notes are never another's.
  const agentId = snapshot.currentUser?.id ?? null;
  // A browser that refuses the frame its storage still keeps the walk, in memory, for the screen's life.
  const [keptIn] = useState(keptStorage);
  const store = useMemo(() => sessionStore(installationId, agentId, keptIn.storage), [installationId, agentId, keptIn]);
  // The first frame already shows the resumed walk, or the procedure chosen while this screen loaded.
  const [session, setSession] = useState<Session>(() => {
    const resumed = resume(ticketId === null ? null : store.load(ticketId), TREES, classification);
    return request === null ? resumed : reduceSafely(resumed, { type: 'start', tree: TREES[request.tree], classification });
  });
  const [ownWrites] = useState(createOwnTagWrites);
  const dispatch = useCallback((action: Action) => setSession((current) => reduceSafely(current, action)), []);

  // A procedure chosen on the first screen starts a walk, once per choice.
  const started = useRef(request?.n ?? 0);
  useLayoutEffect(() => {
    if (request === null || request.n === started.current) return;
    started.current = request.n;
    dispatch({ type: 'start', tree: TREES[request.tree], classification });
  }, [request, classification, dispatch]);

  // The first screen around this one folds the organization and follows the walk's district; before it is painted.
  const walkClassification = session.walk?.classification ?? null;
  useLayoutEffect(() => onShown({ classification: walkClassification, moves: session.moves }), [onShown, walkClassification, session.moves]);

  useEffect(() => {
    if (ticketId === null) return;
    const toKeep = toSaved(session);
    if (toKeep) store.save(ticketId, toKeep);
    // A refused session stays stored until the agent starts another: it was announced, not dropped.
    else if (!session.notices.some((n) => n.kind === 'resumeRefused')) store.clear(ticketId);
  }, [store, ticketId, session]);

  // Live data: each new read is compared with the one before; what changed is said and the walk follows it.
  const seen = useRef<Seen>(firstSeen);
  useEffect(() => {
    const before = seen.current;
    seen.current = { snapshot, classification };
    if (before.snapshot === snapshot) return;
    // The sidebar's own write is not news: its tags are expected on the ticket.
    const changes = describeChanges(ownWrites.discount(before, snapshot), { snapshot, classification });
    if (changes.length > 0) dispatch({ type: 'reclassify', trees: TREES, classification, changes });
  }, [snapshot, classification, dispatch, ownWrites]);

  // Read once, before any walk on this screen can start a write of its own.
  const [kept] = useState(() => (ticketId === null ? [] : pendingWrites({ installationId, agentId }).load(ticketId)));
  const orphans = kept.filter((k) => k.plan.refId !== session.walk?.refId);

  return { session, dispatch, orphans, ownWrites, storage: keptIn.kept };
}

/** What every part of the walk's screen reads: the session, and the ticket it is about. */
export interface WalkContextValue extends TicketSession {
  snapshot: TicketSnapshot;
  ticketId: number | null;
  /** Why this ticket cannot take a note (closed, not saved yet, its id unreadable), or null. */
  blocked: string | null;
  /** Tier 1's note read back, when the walk is Tier 2's. */
  tier1Note: Tier1Note | null;
  /** The procedures in the agent's, the requester's and the notes' languages. */
  languages: ProcedureLanguages;
  /** The problem ticket the note's write links this ticket to as an incident (a hot spot's choice), or null. */
  problemId: number | null;
}

export const WalkContext = createContext<WalkContextValue | null>(null);

/** The ticket's session, inside the walk's screen. */
export function useWalkContext(): WalkContextValue {
  const value = useContext(WalkContext);
  if (!value) throw new Error('useWalkContext() is used outside the walk screen');
  return value;
}
