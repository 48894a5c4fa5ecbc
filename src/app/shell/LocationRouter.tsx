import { lazy, Suspense } from 'react';
import { useAppContext } from './ClientProvider';
import { TicketSidebar } from '../sidebar/TicketSidebar';

// The Tier 2 queue is loaded only in the nav bar: the ticket sidebar never loads it.
const Queue = lazy(() => import(/* webpackChunkName: "queue" */ '../queue/Queue'));
const ElsewhereNotice = lazy(() => import(/* webpackChunkName: "elsewhere" */ './ElsewhereNotice'));

/** One component per ZAF location: the ticket sidebar, and the Tier 2 queue in the nav bar. */
export function LocationRouter() {
  const { location, locationName } = useAppContext();
  if (location === 'ticket_sidebar') return <TicketSidebar />;
  if (location === 'nav_bar') {
    return (
      <Suspense fallback={null}>
        <Queue />
      </Suspense>
    );
  }
  return (
    <Suspense fallback={null}>
      <ElsewhereNotice where={{ kind: 'location', name: locationName }} />
    </Suspense>
  );
}
