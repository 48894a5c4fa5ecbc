import { isTier1Note, packetGaps, readNote } from '../../triage/readNote';
import { TREES } from '../../trees';
import { newestPrivateNote } from '../../zendesk/comments';
import type { ZafClient } from '../../zendesk/zaf';
import type { Tier1Note } from './useTier1Note';

/**
 * Tier 1's newest note on the ticket (every page of comments), read back against the trees. In
 * the Tier 2 chunk with the views that show it: the note's parser and the trees are not needed
 * before a Tier 2 view is. Never throws.
 */
export async function readTier1Note(client: ZafClient, ticketId: number): Promise<Tier1Note> {
  const found = await newestPrivateNote(client, ticketId, isTier1Note);
  if (found.kind !== 'found') return found.kind === 'none' ? { status: 'none' } : { status: 'failed', message: found.message };
  const read = readNote(found.text);
  return read.ok ? { status: 'read', note: read.note, gaps: packetGaps(read.note, TREES) } : { status: 'unreadable', message: read.message };
}
