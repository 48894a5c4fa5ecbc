import { Blockquote, MD, SM } from '@zendeskgarden/react-typography';
import { useEffect, useRef, useState } from 'react';
import type { AnswerOffer } from '../../triage/engine';
import { visible } from '../../triage/oneLine';
import type { Proposal } from '../../triage/proposals';
import type { Settings } from '../../triage/settings';
import type { AnswerOption, QuestionNode } from '../../triage/tree';
import { useT } from '../shell/i18n/I18nProvider';
import { Panel, Stack } from '../shell/layout';
import { DisclosureButton } from '../shell/DisclosureButton';
import { WhereList } from './Where';
import { WrappingButton } from '../shell/WrappingButton';
import { useProcedureText } from './useProcedureLanguages';

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
  /** The answer a sentence of the ticket proposes for this question, or null. */
  proposal: Proposal | null;
  onConfirm: (proposal: Proposal) => void;
}

/**
 * One question: what to check and where, and the answers as buttons. In the agent's language. Answers the district record rules out are one click away, behind "the district record
 * is wrong"; the note marks one chosen from there. An answer the ticket's text proposes is shown
 * with the customer's sentence and confirmed with one click (or, as focus lands on it, one key).
 */
export function QuestionStep({ node, offer, settings, user, focusKey, onAnswer, proposal, onConfirm }: Props) {
  const t = useT();
  const text = useProcedureText();
  const heading = useRef<HTMLHeadingElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const proposed = proposal ? node.answers.find((a) => a.id === proposal.answer) : undefined;
  const [showOthers, setShowOthers] = useState(false);
  const buttons = (answers: AnswerOption[]) =>
    answers.map((a) => (
      <WrappingButton key={a.id} isStretched onClick={() => onAnswer(node.id, a.id)} lang={text.lang}>
        {a.label}
      </WrappingButton>
    ));

  useEffect(() => {
    if (focusKey > 0) (confirmButton.current ?? heading.current)?.focus();
  }, [focusKey]);

  return (
    <Stack as="section" aria-labelledby="question-title" data-node={node.id}>
      <SM>{t('question.step', { step: node.step })}</SM>
      <MD isBold tag="h2" id="question-title" ref={heading} tabIndex={-1} lang={text.lang}>
        {text.fill(node.question)}
      </MD>
      <Panel isRecessed lang={text.lang}>
        <SM isBold>{t('question.check')}</SM>
        {/* Garden's Paragraph sets no size of its own: SM gives the box and the notes the sidebar's small type. */}
        <SM>{text.fill(node.check)}</SM>
        <WhereList where={node.where} settings={settings} user={user} />
      </Panel>
      {(node.notes ?? []).map((note) => (
        <SM key={note} lang={text.lang}>
          {text.fill(note)}
        </SM>
      ))}
      {proposal && proposed && (
        <Panel data-proposal={proposal.node}>
          <SM isBold>{t('question.proposed', { answer: proposed.label })}</SM>
          <SM>{t('question.proposed.source')}</SM>
          <Blockquote size="small" data-quote="">
            {visible(proposal.quote)}
          </Blockquote>
          <SM>{t('question.proposed.note')}</SM>
          <WrappingButton ref={confirmButton} isPrimary isStretched onClick={() => onConfirm(proposal)}>
            {t('question.proposed.confirm', { answer: proposed.label })}
          </WrappingButton>
        </Panel>
      )}
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
