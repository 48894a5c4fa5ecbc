import { Blockquote, MD, SM } from '@zendeskgarden/react-typography';
import { useEffect, useRef, useState } from 'react';
import type { AnswerOffer, RecordProposal } from '../../triage/engine';
import { visible } from '../../triage/oneLine';
import type { Proposal as TextProposal } from '../../triage/proposals';
import type { Settings } from '../../triage/settings';
import type { AnswerOption, QuestionNode } from '../../triage/tree';
import { useT } from '../shell/i18n/I18nProvider';
import { Panel, Stack } from '../shell/layout';
import { DisclosureButton } from '../shell/DisclosureButton';
import { Filled } from '../shell/TextParts';
import { WrappingButton } from '../shell/WrappingButton';
import { useProcedureText } from './useProcedureLanguages';
import { ANSWER_KEYS } from './walkKeys';
import { WhereList } from './Where';

interface Props {
  node: QuestionNode;
  /** The answers by the district record (the engine's view). */
  offer: AnswerOffer;
  /** The answer the app proposes and the agent confirms (a district record of an old academic year), or null. */
  proposal: RecordProposal | null;
  /** The academic year of the walk's district record, for a proposal from it. */
  academicYear: string | null;
  settings: Settings;
  /** The requester's email, for a user-search link with a `{{user}}` placeholder. */
  user: string | null;
  /** Counts the agent's moves: focus moves to the question after each one, never when the sidebar loads (0). */
  focusKey: number;
  onAnswer: (node: string, answer: string) => void;
  /** The answer a sentence of the ticket proposes for this question, or null. */
  textProposal: TextProposal | null;
  onConfirm: (proposal: TextProposal) => void;
}

/** The answers shown as the question's buttons, in order: the ones the number keys give. */
export const shownAnswers = (offer: AnswerOffer): AnswerOption[] => (offer.kind === 'by_record' ? offer.offered : offer.answers);

/**
 * One question: what to check and where, and the answers as buttons (the first three also on the
 * keys 1 to 3), in the agent's language. Answers the district record rules out are one click away,
 * behind "the district record is wrong"; the note marks one chosen from there. An answer a district
 * record of an old academic year gives is proposed, marked as such, never taken for the agent. An
 * answer the ticket's text proposes is shown with the customer's sentence and confirmed with one
 * click (or, as focus lands on it, one key).
 */
export function QuestionStep({ node, offer, proposal, academicYear, settings, user, focusKey, onAnswer, textProposal, onConfirm }: Props) {
  const t = useT();
  const text = useProcedureText();
  const heading = useRef<HTMLHeadingElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const fromText = textProposal ? node.answers.find((a) => a.id === textProposal.answer) : undefined;
  const [showOthers, setShowOthers] = useState(false);
  const proposed = proposal?.node === node.id && proposal.from === 'stale_record' ? node.answers.find((a) => a.id === proposal.answer) : undefined;
  const button = (a: AnswerOption, key?: string) => (
    <WrappingButton key={a.id} isStretched isPrimary={a === proposed} onClick={() => onAnswer(node.id, a.id)} aria-keyshortcuts={key} lang={text.lang}>
      {a === proposed ? t('question.proposal.confirm', { answer: text.fill(a.label) }) : text.fill(a.label)}
    </WrappingButton>
  );

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
        <SM>
          <Filled text={node.check} vars={{ words: text.words }} />
        </SM>
        <WhereList where={node.where} settings={settings} user={user} />
      </Panel>
      {(node.notes ?? []).map((note) => (
        <SM key={note} lang={text.lang}>
          <Filled text={note} vars={{ words: text.words }} />
        </SM>
      ))}
      {proposed && <SM id="question-proposal">{t('question.proposal.staleRecord', { year: academicYear ?? '', answer: text.fill(proposed.label) })}</SM>}
      {textProposal && fromText && (
        <Panel data-proposal={textProposal.node}>
          <SM isBold>{t('question.proposed', { answer: text.fill(fromText.label) })}</SM>
          <SM>{t('question.proposed.source')}</SM>
          <Blockquote size="small" data-quote="">
            {visible(textProposal.quote)}
          </Blockquote>
          <SM>{t('question.proposed.note')}</SM>
          <WrappingButton ref={confirmButton} isPrimary isStretched onClick={() => onConfirm(textProposal)}>
            {t('question.proposed.confirm', { answer: text.fill(fromText.label) })}
          </WrappingButton>
        </Panel>
      )}
      {offer.kind === 'record_allows_none' && <SM>{t('question.recordAllowsNone')}</SM>}
      <Stack role="group" aria-labelledby="question-title" aria-describedby={proposed ? 'question-proposal' : undefined}>
        {shownAnswers(offer).map((a, i) => button(a, ANSWER_KEYS[i]))}
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
              {offer.others.map((a) => button(a))}
            </Stack>
          </div>
        </>
      )}
    </Stack>
  );
}
