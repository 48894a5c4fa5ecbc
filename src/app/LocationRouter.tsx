import { Alert } from '@zendeskgarden/react-notifications';
import { AutoResize } from './AutoResize';
import { useAppContext } from './ClientProvider';
import { useT } from './i18n/I18nProvider';
import { Page } from './layout';
import { TicketSidebar } from './TicketSidebar';

/** One component per ZAF location; the manifest declares only the ticket sidebar. */
export function LocationRouter() {
  const { location, locationName } = useAppContext();
  const t = useT();
  if (location === 'ticket_sidebar') return <TicketSidebar />;
  return (
    <AutoResize>
      <Page>
        <Alert type="warning">
          <Alert.Title>{t('location.unsupported.title')}</Alert.Title>
          <Alert.Paragraph>{t('location.unsupported.body', { location: locationName || '?' })}</Alert.Paragraph>
        </Alert>
      </Page>
    </AutoResize>
  );
}
