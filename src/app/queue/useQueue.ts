import { useCallback, useEffect, useState } from 'react';
import { openTaggedQuery, searchTickets, type SearchResult } from '../../zendesk/search';
import { useClient } from '../ClientProvider';

export type QueueState = { status: 'loading' } | { status: 'done'; result: SearchResult; at: number };

/** The open tickets carrying `tag`, every page; `refresh` searches again. Never throws. */
export function useQueue(tag: string): { state: QueueState; refresh: () => void } {
  const client = useClient();
  const [state, setState] = useState<QueueState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const refresh = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    searchTickets(client, openTaggedQuery(tag)).then((result) => live && setState({ status: 'done', result, at: Date.now() }));
    return () => {
      live = false;
    };
  }, [client, tag, generation]);

  return { state, refresh };
}
