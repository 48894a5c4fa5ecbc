import { lazy, Suspense } from 'react';
import { useAppContext } from './ClientProvider';
import { TicketSidebar } from '../sidebar/TicketSidebar';

// The nav bar's pages (the Tier 2 queue, Insights, the admins' setup check) are loaded only there: the ticket sidebar never loads them.
const NavBar = lazy(() => import(/* webpackChunkName: "navbar" */ '../navbar/NavBar'));
const ElsewhereNotice = lazy(() => import(/* webpackChunkName: "elsewhere" */ './ElsewhereNotice'));

/** One component per ZAF location: the ticket sidebar, and the nav bar's pages. */
export function LocationRouter() {
  const { location, locationName } = useAppContext();
  if (location === 'ticket_sidebar') return <TicketSidebar />;
  if (location === 'nav_bar') {
    return (
      <Suspense fallback={null}>
        <NavBar />
      </Suspense>
    );
  }
  return (
    <Suspense fallback={null}>
      <ElsewhereNotice where={{ kind: 'location', name: locationName }} />
    </Suspense>
  );
}
