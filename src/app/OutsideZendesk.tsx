import { Alert } from '@zendeskgarden/react-notifications';
import type { InitResult } from '../zendesk/client';
import { AppPage } from './AppPage';
import { useT } from './i18n/I18nProvider';

type Reason = Extract<InitResult, { ok: false }>['reason'];

/** Shown when the page is opened on its own: no SDK, or no `origin`/`app_guid` in the URL. */
export function OutsideZendesk({ reason }: { reason: Reason }) {
  const t = useT();
  return (
    <AppPage>
      <Alert type="info" role="status">
        <Alert.Title>{t('outside.title')}</Alert.Title>
        <Alert.Paragraph>{t('outside.body')}</Alert.Paragraph>
        <Alert.Paragraph>{t(reason === 'no-sdk' ? 'outside.reason.noSdk' : 'outside.reason.notInZendesk')}</Alert.Paragraph>
      </Alert>
    </AppPage>
  );
}
