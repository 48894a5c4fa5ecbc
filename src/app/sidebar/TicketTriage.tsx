import { lazy, Suspense, useCallback, useMemo, useState, type ComponentType } from 'react';
import { classify } from '../../triage/classify';
import type { TicketSnapshot } from '../../triage/snapshot';
import type { TreeId } from '../../triage/tree';
import type { SnapshotProblem } from '../../zendesk/readSnapshot';
import { writeBlocker, type WriteBlock } from '../../zendesk/writable';
import { useSettings } from '../shell/ClientProvider';
import { useT } from '../shell/i18n/I18nProvider';
import type { MessageKey } from '../shell/i18n/strings';
import { chooseProcedure } from './suggestProcedure';
import { FirstScreen, type TicketView } from './FirstScreen';

const BLOCKED: Record<WriteBlock['reason'], MessageKey> = {
  closed: 'write.blocked.closed',
  new_ticket: 'write.blocked.new_ticket',
  unreadable_id: 'write.blocked.unreadable_id',
};

/** What the walk's screen is given: the first screen's view of the ticket, and a retry should it fail to load. */
export interface WalkScreenProps extends TicketView {
  /** The read the first screen showed, which the walk's screen compares the next reads with. */
  firstSeen: { snapshot: TicketSnapshot; classification: TicketView['classification'] };
  retry: () => void;
}

/** The walk's screen could not be fetched (the connection dropped, a new version replaced the files). */
function WalkNotLoaded(props: WalkScreenProps) {
  return <FirstScreen {...props} />;
}

// The app's one lazy boundary: everything about a walk is behind it, fetched while the first screen shows.
const loadWalkScreen = () =>
  lazy<ComponentType<WalkScreenProps>>(() =>
    import(/* webpackChunkName: "walk" */ '../walk/WalkScreen').catch(() => ({ default: WalkNotLoaded })),
  );

interface Props {
  snapshot: TicketSnapshot;
  ticketId: number | null;
  /** The problems of the ticket's read: an id Zendesk gave that could not be read blocks the write. */
  problems: readonly SnapshotProblem[];
}

/** One ticket's triage: the first screen at once, the walk's screen in its place as soon as it has loaded. */
export function TicketTriage({ snapshot, ticketId, problems }: Props) {
  const t = useT();
  const { settings } = useSettings();
  // "Today" decides whether the LMS field's academic year is stale; a sidebar lives for hours at most.
  const [today] = useState(() => new Date());
  const classification = useMemo(() => classify(snapshot.organization, settings, today), [snapshot.organization, settings, today]);
  const [firstSeen] = useState(() => ({ snapshot, classification }));
  const [chosen, setChosen] = useState<TreeId | null>(null);
  const [WalkScreen, setWalkScreen] = useState(loadWalkScreen);
  const retry = useCallback(() => setWalkScreen(loadWalkScreen), []);

  const block = writeBlocker({ ticketId, status: snapshot.status }, problems);
  const view: TicketView = {
    snapshot,
    ticketId,
    classification,
    choice: chooseProcedure(snapshot, classification, settings),
    blocked: block && t(BLOCKED[block.reason], { message: block.reason === 'unreadable_id' ? block.message : '' }),
    chosen,
    onChoose: setChosen,
  };
  return (
    <Suspense fallback={<FirstScreen {...view} />}>
      <WalkScreen {...view} firstSeen={firstSeen} retry={retry} />
    </Suspense>
  );
}
