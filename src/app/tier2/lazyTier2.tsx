import { lazy, Suspense, type ComponentProps } from 'react';

/**
 * The Tier 2 views as the walk's screen uses them: loaded only for a Tier 2 agent or an
 * escalated ticket. They show the note `useTier1Note` reads once, started with the walk's screen.
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
