import { Anchor, Button } from '@zendeskgarden/react-buttons';
import { Field, Textarea } from '@zendeskgarden/react-forms';
import { Alert } from '@zendeskgarden/react-notifications';
import { Tag } from '@zendeskgarden/react-tags';
import { MD, Paragraph, SM } from '@zendeskgarden/react-typography';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import styled from 'styled-components';
import type { WalkState } from '../../triage/engine';
import { PlanError, planWrite } from '../../triage/planWrite';
import type { Settings } from '../../triage/settings';
import { fill, linkUrl, roleText } from '../../triage/text';
import type { Outcome, OutcomeKind, Tree } from '../../triage/tree';
import { TREES } from '../../trees';
import { appendToReply } from '../../zendesk/client';
import { useClient } from '../ClientProvider';
import { useT } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { Panel, Row, Stack, Steps } from '../layout';
import { DisclosureButton } from '../walk/DisclosureButton';
import { problemsOf } from './collect';
import { CollectFields } from './CollectFields';
import { NotePreview } from './NotePreview';
import { WriteControls } from './WriteControls';

export const OUTCOME_KIND: Record<OutcomeKind, MessageKey> = {
  resolved: 'outcome.kind.resolved',
  refer: 'outcome.kind.refer',
  known_limitation: 'outcome.kind.known_limitation',
  escalate_tier2: 'outcome.kind.escalate_tier2',
  escalate_supervisor: 'outcome.kind.escalate_supervisor',
  escalate_techdev: 'outcome.kind.escalate_techdev',
  handoff: 'outcome.kind.handoff',
};

const Guidance = styled(Paragraph)`
  white-space: pre-wrap;
`;

interface Props {
  tree: Tree;
  walk: WalkState;
  outcome: Outcome;
  settings: Settings;
  ticketId: number | null;
  /** Why this ticket cannot take a note at all (closed, not saved yet, its id unreadable), or null. */
  ticketBlocked: string | null;
  collected: Record<string, string>;
  remark: string;
  focusToken: number;
  onCollect: (field: string, value: string) => void;
  onRemark: (value: string) => void;
  onContinue: (outcome: Outcome) => void;
  onWritten: () => void;
  /**
   * The caller's own controls for this outcome (Tier 2's "Create Jira issue"), shown just above
   * the write button: what they add to the collected values is written with the note.
   */
  actions?: ReactNode;
}

