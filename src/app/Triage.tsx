import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import { SM } from '@zendeskgarden/react-typography';
import { Dots } from '@zendeskgarden/react-loaders';
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { classify } from '../triage/classify';
import { view } from '../triage/engine';
import type { TicketSnapshot } from '../triage/snapshot';
import { TREES } from '../trees';
import { pendingWrites } from '../zendesk/pendingWrite';
import { writeBlocker } from '../zendesk/writable';
import { useMetadata } from './ClientProvider';
import { DistrictSummary } from './district/DistrictSummary';
import { useT } from './i18n/I18nProvider';
import { Row, Stack } from './layout';
import { describeChanges, type Seen } from './live/describeChanges';
import { Notices } from './Notices';
import { OrganizationFacts } from './OrganizationFacts';
import { PendingWrite } from './outcome/PendingWrite';
import { ProcedurePicker } from './procedure/ProcedurePicker';
import { chooseProcedure } from './procedure/suggest';
import { Announcer } from './walk/Announcer';
import { QuestionStep } from './walk/QuestionStep';
import { Trail } from './walk/Trail';
import { useSession } from './walk/useSession';
import { Tier2OutcomeTools, Tier2ReadBack, useTier1Note } from './tier2';

// The outcome screen (forms, the note, the write) is its own chunk: most of a walk is questions.
const OutcomeView = lazy(() => import(/* webpackChunkName: "outcome" */ './outcome/OutcomeView'));

interface Props {
  snapshot: TicketSnapshot;
  ticketId: number | null;
}

/** The district, the procedure and the walk for one ticket. */
export function Triage({ snapshot, ticketId }: Props) {
  const t = useT();
  const { settings, installationId } = useMetadata();
  const { settings: values } = settings;
  // "Today" decides whether the LMS field's academic year is stale; a sidebar lives for hours at most.
  const [today] = useState(() => new Date());
  const classification = useMemo(() => classify(snapshot.organization, values, today), [snapshot.organization, values, today]);
  const [session, dispatch] = useSession(ticketId, installationId, classification);

  // Live data: each new read is compared with the one before; what changed is said and the walk follows it.
  const seen = useRef<Seen>({ snapshot, classification });
  useEffect(() => {
    const before = seen.current;
    seen.current = { snapshot, classification };
    if (before.snapshot === snapshot) return;
    const changes = describeChanges(before, { snapshot, classification });
    if (changes.length > 0) dispatch({ type: 'reclassify', trees: TREES, classification, changes });
  }, [snapshot, classification, dispatch]);

  const walk = session.walk;
  const choice = chooseProcedure(snapshot, classification, values);
  // Said before the agent starts, so no walk ends in a write that is sure to fail.
  const block = writeBlocker({ ticketId, status: snapshot.status });
  // A note kept from before a reload, whose walk is not the one on screen, is offered again.
  const [kept] = useState(() => (ticketId === null ? null : pendingWrites({ installationId }).load(ticketId)));
  const orphan = kept && walk?.refId !== kept.plan.refId ? kept : null;
  const blocked = block ? t(block.reason === 'closed' ? 'write.blocked.closed' : 'write.blocked.new_ticket') : null;
  const tree = walk ? TREES[walk.tree] : null;
  // Tier 2 (a Tier 2 agent, or an escalated ticket) sees Tier 1's note read back beside the tier2 walk.
  const tier2 = choice.offered.includes('tier2') && (!walk || walk.tree === 'tier2');
  const tier1Note = useTier1Note(ticketId, tier2);
  const walked = walk && tree ? view(tree, walk) : null;
  const focusToken = session.moves;
  const user = snapshot.requester?.email ?? null;

  const announcement =
    walked?.pending != null
      ? t('announce.question', { step: walked.pending.step, question: walked.pending.question })
      : walked?.outcome != null
        ? t('announce.outcome', { title: walked.outcome.title })
        : '';

  return (
    <Stack>
      <Notices notices={session.notices} onDismiss={(notice) => dispatch({ type: 'dismiss', notice })} />
      {blocked !== null && (
        <Alert type="warning">
          <Alert.Title>{t('write.blocked.title')}</Alert.Title>
          <Alert.Paragraph>{blocked}</Alert.Paragraph>
        </Alert>
      )}
      {orphan && <PendingWrite kept={orphan} blocked={blocked} />}
      <OrganizationFacts organization={snapshot.organization} />
      <DistrictSummary classification={walk ? walk.classification : classification} />
      {tier2 && <Tier2ReadBack state={tier1Note.state} onRetry={tier1Note.retry} />}
      {!walk || !tree || !walked ? (
        <ProcedurePicker choice={choice} onChoose={(id) => dispatch({ type: 'start', tree: TREES[id], classification })} />
      ) : (
        <>
          <Row>
            <SM isBold>{t('walk.procedure', { title: tree.title })}</SM>
            <Button size="small" isBasic onClick={() => dispatch({ type: 'leave' })}>
              {t('walk.changeProcedure')}
            </Button>
          </Row>
          <Trail
            tree={tree}
            path={walked.path}
            settings={values}
            onAnswer={(node, answer) => dispatch({ type: 'answer', tree, node, answer })}
          />
          {walked.pending && (
            <QuestionStep
              node={walked.pending}
              settings={values}
              user={user}
              focusToken={focusToken}
              onAnswer={(node, answer) => dispatch({ type: 'answer', tree, node, answer })}
            />
          )}
          {tier2 && walked.outcome && (
            <Tier2OutcomeTools
              tier1={tier1Note.state}
              ticketId={ticketId}
              outcome={walked.outcome}
              collected={session.collected}
              onCollect={(field, value) => dispatch({ type: 'collect', field, value })}
            />
          )}
          {walked.outcome && (
            <Suspense fallback={<Dots aria-label={t('loading')} />}>
              <OutcomeView
                tree={tree}
                walk={walk}
                outcome={walked.outcome}
                settings={values}
                ticketId={ticketId}
                ticketBlocked={blocked}
                collected={session.collected}
                remark={session.remark}
                focusToken={focusToken}
                onCollect={(field, value) => dispatch({ type: 'collect', field, value })}
                onRemark={(value) => dispatch({ type: 'remark', value })}
                onContinue={(outcome) => dispatch({ type: 'handoff', trees: TREES, outcome })}
                onWritten={() => dispatch({ type: 'written' })}
              />
            </Suspense>
          )}
          <Row>
            <Button
              size="small"
              disabled={!walked.path.some((s) => s.source === 'agent')}
              onClick={() => dispatch({ type: 'back', tree })}
            >
              {t('walk.back')}
            </Button>
            <Button size="small" onClick={() => dispatch({ type: 'restart', tree })}>
              {t('walk.restart')}
            </Button>
          </Row>
        </>
      )}
      <Announcer message={announcement} />
    </Stack>
  );
}
