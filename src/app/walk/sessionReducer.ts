import * as engine from '../../triage/engine';
import { restore, serialize } from '../../triage/savedWalk';
import type { WalkState } from '../../triage/engine';
import type { Classification } from '../../triage/snapshot';
import type { Outcome, Tree, TreeId } from '../../triage/tree';
import type { WrittenNote } from '../../triage/writtenNotes';
import type { Message } from '../shell/i18n/catalog';
import type { SavedSession } from './sessionStore';

/**
 * The agent's session on one ticket, as a pure reducer: the walk (engine state), what the
 * agent typed for the outcome, and the notices the sidebar shows about it.
 */

export type Notice =
  | { kind: 'resumed'; tree: TreeId }
  /** A saved session the engine refused (another tree version, a damaged record): said, never dropped silently. */
  | { kind: 'resumeRefused'; tree: TreeId; reason: string }
  | { kind: 'dataChanged'; changes: Message[] };

export interface Session {
  walk: WalkState | null;
  collected: Record<string, string>;
  remark: string;
  notices: Notice[];
  /** Counts the agent's moves in the walk, so the screen knows when to move focus (never on load). */
  moves: number;
  /** Written to the ticket: the session is no longer kept. */
  written: boolean;
  /** The notes this session wrote, oldest first: reaching one again does not offer it again. */
  notes: WrittenNote[];
}

export type Action =
  | { type: 'start'; tree: Tree; classification: Classification }
  | { type: 'answer'; tree: Tree; node: string; answer: string }
  | { type: 'back'; tree: Tree }
  | { type: 'restart'; tree: Tree }
  | { type: 'handoff'; trees: Readonly<Record<TreeId, Tree>>; outcome: Outcome }
  | { type: 'leave' }
  | { type: 'collect'; field: string; value: string }
  | { type: 'remark'; value: string }
  | { type: 'reclassify'; trees: Readonly<Record<TreeId, Tree>>; classification: Classification; changes: Message[] }
  | { type: 'written'; note: WrittenNote }
  | { type: 'dismiss'; notice: Notice['kind'] };

export const EMPTY_SESSION: Session = { walk: null, collected: {}, remark: '', notices: [], moves: 0, written: false, notes: [] };

/**
 * The walk after the agent changed what a written note holds: another note, under an id of its own
 * (the written one's id would find that note and write nothing).
 */
function editedAfterWrite(session: Session): Pick<Session, 'walk' | 'written'> {
  return session.written && session.walk ? { walk: engine.renewRefId(session.walk), written: false } : session;
}

const same = (a: Classification, b: Classification) => JSON.stringify(a) === JSON.stringify(b);

/** How many answers the app gave differ between two walks (changed, added or gone). */
function autoAnswersChanged(before: WalkState, after: WalkState): number {
  const auto = (w: WalkState) => new Map(w.steps.filter((s) => s.source === 'auto').map((s) => [s.node, s.answer]));
  const a = auto(before);
  const b = auto(after);
  const nodes = new Set([...a.keys(), ...b.keys()]);
  return [...nodes].filter((n) => a.get(n) !== b.get(n)).length;
}

/** How many of the agent's answers were on the path before and are no longer on it. */
function agentAnswersDropped(before: WalkState, after: WalkState): number {
  const reached = new Set(after.steps.map((s) => s.node));
  return before.steps.filter((s) => s.source === 'agent' && !reached.has(s.node)).length;
}

function withNotice(notices: Notice[], notice: Notice): Notice[] {
  return [...notices.filter((n) => n.kind !== notice.kind), notice];
}

/** The session to start with: the saved one when the engine accepts it, else a fresh one that says why. */
export function resume(saved: SavedSession | null, trees: Readonly<Record<TreeId, Tree>>, classification: Classification): Session {
  if (!saved) return EMPTY_SESSION;
  const tree = trees[saved.tree];
  const restored = restore(tree, saved.walk);
  if (!restored.ok) return { ...EMPTY_SESSION, notices: [{ kind: 'resumeRefused', tree: saved.tree, reason: restored.reason }] };
  const session: Session = {
    ...EMPTY_SESSION,
    walk: restored.state,
    collected: saved.collected,
    remark: saved.remark,
    notes: saved.notes ?? [],
    notices: [{ kind: 'resumed', tree: saved.tree }],
  };
  // The organization may have changed while the agent was away.
  if (same(restored.state.classification, classification)) return session;
  return reduce(session, { type: 'reclassify', trees, classification, changes: [{ key: 'live.sinceSaved' }] });
}

