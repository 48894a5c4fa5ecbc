import { Suspense, lazy } from 'react';
import { view } from '../../triage/engine';
import { TREES } from '../../trees';
import LATER_ENGLISH from '../messages/en.later.json';
import { LaterStrings, useT } from '../shell/i18n/I18nProvider';
import { Stack } from '../shell/layout';
import { Loading } from '../shell/Loading';
import { DistrictSummary } from '../sidebar/district/DistrictSummary';
import { OrganizationFacts } from '../sidebar/OrganizationFacts';
import { ProcedurePicker } from '../sidebar/ProcedurePicker';
import type { WalkScreenProps } from '../sidebar/TicketTriage';
import { WriteBlocked } from '../sidebar/WriteBlocked';
import { Tier2ReadBack, Tier2Returned } from '../tier2/lazyTier2';
import { useReturnNote, useTier1Note } from '../tier2/useTier1Note';
import { Announcer } from './Announcer';
import { OrganizationLine } from './OrganizationLine';
import { SessionNotices } from './SessionNotices';
import { useTicketSession, WalkContext } from './useTicketSession';
import { WalkPanel } from './WalkPanel';

// A note kept from before a reload is rare: its screen comes with the outcome's code.
const PendingWrite = lazy(() => import(/* webpackChunkName: "outcome" */ '../outcome/PendingWrite'));

/**
 * Everything about a walk, behind the app's one lazy boundary: the session (`useTicketSession`),
 * the notes read back, the walk or the procedures to choose from, and the words of the later screens.
 */
export default function WalkScreen(props: WalkScreenProps) {
  const { snapshot, ticketId, classification, choice, blocked } = props;
  const t = useT();
  const ticket = useTicketSession(props);
  const { session, dispatch, orphans } = ticket;
  const { walk } = session;
  // Tier 2 (a Tier 2 agent, or an escalated ticket) sees Tier 1's note read back beside the tier2 walk.
  const tier2 = choice.offered.includes('tier2') && (!walk || walk.tree === 'tier2');
  const tier1Note = useTier1Note(ticketId, tier2);
  const returnNote = useReturnNote(ticketId, choice.returned);
  const walked = walk ? view(TREES[walk.tree], walk) : null;
  const context = { ...ticket, snapshot, ticketId, blocked, tier1Note: tier2 ? tier1Note.state : null };

  return (
    <LaterStrings english={LATER_ENGLISH}>
      <WalkContext.Provider value={context}>
        <Stack>
          <SessionNotices notices={session.notices} onDismiss={(notice) => dispatch({ type: 'dismiss', notice })} />
          {choice.returned && <Tier2Returned state={returnNote.state} onRetry={returnNote.retry} />}
          <WriteBlocked blocked={blocked} />
          {orphans.length > 0 && (
            <Suspense fallback={<Loading label={t('loading')} />}>
              {orphans.map((orphan) => (
                <PendingWrite key={orphan.plan.refId} kept={orphan} blocked={blocked} />
              ))}
            </Suspense>
          )}
          {walk ? <OrganizationLine organization={snapshot.organization} /> : <OrganizationFacts organization={snapshot.organization} />}
          <DistrictSummary classification={walk ? walk.classification : classification} inWalk={walk !== null} />
          {tier2 && <Tier2ReadBack state={tier1Note.state} onRetry={tier1Note.retry} returned={choice.returned} />}
          {walk && walked ? (
            <WalkPanel walk={walk} walked={walked} />
          ) : (
            <ProcedurePicker choice={choice} onChoose={ticket.choose} focus={session.moves > 0} />
          )}
          <Announcer walked={walked} />
        </Stack>
      </WalkContext.Provider>
    </LaterStrings>
  );
}
