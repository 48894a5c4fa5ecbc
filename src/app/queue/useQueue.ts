import { useCallback, useEffect, useState } from 'react';
import { openTaggedQuery, searchTickets, withCurrentState, type SearchResult } from '../../zendesk/search';
import type { ZafClient } from '../../zendesk/zaf';
import { useClient } from '../shell/ClientProvider';

export type QueueState = { status: 'loading' } | { status: 'done'; result: SearchResult; at: number };

/** What search found, each ticket as it is now (search lags: see withCurrentState). */
async function search(client: ZafClient, tag: string): Promise<SearchResult> {
  const found = await searchTickets(client, openTaggedQuery(tag));
  if (!found.ok) return found;
  const current = await withCurrentState(client, found.tickets);
  return { ...found, tickets: current.tickets, problems: current.problem ? [...found.problems, current.problem] : found.problems };
}

/** The open tickets carrying `tag`, every page; `refresh` searches again. Never throws. */
export function useQueue(tag: string): { state: QueueState; refresh: () => void } {
  const client = useClient();
  const [state, setState] = useState<QueueState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const refresh = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    const at = Date.now();
    search(client, tag).then((result) => live && setState({ status: 'done', result, at }));
    return () => {
      live = false;
    };
  }, [client, tag, generation]);

  return { state, refresh };
}
