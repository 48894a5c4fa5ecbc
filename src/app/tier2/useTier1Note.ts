import { useCallback, useEffect, useState } from 'react';
import type { PacketGaps, ReadNote } from '../../triage/readNote';
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
    // The reading (and the note's parser with it) is in the Tier 2 chunk, fetched with the first read.
    import(/* webpackChunkName: "tier2" */ './readTier1Note')
      .then(({ readTier1Note }) => readTier1Note(client, ticketId))
      .then(
        (read) => live && setState(read),
        () => live && setState({ status: 'failed', message: 'The Tier 2 view could not be loaded: the connection may have dropped.' }),
      );
    return () => {
      live = false;
    };
  }, [client, ticketId, enabled, generation]);

  return { state, retry };
}
