import { Anchor, Button } from '@zendeskgarden/react-buttons';
import { Field, Textarea } from '@zendeskgarden/react-forms';
import { Alert, Notification } from '@zendeskgarden/react-notifications';
import { Tag } from '@zendeskgarden/react-tags';
import { MD, Paragraph, SM } from '@zendeskgarden/react-typography';
import { Fragment, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import styled from 'styled-components';
import type { AssignmentFacts } from '../../triage/assignee';
import { view, type WalkState } from '../../triage/engine';
import { PlanError, planWrite } from '../../triage/planWrite';
import type { Settings } from '../../triage/settings';
import type { OrganizationSnapshot } from '../../triage/snapshot';
import { fill, linkUrl, roleText } from '../../triage/text';
import type { Outcome, OutcomeKind, Tree } from '../../triage/tree';
import { compareWithWritten, noteFacts, type NoteChanges, type WrittenNote } from '../../triage/writtenNotes';
import { TREES } from '../../trees';
import { insertIntoPublicReply, markPlaceholders, placeholders, type ReplyInsert } from '../../zendesk/reply';
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
import { OutcomeFieldCheck } from './OutcomeFieldCheck';
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

/** What Insert into reply did: where the text went, and what the agent must still write in it. */
function Inserted({ result, again, toFill }: { result: ReplyInsert; again: boolean; toFill: string[] }) {
  const t = useT();
  if (!result.ok) return <SM>{t('outcome.insertFailed')}</SM>;
  return (
    <>
      <SM>{t(again ? 'outcome.insertedAlready' : 'outcome.inserted')}</SM>
      {result.switched && <SM>{t('outcome.insertSwitched')}</SM>}
      {toFill.length > 0 && <SM isBold>{t('outcome.fillIn', { items: toFill.join('; ') })}</SM>}
    </>
  );
}

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
  /** What decides the assignee when the write moves the ticket to another group. */
  assignment: AssignmentFacts;
  /** An admin is told when the outcome field setting cannot take the outcome (only they can fix it). */
  isAdmin: boolean;
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
  /** The notes the session wrote: the one on screen may be one of them again, or correct one. */
  notes: readonly WrittenNote[];
  onWritten: (note: WrittenNote) => void;
  /**
   * The caller's own controls for this outcome (Tier 2's "Create Jira issue"), shown just above
   * the write button, given the outcome and the values the note would hold: what they add is written with it.
   */
  actions?: (outcome: Outcome, collected: Readonly<Record<string, string>>) => ReactNode;
}

/** Where the walk ends: what to do, what to tell the customer, and the note and tags to write. */
export default function OutcomeView(props: Props) {
  const { tree, walk, outcome, settings, ticketId, collected, remark, focusToken, assignment } = props;
  const t = useT();
  const client = useClient();
  const heading = useRef<HTMLHeadingElement>(null);
  // `again`: Insert was pressed once more after the text went in; it is not pasted twice unasked.
  const [inserted, setInserted] = useState<{ result: ReplyInsert; again: boolean } | null>(null);
  const [showNote, setShowNote] = useState(false);

  useEffect(() => {
    if (focusToken > 0) heading.current?.focus();
  }, [focusToken]);

  const suggested = useMemo(() => fromOrganization(outcome.collect, props.organization, settings), [outcome.collect, props.organization, settings]);
  // What the agent typed, or Tier 2 carried over from Tier 1, wins; the organization fills the rest.
  const values = useMemo(() => ({ ...suggested, ...collected }), [suggested, collected]);
  const facts = useMemo(() => {
    // The path the note writes, not answers the walk keeps off it.
    const answers = Object.fromEntries(view(tree, walk).path.map((s) => [s.node, s.answer]));
    const fields = Object.fromEntries(outcome.collect.map((f) => [f.id, values[f.id] ?? '']));
    return noteFacts(tree.id, outcome.id, answers, fields, remark);
  }, [tree, outcome, walk, values, remark]);
  // The note on screen is one the session wrote (Back, then the same answers), or corrects the latest.
  const compared = useMemo(() => compareWithWritten(props.notes, facts), [props.notes, facts]);
  const corrects = compared.kind === 'correction' ? compared : null;
  const planned = useMemo(() => {
    try {
      const correction = corrects && { refId: corrects.note.refId, changes: corrects.changes };
      return { plan: planWrite(tree, walk, settings, { collected: values, remark, assignment, ...(correction && { corrects: correction }) }), error: null };
    } catch (error) {
      if (error instanceof PlanError) return { plan: null, error };
      throw error;
    }
  }, [tree, walk, settings, values, remark, assignment, corrects]);

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
    setInserted({ result: await insertIntoPublicReply(client, markPlaceholders(guidance)), again: false });
  };
  const onInsert = () => (inserted?.result.ok ? setInserted({ ...inserted, again: true }) : void insert());
  const toFill = guidance === null ? [] : placeholders(guidance);
  const handoff = outcome.handoff;
  // Continuing in another procedure starts a new walk: what is filled in here is dropped, so the button says so.
  const filled = remark.trim() !== '' || outcome.collect.some((f) => (collected[f.id] ?? '').trim() !== '');
  const written = props.written || compared.kind === 'same';
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
            <Button size="small" onClick={onInsert}>
              {t('outcome.insert')}
            </Button>
            <span role="status">{inserted !== null && <Inserted result={inserted.result} again={inserted.again} toFill={toFill} />}</span>
          </Row>
          {inserted?.again && (
            <Button size="small" isBasic onClick={insert}>
              {t('outcome.insertAgain')}
            </Button>
          )}
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
      {props.isAdmin && settings.outcome_field_id !== undefined && <OutcomeFieldCheck fieldId={settings.outcome_field_id} outcomeId={outcome.id} />}
      {props.actions?.(outcome, values)}
      {/* Keyed by the reference id: a write's state belongs to one note, and a walk changed after its write is another note. */}
      {compared.kind === 'same' && compared.note.refId !== walk.refId ? (
        <Notification type="success" role="status">
          <Notification.Title>{t('write.done.title')}</Notification.Title>
          <Notification.Paragraph>{t('write.same', { ref: `clever-triage/${compared.note.refId}` })}</Notification.Paragraph>
        </Notification>
      ) : (
        <WriteControls
          key={walk.refId}
          ticketId={ticketId}
          plan={planned.plan}
          blocked={blocked}
          correction={corrects && { ref: `clever-triage/${corrects.note.refId}`, changes: describeChanges(corrects.changes, outcome) }}
          onWritten={() => props.onWritten({ ...facts, refId: walk.refId })}
        />
      )}
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

/** What differs from the note being corrected, in the words the screen uses: step ids, field labels. */
function describeChanges(c: NoteChanges, outcome: Outcome): { key: MessageKey; what?: string }[] {
  const label = (id: string) => outcome.collect.find((f) => f.id === id)?.label ?? id;
  return [
    ...(c.outcome ? [{ key: 'write.correction.outcome' as const }] : []),
    ...c.answers.map((node) => ({ key: 'write.correction.answer' as const, what: node })),
    ...c.fields.map((id) => ({ key: 'write.correction.field' as const, what: label(id) })),
    ...(c.remark ? [{ key: 'write.correction.remark' as const }] : []),
  ];
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
