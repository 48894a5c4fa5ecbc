import { lazy, Suspense } from 'react';
import { useAppContext } from './ClientProvider';
import { TicketSidebar } from '../sidebar/TicketSidebar';

// The nav bar's pages (the Tier 2 queue, Insights) are loaded only in the nav bar: the ticket sidebar never loads them.
const NavBarPages = lazy(() => import(/* webpackChunkName: "queue" */ '../navBar/NavBarPages'));
const ElsewhereNotice = lazy(() => import(/* webpackChunkName: "elsewhere" */ './ElsewhereNotice'));

/** One component per ZAF location: the ticket sidebar, and the Tier 2 pages in the nav bar. */
export function LocationRouter() {
  const { location, locationName } = useAppContext();
  if (location === 'ticket_sidebar') return <TicketSidebar />;
  if (location === 'nav_bar') {
    return (
      <Suspense fallback={null}>
        <NavBarPages />
      </Suspense>
    );
  }
  return (
    <Suspense fallback={null}>
      <ElsewhereNotice where={{ kind: 'location', name: locationName }} />
    </Suspense>
  );
}
