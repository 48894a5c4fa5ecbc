import { useCallback, useEffect, useState } from 'react';
import { subscribe, type ZafEvent } from '../zendesk/client';
import { readSnapshot, type SnapshotRead } from '../zendesk/readSnapshot';
import { useClient } from './ClientProvider';

export type SnapshotState = { status: 'loading' } | { status: 'ready'; read: SnapshotRead };

/** The changes the sidebar follows live: the ticket's organization and its tags. */
const LIVE_EVENTS: readonly ZafEvent[] = ['ticket.organization.changed', 'ticket.tags.changed'];

/**
 * The ticket as one batched read (which never throws), read again whenever Zendesk says the
 * organization or the tags changed. The last read stays on screen while the next one runs.
 */
export function useSnapshot(): SnapshotState {
  const client = useClient();
  const [state, setState] = useState<SnapshotState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const reread = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    const unsubscribe = LIVE_EVENTS.map((event) => subscribe(client, event, reread));
    return () => unsubscribe.forEach((off) => off());
  }, [client, reread]);

  useEffect(() => {
    let live = true;
    readSnapshot(client).then((read) => live && setState({ status: 'ready', read }));
    return () => {
      live = false;
    };
  }, [client, generation]);

  return state;
}
