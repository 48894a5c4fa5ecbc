import { useCallback, useEffect, useState } from 'react';
import { readSnapshot, type SnapshotRead } from '../zendesk/readSnapshot';
import { useClient } from './ClientProvider';

export type SnapshotState = { status: 'loading' } | { status: 'ready'; read: SnapshotRead };

/** The ticket as one batched read (which never throws); `reload()` reads it again. */
export function useSnapshot(): { state: SnapshotState; reload: () => void } {
  const client = useClient();
  const [state, setState] = useState<SnapshotState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let live = true;
    readSnapshot(client).then((read) => live && setState({ status: 'ready', read }));
    return () => {
      live = false;
    };
  }, [client, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { state, reload };
}
