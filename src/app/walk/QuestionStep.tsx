import { MD, SM } from '@zendeskgarden/react-typography';
import { useEffect, useRef } from 'react';
import type { Settings } from '../../triage/settings';
import { fill } from '../../triage/text';
import type { QuestionNode } from '../../triage/tree';
import { useT } from '../i18n/I18nProvider';
import { Panel, Stack } from '../layout';
import { WhereList } from './Where';
import { WrappingButton } from './WrappingButton';

interface Props {
  node: QuestionNode;
  settings: Settings;
  /** The requester's email, for a user-search link with a `{{user}}` placeholder. */
  user: string | null;
  /** Counts the agent's moves: focus moves to the question after each one, never when the sidebar loads (0). */
  focusToken: number;
  onAnswer: (node: string, answer: string) => void;
}

/** One question: what to check and where, and the answers as buttons. Procedure text stays in English. */
export function QuestionStep({ node, settings, user, focusToken, onAnswer }: Props) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (focusToken > 0) heading.current?.focus();
  }, [focusToken]);

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
      <Stack role="group" aria-labelledby="question-title">
        {node.answers.map((a) => (
          <WrappingButton key={a.id} isStretched onClick={() => onAnswer(node.id, a.id)} lang="en">
            {a.label}
          </WrappingButton>
        ))}
      </Stack>
    </Stack>
  );
}
