import { lazy, Suspense, type ComponentProps } from 'react';

/**
 * The Tier 2 view as the sidebar uses it: its own chunk, loaded only for a Tier 2 agent or an
 * escalated ticket. Both parts show the note `useTier1Note` reads once (in the first chunk, so
 * the read starts with the sidebar).
 */
export type { Tier1Note } from './useTier1Note';

const LazyReadBack = lazy(() => import(/* webpackChunkName: "tier2" */ './ReadBack'));
const LazyOutcomeTools = lazy(() => import(/* webpackChunkName: "tier2" */ './OutcomeTools'));
const LazyJiraIssue = lazy(() => import(/* webpackChunkName: "tier2" */ './JiraIssue'));
const LazyReturned = lazy(() => import(/* webpackChunkName: "tier2" */ './Returned'));

export function Tier2ReadBack(props: ComponentProps<typeof LazyReadBack>) {
  return (
    <Suspense fallback={null}>
      <LazyReadBack {...props} />
    </Suspense>
  );
}

export function Tier2OutcomeTools(props: ComponentProps<typeof LazyOutcomeTools>) {
  return (
    <Suspense fallback={null}>
      <LazyOutcomeTools {...props} />
    </Suspense>
  );
}

export function Tier2JiraIssue(props: ComponentProps<typeof LazyJiraIssue>) {
  return (
    <Suspense fallback={null}>
      <LazyJiraIssue {...props} />
    </Suspense>
  );
}

export function Tier2Returned(props: ComponentProps<typeof LazyReturned>) {
  return (
    <Suspense fallback={null}>
      <LazyReturned {...props} />
    </Suspense>
  );
}