/**
 * An agent's move in the walk. The reference id names one note, and a write from an outcome may
 * land even when it failed unclearly: a move that leaves an outcome (`tree` given) for another
 * path starts another note, under an id of its own, so that neither is ever taken for the other
 * (a retry looks for its note by its id). A handoff (`tree` null) names its note itself.
 */
function move(session: Session, tree: Tree | null, walk: WalkState): Session {
  const before = session.walk;
  const leftOutcome =
    tree !== null && before !== null && engine.view(tree, before).outcome !== null && JSON.stringify(before.steps) !== JSON.stringify(walk.steps);
  return {
    ...session,
    walk: leftOutcome ? engine.renewRefId(walk) : walk,
    written: session.written && !leftOutcome,
    moves: session.moves + 1,
    notices: session.notices.filter((n) => n.kind !== 'resumed'),
  };
}

/** A click that arrives after the walk moved on (a double click) is ignored, not a crash. */
export function reduceSafely(session: Session, action: Action): Session {
  try {
    return reduce(session, action);
  } catch (error) {
    if (error instanceof engine.EngineError) return session;
    throw error;
  }
}

export function reduce(session: Session, action: Action): Session {
  switch (action.type) {
    case 'start':
      return {
        ...EMPTY_SESSION,
        walk: engine.start(action.tree, action.classification),
        notes: session.notes,
        moves: session.moves + 1,
        notices: session.notices.filter((n) => n.kind === 'dataChanged'),
      };
    case 'answer':
      if (!session.walk) return session;
      return move(session, action.tree, engine.answer(action.tree, session.walk, action.node, action.answer));
    case 'back':
      return session.walk ? move(session, action.tree, engine.back(action.tree, session.walk)) : session;
    case 'restart':
      return session.walk ? { ...move(session, action.tree, engine.restart(action.tree, session.walk)), collected: {}, remark: '' } : session;
    case 'handoff':
      if (!session.walk) return session;
      // The handoff's walk has a reference id of its own already (`<refId>.<tree>`).
      return { ...move({ ...session, written: false }, null, engine.handoff(action.trees, session.walk, action.outcome)), collected: {}, remark: '' };
    case 'leave':
      return { ...EMPTY_SESSION, notes: session.notes, moves: session.moves + 1 };
    case 'collect':
      return { ...session, ...editedAfterWrite(session), collected: { ...session.collected, [action.field]: action.value } };
    case 'remark':
      return { ...session, ...editedAfterWrite(session), remark: action.value };
    case 'reclassify': {
      const { walk } = session;
      if (!walk || same(walk.classification, action.classification)) {
        return action.changes.length > 0
          ? { ...session, notices: withNotice(session.notices, { kind: 'dataChanged', changes: action.changes }) }
          : session;
      }
      const next = engine.reclassify(action.trees[walk.tree], walk, action.classification);
      const changed = autoAnswersChanged(walk, next);
      const dropped = agentAnswersDropped(walk, next);
      const changes: Message[] = [...action.changes];
      if (changed > 0) changes.push({ key: changed === 1 ? 'live.autoChanged.one' : 'live.autoChanged.other', vars: { count: changed } });
      // Said only when true: an answer the new path no longer reaches does not hold, though it is kept in case the path comes back.
      changes.push(dropped > 0 ? { key: dropped === 1 ? 'live.agentDropped.one' : 'live.agentDropped.other', vars: { count: dropped } } : { key: 'live.answersKept' });
      return { ...session, walk: next, notices: withNotice(session.notices, { kind: 'dataChanged', changes }) };
    }
    case 'written':
      return { ...session, written: true, notes: [...session.notes.filter((n) => n.refId !== action.note.refId), action.note] };
    case 'dismiss':
      return { ...session, notices: session.notices.filter((n) => n.kind !== action.notice) };
  }
}

/** What to keep for the ticket, or null when nothing should be kept. */
export function toSaved(session: Session): SavedSession | null {
  if (!session.walk || session.written) return null;
  return { tree: session.walk.tree, walk: serialize(session.walk), collected: session.collected, remark: session.remark, notes: session.notes };
}
