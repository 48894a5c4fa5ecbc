import { toTier2 } from './planWrite';
import { readNote } from './readNote';
import type { Tree, TreeId } from './tree';

/**
 * Whether a comment's text is Tier 1's note sending the ticket to Tier 2: the newest such note's
 * time is when the ticket began to wait for Tier 2, however old the ticket itself is. The outcome
 * is judged as the trees have it, or, for one a newer version dropped, by the kind the note names.
 */
export function escalatesToTier2(text: string, trees: Readonly<Record<TreeId, Tree>>): boolean {
  const read = readNote(text);
  if (!read.ok || read.note.tree === 'tier2') return false;
  const { id, kind } = read.note.outcome;
  const outcomes = trees[read.note.tree].outcomes;
  const known = Object.prototype.hasOwnProperty.call(outcomes, id) ? outcomes[id] : undefined;
  return known ? toTier2(known) : kind === 'escalate_tier2';
}
