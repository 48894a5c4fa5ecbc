import { useCallback, useEffect, useState } from 'react';
import { isTier1Note, packetGaps, readNote, type PacketGaps, type ReadNote } from '../../triage/readNote';
import { TREES } from '../../trees';
import { newestPrivateNote } from '../../zendesk/comments';
import { useClient } from '../ClientProvider';

export type Tier1Note =
  | { status: 'loading' }
  /** No private note of the app's: the ticket was escalated by hand. */
  | { status: 'none' }
  | { status: 'failed'; message: string }
  /** The app's marker, but not its layout. */
  | { status: 'unreadable'; message: string }
  | { status: 'read'; note: ReadNote; gaps: PacketGaps };

/**
 * Tier 1's newest note on the ticket (every page of comments), read back, once `enabled` (the
 * Tier 2 view is shown). Never throws: each way it can go wrong is a state the view explains,
 * and `retry` reads again.
 */
export function useTier1Note(ticketId: number | null, enabled: boolean): { state: Tier1Note; retry: () => void } {
  const client = useClient();
  const [state, setState] = useState<Tier1Note>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const retry = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    if (!enabled) return;
    if (ticketId === null) {
      setState({ status: 'none' });
      return;
    }
    let live = true;
    setState({ status: 'loading' });
    newestPrivateNote(client, ticketId, isTier1Note).then((found) => {
      if (!live) return;
      if (found.kind !== 'found') {
        setState(found.kind === 'none' ? { status: 'none' } : { status: 'failed', message: found.message });
        return;
      }
      const read = readNote(found.text);
      setState(read.ok ? { status: 'read', note: read.note, gaps: packetGaps(read.note, TREES) } : { status: 'unreadable', message: read.message });
    });
    return () => {
      live = false;
    };
  }, [client, ticketId, enabled, generation]);

  return { state, retry };
}
