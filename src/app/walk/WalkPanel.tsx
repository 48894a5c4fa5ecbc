import { Dots } from '@zendeskgarden/react-loaders';
import { SM } from '@zendeskgarden/react-typography';
import { lazy, Suspense } from 'react';
import type { WalkState, WalkView } from '../../triage/engine';
import { TREES } from '../../trees';
import { useSettings } from '../shell/ClientProvider';
import { useT } from '../shell/i18n/I18nProvider';
import { Tier2JiraIssue, Tier2OutcomeTools } from '../tier2/lazyTier2';
import { QuestionStep } from './QuestionStep';
import { Trail } from './Trail';
import { useWalkContext } from './useTicketSession';
import { WalkActions } from './WalkActions';

// Most of a walk is questions: the outcome's screen (forms, the note, the write) is fetched when one is reached.
const OutcomeView = lazy(() => import(/* webpackChunkName: "outcome" */ '../outcome/OutcomeView'));

/** A walk in progress: the procedure, the answered steps, the question or the outcome, Back, Restart and leaving. */
export function WalkPanel({ walk, walked }: { walk: WalkState; walked: WalkView }) {
  const t = useT();
  const { settings } = useSettings();
  const { session, dispatch, snapshot, ticketId, tier1Note } = useWalkContext();
  const tree = TREES[walk.tree];
  const onAnswer = (node: string, answer: string) => dispatch({ type: 'answer', tree, node, answer });
  const onCollect = (field: string, value: string) => dispatch({ type: 'collect', field, value });
  return (
    <>
      <SM isBold>{t('walk.procedure', { title: tree.title })}</SM>
      {/* Keyed by whether the walk is at its outcome: the trail folds again each time it gets there. */}
      <Trail
        key={walked.outcome ? 'folded' : 'open'}
        tree={tree}
        path={walked.path}
        settings={settings}
        folded={walked.outcome !== null}
        onAnswer={onAnswer}
      />
      {/* Keyed by the question: "the district record is wrong" closes again for the next one. */}
      {walked.pending && walked.offer && (
        <QuestionStep
          key={walked.pending.id}
          node={walked.pending}
          offer={walked.offer}
          settings={settings}
          user={snapshot.requester?.email ?? null}
          focusKey={session.moves}
          onAnswer={onAnswer}
        />
      )}
      {tier1Note && walked.outcome && (
        <Tier2OutcomeTools tier1={tier1Note} outcome={walked.outcome} collected={session.collected} onCollect={onCollect} />
      )}
      {walked.outcome && (
        <Suspense fallback={<Dots aria-label={t('loading')} />}>
          <OutcomeView
            tree={tree}
            walk={walk}
            outcome={walked.outcome}
            actions={(outcome, collected) =>
              tier1Note && <Tier2JiraIssue tier1={tier1Note} ticketId={ticketId} outcome={outcome} collected={collected} onCreated={onCollect} />
            }
          />
        </Suspense>
      )}
      {/* Below the walk, with Restart: leaving is one of the two ways to throw it away, and asks the same way.
          Keyed by the moves: a question answered meanwhile closes a pending confirmation, whose count it changed. */}
      <WalkActions
        key={session.moves}
        answers={walked.path.filter((s) => s.source === 'agent').length}
        typed={session.remark.trim() !== '' || Object.values(session.collected).some((v) => v.trim() !== '')}
        onBack={() => dispatch({ type: 'back', tree })}
        onRestart={() => dispatch({ type: 'restart', tree })}
        onLeave={() => dispatch({ type: 'leave' })}
      />
    </>
  );
}
