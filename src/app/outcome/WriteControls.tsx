import { Button } from '@zendeskgarden/react-buttons';
import { Inline } from '@zendeskgarden/react-loaders';
import { Alert, Notification } from '@zendeskgarden/react-notifications';
import { SM } from '@zendeskgarden/react-typography';
import { useState } from 'react';
import type { WritePlan } from '../../triage/plan';
import type { ApplyFailure, ApplyFailureReason, ApplyProgress } from '../../zendesk/applyPlan';
import { useT } from '../i18n/I18nProvider';
import type { MessageKey, Translate } from '../i18n/messages';
import { Row, Stack } from '../layout';
import { copyText } from './copyText';
import { NotePreview } from './NotePreview';
import { useWrite } from './useWrite';

const FAILURE: Record<ApplyFailureReason, MessageKey> = {
  closed: 'write.failed.closed',
  forbidden: 'write.failed.forbidden',
  not_found: 'write.failed.not_found',
  unauthorized: 'write.failed.unauthorized',
  invalid: 'write.failed.invalid',
  rate_limited: 'write.failed.rate_limited',
  conflict: 'write.failed.conflict',
  server: 'write.failed.server',
  network: 'write.failed.network',
  too_large: 'write.failed.too_large',
};

function failureText(t: Translate, failure: ApplyFailure): string {
  // Zendesk named its wait, longer than the app waits on its own: the agent is told how long.
  if (failure.reason === 'rate_limited' && failure.retryAfter !== null) return t('write.failed.rate_limited.wait', { seconds: failure.retryAfter });
  return t(FAILURE[failure.reason]);
}

function progressText(t: Translate, progress: ApplyProgress | null): string {
  if (progress === null || progress.kind === 'reading') return t('write.progress.reading');
  switch (progress.kind) {
    case 'writing':
      return progress.attempt > 1 ? t('write.progress.retrying', { attempt: progress.attempt }) : t('write.progress.writing');
    case 'checking':
      return t('write.progress.checking');
    case 'waiting':
      return t(`write.progress.waiting.${progress.cause}`, { seconds: progress.seconds });
  }
}

interface Props {
  ticketId: number | null;
  plan: WritePlan | null;
  /** Why the plan cannot be written (a closed or unsaved ticket, required fields, a note too large), or null. */
  blocked: string | null;
  onWritten: () => void;
}

/** The write button with its progress, success and failure, and Retry / Copy note on failure. */
export function WriteControls({ ticketId, plan, blocked, onWritten }: Props) {
  const t = useT();
  const { state, write } = useWrite(ticketId, plan, onWritten);
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = async () => plan && setCopied(await copyText(plan.note));

  if (state.status === 'done') {
    return (
      <Notification type="success" role="status">
        <Notification.Title>{t('write.done.title')}</Notification.Title>
        <Notification.Paragraph>{t(state.alreadyWritten ? 'write.done.already' : 'write.done.body')}</Notification.Paragraph>
      </Notification>
    );
  }

  const running = state.status === 'running';
  const disabled = running || ticketId === null || blocked !== null || plan === null;
  return (
    <Stack>
      {blocked !== null && <SM>{blocked}</SM>}
      {state.status === 'unconfirmed' && (
        <Alert type="warning">
          <Alert.Title>{t('write.unconfirmed.title')}</Alert.Title>
          <Alert.Paragraph>{t('write.unconfirmed.body')}</Alert.Paragraph>
        </Alert>
      )}
      {state.status === 'failed' && (
        <Alert type="error" role="alert">
          <Alert.Title>{t('write.failed.title')}</Alert.Title>
          <Alert.Paragraph>{failureText(t, state.failure)}</Alert.Paragraph>
          {state.failure.reason === 'invalid' && <Alert.Paragraph lang="en">{state.failure.message}</Alert.Paragraph>}
        </Alert>
      )}
      {state.status === 'failed' && state.failure.notKept && (
        <Alert type="warning">
          <Alert.Title>{t('write.notKept.title')}</Alert.Title>
          <Alert.Paragraph>{t('write.notKept.body')}</Alert.Paragraph>
        </Alert>
      )}
      <div role="status" aria-live="polite">
        {running && (
          <Row>
            <Inline aria-hidden />
            <SM>{progressText(t, state.progress)}</SM>
          </Row>
        )}
        {copied !== null && <SM>{t(copied ? 'write.copied' : 'write.copyFailed')}</SM>}
      </div>
      <Row>
        {state.status === 'failed' || state.status === 'unconfirmed' ? (
          (state.status === 'unconfirmed' || state.failure.retryable) && (
            <Button isPrimary disabled={disabled} onClick={write}>
              {t('write.retry')}
            </Button>
          )
        ) : (
          <Button isPrimary disabled={disabled} onClick={write}>
            {t('write.button')}
          </Button>
        )}
        {(state.status === 'failed' || state.status === 'unconfirmed') && plan && (
          <Button onClick={copy}>{t('write.copy')}</Button>
        )}
      </Row>
      {/* The clipboard refused: the note itself, open and selectable, whatever disclosure holds the preview. */}
      {copied === false && plan && <NotePreview id={`copy-${plan.refId}`} note={plan.note} label={t('outcome.preview')} />}
    </Stack>
  );
}
