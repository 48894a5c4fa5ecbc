import type { Classification, TicketSnapshot } from '../../triage/snapshot';
import type { TreeId } from '../../triage/tree';
import type { ProcedureChoice } from './suggestProcedure';

/** A procedure the agent chose on the first screen; `n` tells one choice from the next of the same tree. */
export interface ChooseRequest {
  tree: TreeId;
  n: number;
}

/** What the first screen shows of the walk: its classification (the district it started with) and the agent's moves. */
export interface WalkShown {
  /** null when no walk is on screen. */
  classification: Classification | null;
  /** The agent's moves so far: the procedures take the focus when the agent left a walk for them. */
  moves: number;
}

/** What the walk's screen is given by the first screen around it. */
export interface WalkScreenProps {
  snapshot: TicketSnapshot;
  ticketId: number | null;
  classification: Classification;
  choice: ProcedureChoice;
  /** Why this ticket cannot take a note (closed, not saved yet, its id unreadable), or null. */
  blocked: string | null;
  /** The last procedure chosen on the first screen, or null: the walk's screen starts it. */
  request: ChooseRequest | null;
  /** The read the first screen showed, which the walk's screen compares the next reads with. */
  firstSeen: { snapshot: TicketSnapshot; classification: Classification };
  onShown: (shown: WalkShown) => void;
}