/** Where the walk ends: what to do, what to tell the customer, and the note and tags to write. */
export default function OutcomeView(props: Props) {
  const { tree, walk, outcome, settings, ticketId, collected, remark, focusToken } = props;
  const t = useT();
  const client = useClient();
  const heading = useRef<HTMLHeadingElement>(null);
  const [inserted, setInserted] = useState<boolean | null>(null);
  const [showNote, setShowNote] = useState(false);

  useEffect(() => {
    if (focusToken > 0) heading.current?.focus();
  }, [focusToken]);

  const planned = useMemo(() => {
    try {
      return { plan: planWrite(tree, walk, settings, { collected, remark }), error: null };
    } catch (error) {
      if (error instanceof PlanError) return { plan: null, error };
      throw error;
    }
  }, [tree, walk, settings, collected, remark]);

  const problems = problemsOf(outcome.collect, collected);
  const blocked =
    props.ticketBlocked ??
    (planned.error !== null
      ? t('outcome.noteTooLarge', { bytes: planned.error.bytes ?? 0 })
      : problems.length > 0
        ? t('outcome.fixFields', { fields: problems.map((p) => p.field.label).join(', ') })
        : null);

  const guidance = outcome.customerGuidance === null ? null : fill(outcome.customerGuidance, settings);
  const insert = async () => {
    if (guidance === null) return;
    setInserted(await appendToReply(client, guidance).then(() => true, () => false));
  };
  const handoff = outcome.handoff;

  return (
    <Stack as="section" aria-labelledby="outcome-title" data-outcome={outcome.id}>
      <Row>
        <SM isBold>{t('outcome.title')}</SM>
        <Tag hue={outcome.kind.startsWith('escalate') ? 'yellow' : 'grey'}>
          <span>{t(OUTCOME_KIND[outcome.kind])}</span>
        </Tag>
      </Row>
      <MD isBold tag="h2" id="outcome-title" ref={heading} tabIndex={-1} lang="en">
        {fill(outcome.title, settings)}
      </MD>

      <SM isBold tag="h3">
        {t('outcome.actions')}
      </SM>
      <Steps lang="en">
        {outcome.agentActions.map((action) => (
          <li key={action}>{fill(action, settings)}</li>
        ))}
      </Steps>
      {(outcome.roles ?? []).map((role) => (
        <SM key={role} lang="en">
          {t('outcome.role', { role: roleText(settings, role) })}
        </SM>
      ))}

      {outcome.warnings.length > 0 && (
        <Alert type="warning">
          <Alert.Title>{t('outcome.warnings')}</Alert.Title>
          {outcome.warnings.map((w) => (
            <Alert.Paragraph key={w} lang="en">
              {fill(w, settings)}
            </Alert.Paragraph>
          ))}
        </Alert>
      )}

      {guidance !== null && (
        <Panel>
          <SM isBold tag="h3">
            {t('outcome.guidance')}
          </SM>
          <Guidance size="small" lang="en">
            {guidance}
          </Guidance>
          <Row>
            <Button size="small" onClick={insert}>
              {t('outcome.insert')}
            </Button>
            <span role="status">{inserted !== null && <SM>{t(inserted ? 'outcome.inserted' : 'outcome.insertFailed')}</SM>}</span>
          </Row>
        </Panel>
      )}

      {handoff?.kind === 'tree' && (
        <Button isStretched onClick={() => props.onContinue(outcome)}>
          {t('outcome.continueIn', { title: TREES[handoff.tree].title })}
        </Button>
      )}
      {handoff?.kind === 'procedure' && <HandoffProcedure label={handoff.label} url={handoff.link ? linkUrl(settings, handoff.link) : null} />}

      <CollectFields fields={outcome.collect} collected={collected} onChange={props.onCollect} />
      <Field>
        <Field.Label>{t('outcome.remark')}</Field.Label>
        <Field.Hint>{t('outcome.remark.hint')}</Field.Hint>
        <Textarea value={remark} minRows={2} maxRows={8} onChange={(e) => props.onRemark(e.target.value)} />
      </Field>

      {planned.plan && (
        <>
          <SM isBold tag="h3">
            <DisclosureButton expanded={showNote} controls="note-panel" onToggle={() => setShowNote((v) => !v)}>
              {t('outcome.preview.toggle')}
            </DisclosureButton>
          </SM>
          {/* Closed by default, so what to do comes first; always in the page, as the note that the write sends. */}
          <div id="note-panel" hidden={!showNote}>
            <NotePreview id="note-preview" note={planned.plan.note} label={t('outcome.preview')} />
          </div>
          <SM isBold tag="h3">
            {t('outcome.tags')}
          </SM>
          <Row aria-label={t('outcome.tags')} role="list">
            {planned.plan.tags.map((tag) => (
              <Tag key={tag} size="small" role="listitem">
                <span>{tag}</span>
              </Tag>
            ))}
          </Row>
        </>
      )}
      {props.actions}
      {/* Keyed by the reference id: a write's state belongs to one note, and a walk changed after its write is another note. */}
      <WriteControls key={walk.refId} ticketId={ticketId} plan={planned.plan} blocked={blocked} onWritten={props.onWritten} />
    </Stack>
  );
}

function HandoffProcedure({ label, url }: { label: string; url: string | null }) {
  const t = useT();
  return (
    <SM lang="en">
      {t('outcome.continueWith', { label })}{' '}
      {url !== null && (
        <Anchor href={url} target="_blank" rel="noopener noreferrer" isExternal externalIconLabel={t('link.newTab')}>
          {t('outcome.openLink')}
        </Anchor>
      )}
    </SM>
  );
}
