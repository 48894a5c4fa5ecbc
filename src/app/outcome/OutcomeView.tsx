import { Anchor, Button } from '@zendeskgarden/react-buttons';
import { Field, Textarea } from '@zendeskgarden/react-forms';
import { Alert } from '@zendeskgarden/react-notifications';
import { Tag } from '@zendeskgarden/react-tags';
import { MD, Paragraph, SM } from '@zendeskgarden/react-typography';
import { Fragment, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import styled from 'styled-components';
import type { WalkState } from '../../triage/engine';
import { PlanError, planWrite } from '../../triage/planWrite';
import type { Settings } from '../../triage/settings';
import type { OrganizationSnapshot } from '../../triage/snapshot';
import { fill, linkUrl, roleText } from '../../triage/text';
import type { Outcome, OutcomeKind, Tree } from '../../triage/tree';
import { TREES } from '../../trees';
import { appendToReply } from '../../zendesk/client';
import { useClient } from '../ClientProvider';
import { useT } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { Panel, Row, Stack, Steps } from '../layout';
import { DisclosureButton } from '../walk/DisclosureButton';
import { WrappingButton } from '../walk/WrappingButton';
import { problemsOf } from './collect';
import { CollectFields } from './CollectFields';
import { fromOrganization } from './fromOrganization';
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

/** A handoff that sends the ticket back to Tier 1 is a return, not a move to another procedure. */
const kindLabel = (outcome: Outcome): MessageKey =>
  outcome.returnsToTier1 ? 'outcome.kind.returned_tier1' : OUTCOME_KIND[outcome.kind];

const Guidance = styled(Paragraph)`
  white-space: pre-wrap;
`;

/** A tag that wraps only when it alone is wider than the sidebar (Garden's would cut it short), and then at an underscore. */
const WrappingTag = styled(Tag)`
  height: auto;
  & > span {
    white-space: normal;
    overflow-wrap: anywhere;
    text-align: start;
  }
`;

const breakable = (tag: string) =>
  tag.split('_').map((part, i, parts) => (
    <Fragment key={i}>
      {part}
      {i < parts.length - 1 && (
        <>
          _<wbr />
        </>
      )}
    </Fragment>
  ));

interface Props {
  tree: Tree;
  walk: WalkState;
  outcome: Outcome;
  settings: Settings;
  ticketId: number | null;
  /** The ticket's organization: it fills the fields it answers (the school, its district). */
  organization: OrganizationSnapshot | null;
  /** Why this ticket cannot take a note at all (closed, not saved yet, its id unreadable), or null. */
  ticketBlocked: string | null;
  collected: Record<string, string>;
  remark: string;
  focusToken: number;
  onCollect: (field: string, value: string) => void;
  onRemark: (value: string) => void;
  onContinue: (outcome: Outcome) => void;
  /** The session's note is on the ticket (a move off this outcome starts another note). */
  written: boolean;
  onWritten: () => void;
  /**
   * The caller's own controls for this outcome (Tier 2's "Create Jira issue"), shown just above
   * the write button, given the outcome and the values the note would hold: what they add is written with it.
   */
  actions?: (outcome: Outcome, collected: Readonly<Record<string, string>>) => ReactNode;
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

  const suggested = useMemo(() => fromOrganization(outcome.collect, props.organization, settings), [outcome.collect, props.organization, settings]);
  // What the agent typed, or Tier 2 carried over from Tier 1, wins; the organization fills the rest.
  const values = useMemo(() => ({ ...suggested, ...collected }), [suggested, collected]);
  const planned = useMemo(() => {
    try {
      return { plan: planWrite(tree, walk, settings, { collected: values, remark }), error: null };
    } catch (error) {
      if (error instanceof PlanError) return { plan: null, error };
      throw error;
    }
  }, [tree, walk, settings, values, remark]);

  const problems = problemsOf(outcome.collect, values);
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
  // Continuing in another procedure starts a new walk: what is filled in here is dropped, so the button says so.
  const filled = remark.trim() !== '' || outcome.collect.some((f) => (collected[f.id] ?? '').trim() !== '');
  const { written } = props;
  const unwritten = filled && !written;

  return (
    <Stack as="section" aria-labelledby="outcome-title" data-outcome={outcome.id}>
      <Row>
        <SM isBold>{t('outcome.title')}</SM>
        <Tag hue={outcome.kind.startsWith('escalate') ? 'yellow' : 'grey'}>
          <span>{t(kindLabel(outcome))}</span>
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

      {handoff?.kind === 'procedure' && <HandoffProcedure label={handoff.label} url={handoff.link ? linkUrl(settings, handoff.link) : null} />}

      <CollectFields fields={outcome.collect} collected={collected} suggested={suggested} onChange={props.onCollect} />
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
            {t(written ? 'outcome.tags.added' : 'outcome.tags')}
          </SM>
          <Row aria-label={t(written ? 'outcome.tags.added' : 'outcome.tags')} role="list">
            {planned.plan.tags.map((tag) => (
              <WrappingTag key={tag} size="small" role="listitem">
                <span>{breakable(tag)}</span>
              </WrappingTag>
            ))}
          </Row>
        </>
      )}
      {props.actions?.(outcome, values)}
      {/* Keyed by the reference id: a write's state belongs to one note, and a walk changed after its write is another note. */}
      <WriteControls key={walk.refId} ticketId={ticketId} plan={planned.plan} blocked={blocked} onWritten={props.onWritten} />
      {/* After the write: continuing first would drop the note's fields unwritten. */}
      {handoff?.kind === 'tree' && (
        <>
          {unwritten && <SM id="continue-unwritten">{t('outcome.continueIn.discards')}</SM>}
          <WrappingButton isStretched aria-describedby={unwritten ? 'continue-unwritten' : undefined} onClick={() => props.onContinue(outcome)}>
            {t(unwritten ? 'outcome.continueIn.unwritten' : 'outcome.continueIn', { title: TREES[handoff.tree].title })}
          </WrappingButton>
        </>
      )}
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
