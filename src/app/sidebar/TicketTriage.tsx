import { lazy, Suspense, useCallback, useMemo, useState, type ComponentType } from 'react';
import { classify } from '../../triage/classify';
import type { TicketSnapshot } from '../../triage/snapshot';
import type { TreeId } from '../../triage/tree';
import type { SnapshotProblem } from '../../zendesk/readSnapshot';
import { writeBlocker, type WriteBlock } from '../../zendesk/writable';
import { useSettings } from '../shell/ClientProvider';
import { useT } from '../shell/i18n/I18nProvider';
import type { MessageKey } from '../shell/i18n/strings';
import { Stack } from '../shell/layout';
import { DistrictSummary } from './district/DistrictSummary';
import { FirstStep } from './FirstStep';
import { OrganizationFacts } from './OrganizationFacts';
import { OrganizationLine } from './OrganizationLine';
import { chooseProcedure } from './suggestProcedure';
import type { ChooseRequest, WalkScreenProps, WalkShown } from './walkScreenProps';
import { WriteBlocked } from './WriteBlocked';

const BLOCKED: Record<WriteBlock['reason'], MessageKey> = {
  closed: 'write.blocked.closed',
  new_ticket: 'write.blocked.new_ticket',
  unreadable_id: 'write.blocked.unreadable_id',
};

const NO_WALK: WalkShown = { classification: null, moves: 0 };

interface Props {
  snapshot: TicketSnapshot;
  ticketId: number | null;
  /** The problems of the ticket's read: an id Zendesk gave that could not be read blocks the write. */
  problems: readonly SnapshotProblem[];
}

/**
 * One ticket's triage. The first screen (the organization, the district, the procedures) is here and
 * shown at once; everything about a walk is behind the app's one lazy boundary, `<WalkScreen>`, fetched
 * while the first screen shows. The first screen stays in place around it, only told what the walk shows.
 */
export function TicketTriage({ snapshot, ticketId, problems }: Props) {
  const t = useT();
  const { settings } = useSettings();
  // "Today" decides whether the LMS field's academic year is stale; a sidebar lives for hours at most.
  const [today] = useState(() => new Date());
  const classification = useMemo(() => classify(snapshot.organization, settings, today), [snapshot.organization, settings, today]);
  const [firstSeen] = useState(() => ({ snapshot, classification }));
  const [request, setRequest] = useState<ChooseRequest | null>(null);
  const [shown, setShown] = useState<WalkShown | null>(null);
  const [failed, setFailed] = useState(false);

  const load = useCallback(
    () =>
      lazy<ComponentType<WalkScreenProps>>(() =>
        import(/* webpackChunkName: "walk" */ '../walk/WalkScreen').catch(() => {
          // The connection dropped, or a new version replaced the files: said, with a retry.
          setFailed(true);
          return { default: () => null };
        }),
      ),
    [],
  );
  const [WalkScreen, setWalkScreen] = useState(load);
  const retry = useCallback(() => {
    setFailed(false);
    setWalkScreen(load);
  }, [load]);
  const choose = useCallback((tree: TreeId) => setRequest((last) => ({ tree, n: (last?.n ?? 0) + 1 })), []);

  const block = writeBlocker({ ticketId, status: snapshot.status }, problems);
  const blocked = block && t(BLOCKED[block.reason], { message: block.reason === 'unreadable_id' ? block.message : '' });
  const choice = chooseProcedure(snapshot, classification, settings);
  const { classification: walking, moves } = shown ?? NO_WALK;

  return (
    <Stack>
      <WriteBlocked blocked={blocked} />
      {walking ? <OrganizationLine organization={snapshot.organization} /> : <OrganizationFacts organization={snapshot.organization} />}
      <DistrictSummary classification={walking ?? classification} inWalk={walking !== null} />
      <Suspense fallback={null}>
        <WalkScreen
          snapshot={snapshot}
          ticketId={ticketId}
          classification={classification}
          choice={choice}
          blocked={blocked}
          request={request}
          firstSeen={firstSeen}
          onShown={setShown}
        />
      </Suspense>
      {walking === null && (
        <FirstStep choice={choice} onChoose={choose} waiting={request !== null && shown === null} focus={moves > 0} retry={failed ? retry : null} />
      )}
    </Stack>
  );
}
