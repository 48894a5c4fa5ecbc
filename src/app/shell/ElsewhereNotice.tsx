import { Alert } from '@zendeskgarden/react-notifications';
import type { InitResult } from '../../zendesk/client';
import { AppPage } from './AppPage';
import { AutoResize } from './AutoResize';
import { LaterStrings, useT } from './i18n/I18nProvider';
import LATER_ENGLISH from '../messages/en.later.json';

/** Where the app does not run: a page opened outside Zendesk (no SDK, or no `origin`/`app_guid`), or a location it does not serve. */
export type Elsewhere = { kind: 'outside'; reason: Extract<InitResult, { ok: false }>['reason'] } | { kind: 'location'; name: string };

/** Loaded only when shown, with its English: a sidebar or the queue in Zendesk never shows it. */
export default function ElsewhereNotice({ where }: { where: Elsewhere }) {
  return (
    <LaterStrings english={LATER_ENGLISH}>
      {where.kind === 'outside' ? (
        <AppPage>
          <Outside reason={where.reason} />
        </AppPage>
      ) : (
        // In Zendesk, the frame takes the notice's height.
        <AutoResize>
          <AppPage>
            <Unsupported name={where.name} />
          </AppPage>
        </AutoResize>
      )}
    </LaterStrings>
  );
}

function Outside({ reason }: { reason: Extract<Elsewhere, { kind: 'outside' }>['reason'] }) {
  const t = useT();
  return (
    <Alert type="info" role="status">
      <Alert.Title>{t('outside.title')}</Alert.Title>
      <Alert.Paragraph>{t('outside.body')}</Alert.Paragraph>
      <Alert.Paragraph>{t(reason === 'no-sdk' ? 'outside.reason.noSdk' : 'outside.reason.notInZendesk')}</Alert.Paragraph>
    </Alert>
  );
}

function Unsupported({ name }: { name: string }) {
  const t = useT();
  return (
    <Alert type="warning">
      <Alert.Title>{t('location.unsupported.title')}</Alert.Title>
      <Alert.Paragraph>{t('location.unsupported.body', { location: name || '?' })}</Alert.Paragraph>
    </Alert>
  );
}
