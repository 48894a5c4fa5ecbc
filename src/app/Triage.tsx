import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { classify } from '../triage/classify';
import type { TicketSnapshot } from '../triage/snapshot';
import type { SnapshotProblem } from '../zendesk/readSnapshot';
import { writeBlocker, type WriteBlock } from '../zendesk/writable';
import { useMetadata } from './ClientProvider';
import { DistrictSummary } from './district/DistrictSummary';
import { LaterStrings, useT } from './i18n/I18nProvider';
import type { MessageKey } from './i18n/strings';
import { Stack } from './layout';
import { Loading } from './Loading';
import type { Seen } from './live/describeChanges';
import { OrganizationFacts } from './OrganizationFacts';
import { ProcedurePicker } from './procedure/ProcedurePicker';
import { chooseProcedure } from './procedure/suggest';
import type { NoteReads } from './tier2/useTier1Note';
import { useSession } from './walk/useSession';
import { useWalker } from './walk/useWalker';

// A note kept from before a reload is rare: its screen (with the write's code) is in the outcome's chunk.
const PendingWrite = lazy(() => import(/* webpackChunkName: "outcome" */ './outcome/PendingWrite'));

const BLOCKED: Record<WriteBlock['reason'], MessageKey> = {
  closed: 'write.blocked.closed',
  new_ticket: 'write.blocked.new_ticket',
  unreadable_id: 'write.blocked.unreadable_id',
};

const NOT_READ = { state: { status: 'loading' as const }, retry: () => undefined };

interface Props {
  snapshot: TicketSnapshot;
  ticketId: number | null;
  /** The problems of the ticket's read: an id Zendesk gave that could not be read blocks the write. */
  problems: readonly SnapshotProblem[];
}

/**
 * The district, the procedure and the walk for one ticket. The first screen (the district and
 * the procedures to choose from) is in the first chunk; the walk's code follows right after it.
 */
export function Triage({ snapshot, ticketId, problems }: Props) {
  const t = useT();
  const { settings, installationId } = useMetadata();
  const { settings: values } = settings;
  // "Today" decides whether the LMS field's academic year is stale; a sidebar lives for hours at most.
  const [today] = useState(() => new Date());
  const classification = useMemo(() => classify(snapshot.organization, values, today), [snapshot.organization, values, today]);
  const loading = useWalker();
  const walker = loading.status === 'ready' ? loading.walker : null;
  const { session, waiting, dispatch, choose } = useSession(ticketId, installationId, classification, walker);

  // Live data: each new read is compared with the one before; what changed is said and the walk follows it.
  // Until the walk's code is here, the first read stays the one compared with.
  const seen = useRef<Seen>({ snapshot, classification });
  useEffect(() => {
    if (!walker) return;
    const before = seen.current;
    seen.current = { snapshot, classification };
    if (before.snapshot === snapshot) return;
    // The sidebar's own write is not news: its tags are expected on the ticket.
    const changes = walker.describeChanges(walker.withOwnTags(ticketId, before, snapshot), { snapshot, classification });
    if (changes.length > 0) dispatch({ type: 'reclassify', trees: walker.TREES, classification, changes });
  }, [snapshot, classification, dispatch, walker, ticketId]);

  const walk = session?.walk ?? null;
  const choice = chooseProcedure(snapshot, classification, values);
  // Said before the agent starts, so no walk ends in a write that is sure to fail.
  const block = writeBlocker({ ticketId, status: snapshot.status }, problems);
  // Notes kept from before a reload, whose walk is not the one on screen, are offered again. Read with the
  // walk's code, before any walk on this screen can start a write of its own.
  const kept = useMemo(
    () => (walker && ticketId !== null ? walker.pendingWrites({ installationId }).load(ticketId) : []),
    [walker, ticketId, installationId],
  );
  const orphans = kept.filter((k) => k.plan.refId !== walk?.refId);
  const blocked = block && t(BLOCKED[block.reason], { message: block.reason === 'unreadable_id' ? block.message : '' });
  // Tier 2 (a Tier 2 agent, or an escalated ticket) sees Tier 1's note read back beside the tier2 walk.
  const tier2 = choice.offered.includes('tier2') && (!walk || walk.tree === 'tier2');
  // The notes are read from the walk's chunk, which every view that shows one comes with.
  const [notes, setNotes] = useState<NoteReads | null>(null);
  const tier1Note = notes?.tier1 ?? NOT_READ;
  const returnNote = notes?.returned ?? NOT_READ;
  const walked = walk && walker ? walker.view(walker.TREES[walk.tree], walk) : null;

  return (
    <LaterStrings english={walker?.LATER_ENGLISH ?? null}>
      <Stack>
        {walker && session && <walker.Notices notices={session.notices} onDismiss={(notice) => dispatch({ type: 'dismiss', notice })} />}
        {walker && <walker.NoteReader ticketId={ticketId} tier2={tier2} returned={choice.returned} onRead={setNotes} />}
        {choice.returned && walker && <walker.Tier2Returned state={returnNote.state} onRetry={returnNote.retry} />}
        {blocked !== null && (
          <Alert type="warning">
            <Alert.Title>{t('write.blocked.title')}</Alert.Title>
            <Alert.Paragraph>{blocked}</Alert.Paragraph>
          </Alert>
        )}
        {orphans.length > 0 && (
          <Suspense fallback={<Loading label={t('loading')} />}>
            {orphans.map((orphan) => (
              <PendingWrite key={orphan.plan.refId} kept={orphan} blocked={blocked} />
            ))}
          </Suspense>
        )}
        {walker && walk ? (
          <walker.OrganizationLine organization={snapshot.organization} />
        ) : (
          <OrganizationFacts organization={snapshot.organization} />
        )}
        <DistrictSummary classification={walk ? walk.classification : classification} inWalk={walk !== null} />
        {/* Shown with the walk's chunk, which brings its words and reads the note. */}
        {tier2 && walker && <walker.Tier2ReadBack state={tier1Note.state} onRetry={tier1Note.retry} returned={choice.returned} />}
        {walker && session && walk && walked ? (
          <walker.WalkPanel
            walk={walk}
            walked={walked}
            session={session}
            dispatch={dispatch}
            settings={values}
            ticketId={ticketId}
            blocked={blocked}
            user={snapshot.requester?.email ?? null}
            organization={snapshot.organization}
            assignee={snapshot.assignee}
            currentUser={snapshot.currentUser}
            tier1Note={tier2 ? tier1Note.state : null}
          />
        ) : loading.status === 'failed' ? (
          <Alert type="error">
            <Alert.Title>{t('walk.loadFailed.title')}</Alert.Title>
            <Alert.Paragraph>{t('walk.loadFailed.body')}</Alert.Paragraph>
            <Button size="small" onClick={loading.retry}>
              {t('walk.loadFailed.retry')}
            </Button>
          </Alert>
        ) : waiting ? (
          <Loading label={t('walk.loading')} />
        ) : (
          <ProcedurePicker choice={choice} onChoose={choose} focus={(session?.moves ?? 0) > 0} />
        )}
        {walker && <walker.Announcer walked={walked} />}
      </Stack>
    </LaterStrings>
  );
}
