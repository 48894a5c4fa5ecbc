import { Button } from '@zendeskgarden/react-buttons';
import { Inline } from '@zendeskgarden/react-loaders';
import { Alert, Notification } from '@zendeskgarden/react-notifications';
import { SM } from '@zendeskgarden/react-typography';
import { useEffect, useRef, useState } from 'react';
import type { Settings } from '../../triage/settings';
import type { WritePlan } from '../../triage/writePlan';
import type { ApplyFailure, ApplyFailureReason } from '../../zendesk/applyFailure';
import type { ApplyProgress } from '../../zendesk/writer';
import { useSettings } from '../shell/ClientProvider';
import { useT } from '../shell/i18n/I18nProvider';
import type { MessageKey, Translate } from '../shell/i18n/catalog';
import { Row, Stack } from '../shell/layout';
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

function failureText(t: Translate, failure: ApplyFailure, settings: Settings): string {
  // Zendesk named its wait, longer than the app waits on its own: the agent is told how long.
  if (failure.reason === 'rate_limited' && failure.retryAfter !== null) return t('write.failed.rate_limited.wait', { seconds: failure.retryAfter });
  // A setting's value Zendesk does not know: only an admin can fix it, so the agent is told whom to ask and what.
  const refused = failure.refused;
  if (refused?.setting === 'group') {
    return t(refused.id === settings.tier1_group_id ? 'write.failed.group.tier1' : 'write.failed.group.tier2', { id: refused.id });
  }
  if (refused?.setting === 'outcome_field') return t('write.failed.outcomeField', { id: refused.id });
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
  /** The session already wrote a note for this procedure: this one corrects it, and says what differs. */
  correction?: { ref: string; changes: { key: MessageKey; what?: string }[] } | null;
  onWritten: () => void;
}

/** The write button with its progress, success and failure, and Retry / Copy note on failure. */
export function WriteControls({ ticketId, plan, blocked, correction = null, onWritten }: Props) {
  const t = useT();
  const { settings } = useSettings();
  const { state, write } = useWrite(ticketId, plan, onWritten);
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = async () => plan && setCopied(await copyText(plan.note));
  const progress = useRef<HTMLDivElement>(null);
  const failed = useRef<HTMLDivElement>(null);
  const done = useRef<HTMLDivElement>(null);

  // The write button is disabled, then gone, under the agent's focus: focus follows the write instead
  // of falling to the page. Only after a write starts: the screen's first render leaves focus alone.
  const started = useRef(false);
  useEffect(() => {
    if (state.status === 'running') started.current = true;
    if (!started.current) return;
    const target = state.status === 'running' ? progress : state.status === 'failed' ? failed : state.status === 'done' ? done : null;
    target?.current?.focus();
  }, [state.status]);

  const running = state.status === 'running';
  const disabled = running || ticketId === null || blocked !== null || plan === null;
  return (
    <Stack>
      {blocked !== null && state.status !== 'done' && <SM>{blocked}</SM>}
      {correction && state.status !== 'done' && (
        <SM id="correction-changes">
          {t('write.correction.changes', { ref: correction.ref, changes: correction.changes.map((c) => t(c.key, { what: c.what ?? '' })).join('; ') })}
        </SM>
      )}
      {state.status === 'unconfirmed' && (
        <Alert type="warning">
          <Alert.Title>{t('write.unconfirmed.title')}</Alert.Title>
          <Alert.Paragraph>{t('write.unconfirmed.body')}</Alert.Paragraph>
        </Alert>
      )}
      {state.status === 'failed' && (
        <Alert type="error" role="alert">
          <Alert.Title ref={failed} tabIndex={-1}>
            {t('write.failed.title')}
          </Alert.Title>
          <Alert.Paragraph>{failureText(t, state.failure, settings)}</Alert.Paragraph>
          {/* Zendesk's own words, for the admin, unless the message above already names the setting. */}
          {state.failure.reason === 'invalid' && state.failure.refused === null && state.failure.detail !== null && (
            <Alert.Paragraph lang="en">{state.failure.detail}</Alert.Paragraph>
          )}
        </Alert>
      )}
      {state.status === 'failed' && state.failure.notKept && (
        <Alert type="warning">
          <Alert.Title>{t('write.notKept.title')}</Alert.Title>
          <Alert.Paragraph>{t('write.notKept.body')}</Alert.Paragraph>
        </Alert>
      )}
      {/* One live region from the first render on, so the progress and the success in it are announced. */}
      <div role="status" aria-live="polite">
        {running && (
          <Row ref={progress} tabIndex={-1}>
            <Inline aria-hidden />
            <SM>{progressText(t, state.progress)}</SM>
          </Row>
        )}
        {/* Garden's notification is an alert of its own; here the region around it speaks. */}
        {state.status === 'done' && (
          <Notification type="success" role={undefined} ref={done} tabIndex={-1}>
            <Notification.Title>{t('write.done.title')}</Notification.Title>
            <Notification.Paragraph>{t(state.alreadyWritten ? 'write.done.already' : 'write.done.body')}</Notification.Paragraph>
          </Notification>
        )}
        {copied !== null && <SM>{t(copied ? 'write.copied' : 'write.copyFailed')}</SM>}
      </div>
      {state.status !== 'done' && (
        <Row>
          {state.status === 'failed' || state.status === 'unconfirmed' ? (
            (state.status === 'unconfirmed' || state.failure.retryable) && (
              <Button isPrimary disabled={disabled} onClick={write}>
                {t('write.retry')}
              </Button>
            )
          ) : (
            <Button isPrimary disabled={disabled} onClick={write} aria-describedby={correction ? 'correction-changes' : undefined}>
              {t(correction ? 'write.correction.button' : 'write.button')}
            </Button>
          )}
          {(state.status === 'failed' || state.status === 'unconfirmed') && plan && (
            <Button onClick={copy}>{t('write.copy')}</Button>
          )}
        </Row>
      )}
      {/* The clipboard refused: the note itself, open and selectable, whatever disclosure holds the preview. */}
      {copied === false && plan && <NotePreview id={`copy-${plan.refId}`} note={plan.note} label={t('outcome.preview')} />}
    </Stack>
  );
}
