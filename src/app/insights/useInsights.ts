import { useCallback, useEffect, useState } from 'react';
import { TREES } from '../../trees';
import { insightsVisit, type InsightsState, type InsightsVisit } from '../../zendesk/insights';
import { useClient, useSettings } from '../shell/ClientProvider';

/**
 * The Insights figures of one period, as they come in. The visit (one per page) keeps each
 * period it loaded: switching back costs no request; `reload` loads the shown period again.
 */
export function useInsights(days: number): { state: InsightsState | null; reload: () => void } {
  const client = useClient();
  const { settings } = useSettings();
  const [visit] = useState<InsightsVisit>(() =>
    insightsVisit(client, { prefix: settings.tag_prefix, now: Date.now(), trees: TREES, parentAccountKey: settings.parent_account_field }),
  );
  const [state, setState] = useState<InsightsState | null>(null);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => {
    visit.forget(days);
    setGeneration((g) => g + 1);
  }, [visit, days]);

  useEffect(() => {
    let live = true;
    setState(null);
    void visit.load(days, (s) => live && setState(s));
    return () => {
      live = false;
    };
  }, [visit, days, generation]);

  return { state, reload };
}
