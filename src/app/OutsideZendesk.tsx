import { Alert } from '@zendeskgarden/react-notifications';
import type { InitResult } from '../zendesk/client';
import { AppPage } from './AppPage';
import { LaterStrings, useT } from './i18n/I18nProvider';
import LATER_ENGLISH from './translations/en.later.json';

type Reason = Extract<InitResult, { ok: false }>['reason'];

/**
 * Shown when the page is opened on its own: no SDK, or no `origin`/`app_guid` in the URL. Its own
 * chunk, with its English, since a sidebar in Zendesk never shows it.
 */
export default function OutsideZendesk({ reason }: { reason: Reason }) {
  return (
    <LaterStrings english={LATER_ENGLISH}>
      <Outside reason={reason} />
    </LaterStrings>
  );
}

function Outside({ reason }: { reason: Reason }) {
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
