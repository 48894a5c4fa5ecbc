import { isAppNote, isTier1Note, packetGaps, readNote } from '../../triage/readNote';
import { TREES } from '../../trees';
import { newestPrivateNote } from '../../zendesk/comments';
import type { ZafClient } from '../../zendesk/zaf';
import type { ReturnNote, Tier1Note } from './useTier1Note';

/**
 * The notes Tier 2's views read back against the trees (every page of comments): loaded
 * with the views that show them, as the note's parser and the trees are not needed before. Never throw.
 */

/** Roles whose private comments can be Tier 1's note: anyone else (an end user, say) can write one that looks like it. */
const STAFF = ['agent', 'admin'];

/**
 * Tier 1's newest note, written by an agent or admin (the authors sideloaded, no extra request).
 * Whether the author is in the Tier 1 group is read from their default group, the one group
 * Zendesk sideloads with a user: `unknown` without the setting or that group.
 */
export async function readTier1Note(client: ZafClient, ticketId: number, tier1GroupId: number | null): Promise<Tier1Note> {
  const found = await newestPrivateNote(client, ticketId, (text, c) => c.authorRole !== null && STAFF.includes(c.authorRole) && isTier1Note(text), true);
  if (found.kind !== 'found') return found.kind === 'none' ? { status: 'none' } : { status: 'failed', message: found.message };
  const read = readNote(found.text);
  if (!read.ok) return { status: 'unreadable', message: read.message };
  const { author, createdAt, authorGroupId } = found.comment;
  const group = tier1GroupId === null || authorGroupId === null ? 'unknown' : authorGroupId === tier1GroupId ? 'in' : 'out';
  return { status: 'read', note: read.note, gaps: packetGaps(read.note, TREES), by: { name: author, at: createdAt, group }, trusted: group !== 'out' };
}

/** A Tier 2 outcome that sends the ticket back to Tier 1 (its tag `tier2_returned`). */
const RETURNS = Object.values(TREES.tier2.outcomes).filter((o) => o.escalationTags.includes('tier2_returned'));

/** Tier 2's newest note that returned the ticket, with its author (sideloaded: no extra request) and date. */
export async function readReturnNote(client: ZafClient, ticketId: number): Promise<ReturnNote> {
  const isReturn = (text: string): boolean => {
    const read = isAppNote(text) ? readNote(text) : null;
    return read?.ok === true && read.note.tree === 'tier2' && RETURNS.some((o) => o.id === read.note.outcome.id);
  };
  const found = await newestPrivateNote(client, ticketId, isReturn, true);
  if (found.kind !== 'found') return found.kind === 'none' ? { status: 'none' } : { status: 'failed', message: found.message };
  const read = readNote(found.text);
  if (!read.ok) return { status: 'none' };
  // What to fix is the return's free-text field (`corrections`), the one multiline field it collects.
  const fields = RETURNS.find((o) => o.id === read.note.outcome.id)?.collect.filter((f) => f.kind === 'multiline') ?? [];
  const fix = read.note.packet.fields.find((f) => fields.some((c) => c.id === f.id))?.value ?? null;
  return { status: 'read', by: found.comment.author, at: found.comment.createdAt, fix, remark: read.note.remark };
}
