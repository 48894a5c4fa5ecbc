import { Suspense, lazy, useState } from 'react';
import { view } from '../../triage/engine';
import LATER_ENGLISH from '../messages/en.later.json';
import { useSettings } from '../shell/ClientProvider';
import { LaterStrings, useLocale, useT } from '../shell/i18n/I18nProvider';
import { supportedLocale } from '../shell/i18n/strings';
import { Loading } from '../shell/Loading';
import { blockedText } from '../sidebar/blockedText';
import type { WalkScreenProps } from '../sidebar/walkScreenProps';
import { Tier2ReadBack, Tier2Returned } from '../tier2/lazyTier2';
import { useReturnNote, useTier1Note } from '../tier2/useTier1Note';
import { Announcer } from './Announcer';
import { HotSpotLine } from './hotSpot/HotSpotLine';
import { SessionNotices } from './SessionNotices';
import { useProcedureLanguages } from './useProcedureLanguages';
import { useTicketSession, WalkContext } from './useTicketSession';
import { WalkPanel } from './WalkPanel';

// A note kept from before a reload is rare: its screen comes with the outcome's code.
const PendingWrite = lazy(() => import(/* webpackChunkName: "outcome" */ '../outcome/PendingWrite'));

/**
 * Everything about a walk, behind the app's one lazy boundary, below the district: the session
 * (`useTicketSession`), what it has to say, the notes read back, the walk, and the later screens' words.
 */
export default function WalkScreen(props: WalkScreenProps) {
  return (
    <LaterStrings english={LATER_ENGLISH}>
      <WalkScreenBody {...props} />
    </LaterStrings>
  );
}

function WalkScreenBody(props: WalkScreenProps) {
  const { snapshot, ticketId, choice, block, classification } = props;
  const t = useT();
  const blocked = block && blockedText(t, block);
  // The district's problem ticket this ticket joins as an incident with its note (a hot spot's choice), or null.
  const [problemId, setProblemId] = useState<number | null>(null);
  const ticket = useTicketSession(props);
  const { session, dispatch, orphans } = ticket;
  const { walk } = session;
  // Tier 2 (a Tier 2 agent, or an escalated ticket) sees Tier 1's note read back beside the tier2 walk.
  const tier2 = choice.offered.includes('tier2') && (!walk || walk.tree === 'tier2');
  const tier1Note = useTier1Note(ticketId, tier2);
  const returnNote = useReturnNote(ticketId, choice.returned);
  const { settings } = useSettings();
  // The screens follow the agent's language, the customer text the requester's; a Spanish one waits for its words.
  const languages = useProcedureLanguages(useLocale(), supportedLocale(snapshot.requester?.locale), settings);
  if (languages === null) return <Loading label={t('loading')} />;
  const walked = walk ? view(languages.trees[languages.agent][walk.tree], walk) : null;
  const context = { ...ticket, snapshot, ticketId, blocked, tier1Note: tier2 ? tier1Note.state : null, languages, problemId };

  return (
    <WalkContext.Provider value={context}>
      {/* At an outcome, what changed on the ticket is said beside the write, where the agent looks after pressing it. */}
      <SessionNotices
        notices={walked?.outcome ? session.notices.filter((n) => n.kind !== 'dataChanged') : session.notices}
        onDismiss={(notice) => dispatch({ type: 'dismiss', notice })}
      />
      {choice.returned && <Tier2Returned state={returnNote.state} onRetry={returnNote.retry} />}
      {orphans.length > 0 && (
        <Suspense fallback={<Loading label={t('loading')} />}>
          {orphans.map((orphan) => (
            <PendingWrite key={orphan.plan.refId} kept={orphan} blocked={blocked} />
          ))}
        </Suspense>
      )}
      <HotSpotLine snapshot={snapshot} classification={classification} settings={settings} linked={problemId} onLink={setProblemId} folded={walked?.pending != null} />
      {tier2 && <Tier2ReadBack state={tier1Note.state} onRetry={tier1Note.retry} returned={choice.returned} />}
      {walk && walked && <WalkPanel walk={walk} walked={walked} />}
      <Announcer walked={walked} />
    </WalkContext.Provider>
  );
}
