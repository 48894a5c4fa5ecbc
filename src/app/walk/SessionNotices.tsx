import { Alert, Notification } from '@zendeskgarden/react-notifications';
import { useT } from '../shell/i18n/I18nProvider';
import { say } from '../shell/i18n/strings';
import { PROCEDURE_TITLES } from '../../trees/titles';
import type { Notice } from './sessionReducer';

/** What the sidebar has to say about the session: resumed, not resumable, or the ticket changed. */
export function SessionNotices({ notices, onDismiss }: { notices: Notice[]; onDismiss: (kind: Notice['kind']) => void }) {
  const t = useT();
  return (
    <>
      {notices.map((notice) => {
        const close = <Alert.Close aria-label={t('dismiss')} onClick={() => onDismiss(notice.kind)} />;
        switch (notice.kind) {
          case 'resumed':
            return (
              <Notification key={notice.kind} type="info">
                <Notification.Title>{t('notice.resumed.title')}</Notification.Title>
                <Notification.Paragraph>{t('notice.resumed.body', { title: PROCEDURE_TITLES[notice.tree] })}</Notification.Paragraph>
                <Notification.Close aria-label={t('dismiss')} onClick={() => onDismiss(notice.kind)} />
              </Notification>
            );
          case 'resumeRefused':
            return (
              <Alert key={notice.kind} type="warning" role="alert">
                <Alert.Title>{t('notice.refused.title')}</Alert.Title>
                <Alert.Paragraph>{t('notice.refused.body', { title: PROCEDURE_TITLES[notice.tree] })}</Alert.Paragraph>
                <Alert.Paragraph lang="en">{notice.reason}</Alert.Paragraph>
                {close}
              </Alert>
            );
          case 'dataChanged':
            return (
              <Alert key={notice.kind} type="info" role="status">
                <Alert.Title>{t('notice.changed.title')}</Alert.Title>
                {notice.changes.map((change, i) => (
                  <Alert.Paragraph key={i}>{say(t, change)}</Alert.Paragraph>
                ))}
                {close}
              </Alert>
            );
        }
      })}
    </>
  );
}
