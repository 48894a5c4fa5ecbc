import { MD, SM } from '@zendeskgarden/react-typography';
import { useEffect, useRef, useState } from 'react';
import type { AnswerOffer } from '../../triage/engine';
import type { Settings } from '../../triage/settings';
import { fill } from '../../triage/treeText';
import type { AnswerOption, QuestionNode } from '../../triage/tree';
import { useT } from '../shell/i18n/I18nProvider';
import { Panel, Stack } from '../shell/layout';
import { DisclosureButton } from '../shell/DisclosureButton';
import { WhereList } from './Where';
import { WrappingButton } from '../shell/WrappingButton';

interface Props {
  node: QuestionNode;
  /** The answers by the district record (the engine's view). */
  offer: AnswerOffer;
  settings: Settings;
  /** The requester's email, for a user-search link with a `{{user}}` placeholder. */
  user: string | null;
  /** Counts the agent's moves: focus moves to the question after each one, never when the sidebar loads (0). */
  focusKey: number;
  onAnswer: (node: string, answer: string) => void;
}

/**
 * One question: what to check and where, and the answers as buttons. Procedure text stays in
 * English. Answers the district record rules out are one click away, behind "the district record
 * is wrong"; the note marks one chosen from there.
 */
export function QuestionStep({ node, offer, settings, user, focusKey, onAnswer }: Props) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const [showOthers, setShowOthers] = useState(false);
  const buttons = (answers: AnswerOption[]) =>
    answers.map((a) => (
      <WrappingButton key={a.id} isStretched onClick={() => onAnswer(node.id, a.id)} lang="en">
        {a.label}
      </WrappingButton>
    ));

  useEffect(() => {
    if (focusKey > 0) heading.current?.focus();
  }, [focusKey]);

  return (
    <Stack as="section" aria-labelledby="question-title" data-node={node.id}>
      <SM>{t('question.step', { step: node.step })}</SM>
      <MD isBold tag="h2" id="question-title" ref={heading} tabIndex={-1} lang="en">
        {fill(node.question, settings)}
      </MD>
      <Panel isRecessed lang="en">
        <SM isBold>{t('question.check')}</SM>
        {/* Garden's Paragraph sets no size of its own: SM gives the box and the notes the sidebar's small type. */}
        <SM>{fill(node.check, settings)}</SM>
        <WhereList where={node.where} settings={settings} user={user} />
      </Panel>
      {(node.notes ?? []).map((note) => (
        <SM key={note} lang="en">
          {fill(note, settings)}
        </SM>
      ))}
      {offer.kind === 'record_allows_none' && <SM>{t('question.recordAllowsNone')}</SM>}
      <Stack role="group" aria-labelledby="question-title">
        {buttons(offer.kind === 'by_record' ? offer.offered : offer.answers)}
      </Stack>
      {offer.kind === 'by_record' && offer.others.length > 0 && (
        <>
          <DisclosureButton expanded={showOthers} controls="record-wrong-answers" onToggle={() => setShowOthers((v) => !v)}>
            {t('question.recordWrong')}
          </DisclosureButton>
          {/* A plain wrapper carries `hidden`: the Stack's display: flex would override it. */}
          <div id="record-wrong-answers" hidden={!showOthers}>
            <Stack role="group" aria-label={t('question.recordWrong.group')}>
              <SM>{t('question.recordWrong.note')}</SM>
              {buttons(offer.others)}
            </Stack>
          </div>
        </>
      )}
    </Stack>
  );
}
