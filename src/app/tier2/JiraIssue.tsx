import { Anchor, Button } from '@zendeskgarden/react-buttons';
import { Inline } from '@zendeskgarden/react-loaders';
import { Alert } from '@zendeskgarden/react-notifications';
import { SM } from '@zendeskgarden/react-typography';
import { useState } from 'react';
import { JIRA_ISSUE_KEY } from '../../triage/packet';
import type { ReadNote } from '../../triage/readNote';
import type { Outcome } from '../../triage/tree';
import { jiraConfig, type JiraConfig } from '../../zendesk/jiraConfig';
import { useClient, useSettings } from '../shell/ClientProvider';
import { useT } from '../shell/i18n/I18nProvider';
import { Row, Stack } from '../shell/layout';
import { problemsOf } from '../outcome/collect';
import { jiraIssueText } from './jiraText';
import type { Tier1Note } from './useTier1Note';

interface OutcomeProps {
  tier1: Tier1Note;
  ticketId: number | null;
  outcome: Outcome;
  collected: Readonly<Record<string, string>>;
  onCreated: (field: string, key: string) => void;
}

/**
 * The Tier 2 outcome screen's "Create Jira issue", beside its write: at a Tech Dev escalation of a
 * saved ticket, when the Jira settings are filled in; nothing otherwise.
 */
export default function TechDevJiraIssue({ tier1, ticketId, outcome, collected, onCreated }: OutcomeProps) {
  const { settings } = useSettings();
  const config = outcome.kind === 'escalate_techdev' ? jiraConfig(settings) : null;
  if (!config || ticketId === null) return null;
  // A note Tier 2 cannot rely on never reaches Jira.
  const note = tier1.status === 'read' && tier1.trusted ? tier1.note : null;
  return <JiraIssue config={config} ticketId={ticketId} outcome={outcome} collected={collected} tier1={note} onCreated={onCreated} />;
}

type Creating = { status: 'idle' } | { status: 'running' } | { status: 'failed'; message: string };

interface Props {
  config: JiraConfig;
  ticketId: number;
  outcome: Outcome;
  collected: Readonly<Record<string, string>>;
  tier1: ReadNote | null;
  onCreated: (field: string, key: string) => void;
}

/**
 * "Create Jira issue" for a Tech Dev escalation. The key it gets back is kept with the
 * collected values (JIRA_ISSUE_KEY), so the note names it and a reload does not offer the
 * button again. A failure is said and the note can still be written.
 */
export function JiraIssue({ config, ticketId, outcome, collected, tier1, onCreated }: Props) {
  const t = useT();
  const client = useClient();
  const [creating, setCreating] = useState<Creating>({ status: 'idle' });
  const key = (collected[JIRA_ISSUE_KEY] ?? '').trim();

  if (key !== '') {
    return (
      <Stack role="status">
        <SM>{t('tier2.jira.created', { key })}</SM>
        <Anchor href={`${config.baseUrl}/browse/${encodeURIComponent(key)}`} target="_blank" rel="noopener noreferrer" isExternal externalIconLabel={t('link.newTab')}>
          {t('tier2.jira.open', { key })}
        </Anchor>
      </Stack>
    );
  }

  const blocked = problemsOf(outcome.collect, { ...collected }).length > 0;
  const create = async () => {
    setCreating({ status: 'running' });
    // Jira's client is loaded only when an agent creates an issue.
    const { createJiraIssue } = await import(/* webpackChunkName: "jira" */ '../../zendesk/jira');
    const result = await createJiraIssue(client, config, jiraIssueText({ ticketId, outcome, collected, tier1 }));
    if (result.ok) {
      setCreating({ status: 'idle' });
      onCreated(JIRA_ISSUE_KEY, result.key);
    } else {
      setCreating({ status: 'failed', message: result.message });
    }
  };

  return (
    <Stack>
      {creating.status === 'failed' && (
        <Alert type="error" role="alert">
          <Alert.Paragraph>{t('tier2.jira.failed')}</Alert.Paragraph>
          <Alert.Paragraph lang="en">{creating.message}</Alert.Paragraph>
        </Alert>
      )}
      {blocked && <SM>{t('tier2.jira.blocked')}</SM>}
      <Row>
        <Button disabled={blocked || creating.status === 'running'} onClick={create}>
          {t('tier2.jira.create')}
        </Button>
        <span role="status">
          {creating.status === 'running' && (
            <>
              <Inline aria-hidden /> <SM tag="span">{t('tier2.jira.creating')}</SM>
            </>
          )}
        </span>
      </Row>
    </Stack>
  );
}
