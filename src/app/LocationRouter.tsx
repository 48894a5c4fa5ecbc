import { Alert } from '@zendeskgarden/react-notifications';
import { lazy, Suspense } from 'react';
import { AppPage } from './AppPage';
import { AutoResize } from './AutoResize';
import { useAppContext } from './ClientProvider';
import { useT } from './i18n/I18nProvider';
import { TicketSidebar } from './TicketSidebar';

// The Tier 2 queue is its own chunk: the ticket sidebar never loads it.
const Queue = lazy(() => import(/* webpackChunkName: "queue" */ './queue/Queue'));

/** One component per ZAF location: the ticket sidebar, and the Tier 2 queue in the nav bar. */
export function LocationRouter() {
  const { location, locationName } = useAppContext();
  const t = useT();
  if (location === 'ticket_sidebar') return <TicketSidebar />;
  if (location === 'nav_bar') {
    return (
      <Suspense fallback={null}>
        <Queue />
      </Suspense>
    );
  }
  return (
    <AutoResize>
      <AppPage>
        <Alert type="warning">
          <Alert.Title>{t('location.unsupported.title')}</Alert.Title>
          <Alert.Paragraph>{t('location.unsupported.body', { location: locationName || '?' })}</Alert.Paragraph>
        </Alert>
      </AppPage>
    </AutoResize>
  );
}
