import { Button } from '@zendeskgarden/react-buttons';
import { Dots } from '@zendeskgarden/react-loaders';
import { Alert } from '@zendeskgarden/react-notifications';
import { MD, SM } from '@zendeskgarden/react-typography';
import { useState } from 'react';
import styled from 'styled-components';
import type { ReadNote, PacketGaps } from '../../triage/readNote';
import { TREES } from '../../trees';
import { useT } from '../shell/i18n/I18nProvider';
import { Stack, Steps } from '../shell/layout';
import { DisclosureButton } from '../shell/DisclosureButton';
import type { Tier1Note } from './useTier1Note';
import { when } from './Returned';
import { Written } from './Written';

/** Each label above its value: packet labels are sentences, too long for a column beside the value. */
const Facts = styled.dl`
  margin: 0;
  font-size: ${(p) => p.theme.fontSizes.sm};
  line-height: ${(p) => p.theme.lineHeights.sm};
  & dt {
    font-weight: ${(p) => p.theme.fontWeights.semibold};
  }
  & dd {
    margin: 0 0 ${(p) => p.theme.space.xs} 0;
    white-space: pre-wrap;
  }
`;

/** Tier 1's path, packet and remark as its note wrote them; what is missing from the packet first. */
export default function ReadBack({ state, onRetry, returned }: { state: Tier1Note; onRetry: () => void; returned: boolean }) {
  const t = useT();
  return (
    <Stack as="section" aria-labelledby="tier2-readback-title" data-tier2-readback={state.status}>
      <MD isBold tag="h2" id="tier2-readback-title">
        {t('tier2.title')}
      </MD>
      {state.status === 'loading' && <Dots aria-label={t('tier2.loading')} />}
      {state.status === 'none' && <SM>{t('tier2.none')}</SM>}
      {state.status === 'unreadable' && (
        <Alert type="warning">
          <Alert.Title>{t('tier2.unreadable.title')}</Alert.Title>
          <Alert.Paragraph>{t('tier2.unreadable.body')}</Alert.Paragraph>
          <Alert.Paragraph lang="en">{state.message}</Alert.Paragraph>
        </Alert>
      )}
      {state.status === 'failed' && (
        <Alert type="error">
          <Alert.Title>{t('tier2.failed.title')}</Alert.Title>
          <Alert.Paragraph lang="en">{state.message}</Alert.Paragraph>
          <Button size="small" onClick={onRetry}>
            {t('tier2.retry')}
          </Button>
        </Alert>
      )}
      {state.status === 'read' && (
        <>
          <Author by={state.by} trusted={state.trusted} />
          <Note note={state.note} gaps={state.gaps} returned={returned} />
        </>
      )}
    </Stack>
  );
}

/**
 * Folded to what Tier 2 acts on first, Tier 1's outcome and the packet's state, so the Tier 2
 * procedure's first question is near the top; the path, packet and remark open on demand.
 */
function Note({ note, gaps, returned }: { note: ReadNote; gaps: PacketGaps; returned: boolean }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <SM isBold lang="en">
        {t('tier2.outcome', { title: note.outcome.title })}
      </SM>
      {/* The packet's state as of the escalation is stale once Tier 2 sent it back: the ticket's state is said instead. */}
      {returned ? <SM isBold>{t('tier2.returnedState')}</SM> : <Gaps gaps={gaps} />}
      {note.jiraIssue && <SM>{t('tier2.jiraIssue', { key: note.jiraIssue })}</SM>}
      <SM isBold tag="h3">
        <DisclosureButton expanded={open} controls="tier2-readback-details" onToggle={() => setOpen((v) => !v)}>
          {t('tier2.details', { steps: note.path.length })}
        </DisclosureButton>
      </SM>
      <div id="tier2-readback-details" hidden={!open}>
        <Stack>
          <Details note={note} />
        </Stack>
      </div>
    </>
  );
}

/** Who wrote the note, from the comment's author (the note's own "Escalated by" line is typed text), and whether Tier 2 can rely on it. */
function Author({ by, trusted }: Pick<Extract<Tier1Note, { status: 'read' }>, 'by' | 'trusted'>) {
  const t = useT();
  const written = t('tier2.by', { name: by.name ?? t('tier2.by.unknown'), date: when(by.at) });
  if (trusted) return <SM>{by.group === 'unknown' ? `${written} ${t('tier2.group.unknown')}` : written}</SM>;
  return (
    <Alert type="warning" role="status" data-tier2-untrusted>
      <Alert.Title>{t('tier2.untrusted.title')}</Alert.Title>
      <Alert.Paragraph>{written}</Alert.Paragraph>
      <Alert.Paragraph>{t('tier2.untrusted.group')}</Alert.Paragraph>
    </Alert>
  );
}

function Details({ note }: { note: ReadNote }) {
  const t = useT();
  const current = TREES[note.tree].version;
  return (
    <>
      <SM lang="en">{t('tier2.procedure', { title: note.treeTitle || note.tree, version: note.treeVersion })}</SM>
      {note.treeVersion !== current && <SM>{t('tier2.olderVersion', { version: note.treeVersion, current })}</SM>}
      <SM>{t('tier2.district', { kind: note.district ? t(`district.kind.${note.district}`) : t('tier2.district.unknown') })}</SM>

      <SM isBold tag="h4">
        {t('tier2.path')}
      </SM>
      <Steps lang="en">
        {note.path.map((step, i) => (
          <li key={`${i}:${step.node}`}>
            {step.text}
            {step.source === 'auto' && ` (${t('tier2.path.auto')})`}
            {step.againstRecord && ` (${t('tier2.path.againstRecord')})`}
          </li>
        ))}
      </Steps>

      {note.packet.fields.length > 0 && (
        <>
          <SM isBold tag="h4">
            {t('tier2.packet')}
          </SM>
          <Facts lang="en">
            {note.packet.fields.map((f) => (
              <div key={f.id}>
                <dt>{f.label}</dt>
                <dd data-field={f.id}>{f.value ?? t('tier2.packet.notCollected')}</dd>
              </div>
            ))}
          </Facts>
        </>
      )}
      {note.remark !== '' && <Written heading={t('tier2.remark')} tag="h4" text={note.remark} />}
    </>
  );
}

function Gaps({ gaps }: { gaps: PacketGaps }) {
  const t = useT();
  if (gaps.complete) return <SM>{t('tier2.packet.complete')}</SM>;
  return (
    <Alert type="warning" role="status">
      {gaps.missing.length > 0 && (
        <Alert.Paragraph>{t('tier2.packet.missing', { fields: gaps.missing.map((m) => m.label).join('; ') })}</Alert.Paragraph>
      )}
      {gaps.invalid.map((i) => (
        <Alert.Paragraph key={i.id}>{t('tier2.packet.invalidItem', { field: i.label, message: i.message })}</Alert.Paragraph>
      ))}
    </Alert>
  );
}
