import { Dots } from '@zendeskgarden/react-loaders';
import { SM } from '@zendeskgarden/react-typography';
import { lazy, Suspense, useMemo } from 'react';
import type { WalkState, WalkView } from '../../triage/engine';
import type { Settings } from '../../triage/settings';
import type { OrganizationSnapshot, TicketSnapshot } from '../../triage/snapshot';
import { TREES } from '../../trees';
import { useT } from '../i18n/I18nProvider';
import { Tier2JiraIssue, Tier2OutcomeTools, type Tier1Note } from '../tier2';
import { QuestionStep } from './QuestionStep';
import type { Action, Session } from './session';
import { Trail } from './Trail';
import { WalkActions } from './WalkActions';

// The outcome screen (forms, the note, the write) is its own chunk: most of a walk is questions.
const OutcomeView = lazy(() => import(/* webpackChunkName: "outcome" */ '../outcome/OutcomeView'));

interface Props {
  walk: WalkState;
  walked: WalkView;
  session: Session;
  dispatch: (action: Action) => void;
  settings: Settings;
  ticketId: number | null;
  /** Why this ticket cannot take a note (closed, not saved yet, its id unreadable), or null. */
  blocked: string | null;
  /** The requester's email, for a user-search link. */
  user: string | null;
  /** The ticket's organization, which fills the outcome's fields it answers. */
  organization: OrganizationSnapshot | null;
  /** Tier 1's note read back, when the walk is Tier 2's. */
  tier1Note: Tier1Note | null;
  /** With the agent and Tier 1's note, what decides the assignee when the write moves the ticket to another group. */
  assignee: TicketSnapshot['assignee'];
  currentUser: TicketSnapshot['currentUser'];
}

/** A walk in progress: the procedure, the answered steps, the question or the outcome, Back, Restart and leaving. */
export function WalkPanel({ walk, walked, session, dispatch, settings, ticketId, blocked, user, organization, tier1Note, assignee, currentUser }: Props) {
  const t = useT();
  const tree = TREES[walk.tree];
  const focusToken = session.moves;
  const onAnswer = (node: string, answer: string) => dispatch({ type: 'answer', tree, node, answer });
  const onCollect = (field: string, value: string) => dispatch({ type: 'collect', field, value });
  const assignment = useMemo(
    () => ({
      assignee,
      currentUser: currentUser && { id: currentUser.id, groupIds: currentUser.groups.map((g) => g.id) },
      escalatedBy: tier1Note?.status === 'read' && tier1Note.trusted ? tier1Note.note.escalatedBy : null,
    }),
    [assignee, currentUser, tier1Note],
  );
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
          user={user}
          focusToken={focusToken}
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
            settings={settings}
            ticketId={ticketId}
            organization={organization}
            assignment={assignment}
            isAdmin={currentUser?.role === 'admin'}
            ticketBlocked={blocked}
            collected={session.collected}
            remark={session.remark}
            focusToken={focusToken}
            onCollect={onCollect}
            onRemark={(value) => dispatch({ type: 'remark', value })}
            onContinue={(outcome) => dispatch({ type: 'handoff', trees: TREES, outcome })}
            written={session.written}
            notes={session.notes}
            onWritten={(note) => dispatch({ type: 'written', note })}
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
