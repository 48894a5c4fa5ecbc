import { Button } from '@zendeskgarden/react-buttons';
import { Dots } from '@zendeskgarden/react-loaders';
import { Alert } from '@zendeskgarden/react-notifications';
import { Table } from '@zendeskgarden/react-tables';
import { SM, XL } from '@zendeskgarden/react-typography';
import { useMemo, useState } from 'react';
import styled from 'styled-components';
import { tag } from '../../triage/planWrite';
import { TREES } from '../../trees';
import { routeToTicket } from '../../zendesk/client';
import { useClient, useSettings } from '../shell/ClientProvider';
import { LaterStrings, useT } from '../shell/i18n/I18nProvider';
import { useViewer } from '../navbar/useViewer';
import type { Translate } from '../shell/i18n/catalog';
import { Row, Stack } from '../shell/layout';
import LATER_ENGLISH from '../messages/en.later.json';
import { ageParts, sortByAge, toRows, type AgeOrder, type PacketState, type QueueRow } from './rows';
import { useEscalatedSince } from './useEscalatedSince';
import { useQueue } from './useQueue';

const PageFrame = styled.main`
  box-sizing: border-box;
  padding: ${(p) => p.theme.space.md};
  font-family: ${(p) => p.theme.fonts.system};
  overflow-wrap: break-word;
`;

/**
 * Columns as wide as their words (Garden's fixed layout gives each a fifth, and a narrow nav bar
 * would cut "Ticket" or "#109" mid-letter); a table wider than the page scrolls sideways.
 */
const Rows = styled(Table)`
  table-layout: auto;
`;

const Scroll = styled.div`
  overflow-x: auto;
`;

/**
 * Garden's sort button sets its own line height, so its label would sit off the other headers'
 * line; the table's size stays Garden's default, the only one its sortable cell pads like the others.
 */
const SortableCell = styled(Table.SortableCell)`
  line-height: inherit;
`;

/** "3 d" is one token: never a number on one line and its unit on the next. */
const AgeCell = styled(Table.Cell)`
  white-space: nowrap;
`;

const PACKET: Record<PacketState, `queue.packet.${PacketState}`> = {
  complete: 'queue.packet.complete',
  required: 'queue.packet.required',
  none: 'queue.packet.none',
  unknown: 'queue.packet.unknown',
  returned: 'queue.packet.returned',
};

function age(t: Translate, ms: number | null): string {
  if (ms === null) return t('queue.age.unknown');
  const parts = ageParts(ms);
  return parts.unit === 'days' ? t('queue.age.days', { days: parts.value }) : t('queue.age.hours', { hours: parts.value });
}

/** The nav-bar page: open tickets escalated to Tier 2, oldest first, each opening its ticket. */
export default function Queue() {
  return (
    <LaterStrings english={LATER_ENGLISH}>
      <QueuePage />
    </LaterStrings>
  );
}

function QueuePage() {
  const t = useT();
  const client = useClient();
  const { settings } = useSettings();
  const escalated = tag(settings.tag_prefix, 'escalated_tier2');
  const { state, refresh } = useQueue(escalated);
  const [order, setOrder] = useState<AgeOrder>('oldest');
  const { ready } = useViewer();
  const found = useMemo(() => (state.status === 'done' && state.result.ok ? [...state.result.tickets].sort((a, b) => (a.createdAt ?? '').localeCompare(b.createdAt ?? '')) : []), [state]);
  const since = useEscalatedSince(found);
  const rows = useMemo(
    () => (state.status === 'done' && state.result.ok ? sortByAge(toRows(state.result.tickets, TREES, settings.tag_prefix, state.at), order) : []),
    [state, order, settings.tag_prefix],
  );

  if (!ready) return <PageFrame><Dots aria-label={t('queue.loading')} /></PageFrame>;
  return (
    <PageFrame>
      <Stack>
        <Row>
          <XL tag="h1" id="queue-title">
            {t('queue.title')}
          </XL>
          <Button size="small" onClick={refresh} disabled={state.status === 'loading'}>
            {t('queue.retry')}
          </Button>
        </Row>
        {state.status === 'loading' && <Dots aria-label={t('queue.loading')} />}
        {/* Search is not real time: a ticket escalated a moment ago may be missing until it is indexed. */}
        {state.status === 'done' && (
          <SM data-loaded-at={state.at}>{t('queue.loadedAt', { time: new Date(state.at).toLocaleTimeString(undefined, { timeStyle: 'medium' }) })}</SM>
        )}
        {state.status === 'done' && !state.result.ok && (
          <Alert type="error">
            <Alert.Title>{t('queue.failed.title')}</Alert.Title>
            <Alert.Paragraph lang="en">{state.result.message}</Alert.Paragraph>
          </Alert>
        )}
        {state.status === 'done' && state.result.ok && (
          <>
            {state.result.problems.length > 0 && (
              <Alert type="warning">
                <Alert.Title>{t('queue.problems.title')}</Alert.Title>
                {state.result.problems.map((p, i) => (
                  <Alert.Paragraph key={i} lang="en">
                    {p.message}
                  </Alert.Paragraph>
                ))}
              </Alert>
            )}
            <SM role="status">{rows.length === 0 ? t('queue.empty', { tag: escalated }) : t('queue.count', { tag: escalated, count: rows.length })}</SM>
            {state.result.truncated && <SM>{t('queue.truncated', { count: rows.length })}</SM>}
            {rows.length > 0 && (
              <Scroll>
                <Rows isReadOnly aria-labelledby="queue-title">
                  <Table.Head>
                    <Table.HeaderRow>
                      <Table.HeaderCell scope="col">{t('queue.col.ticket')}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t('queue.col.district')}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t('queue.col.outcome')}</Table.HeaderCell>
                      {/* Oldest first is the ages in descending order: aria-sort and the arrow say which way. */}
                      <SortableCell
                        sort={order === 'oldest' ? 'desc' : 'asc'}
                        cellProps={{ scope: 'col' }}
                        onClick={() => setOrder(order === 'oldest' ? 'newest' : 'oldest')}
                      >
                        {t('queue.col.age')}
                      </SortableCell>
                      <Table.HeaderCell scope="col">{t('queue.col.waiting')}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t('queue.col.packet')}</Table.HeaderCell>
                    </Table.HeaderRow>
                  </Table.Head>
                  <Table.Body>
                    {rows.map((row) => (
                      <QueueLine key={row.id} row={row} waiting={waitingMs(since.get(row.id), state.at)} t={t} onOpen={() => void routeToTicket(client, row.id)} />
                    ))}
                  </Table.Body>
                </Rows>
              </Scroll>
            )}
          </>
        )}
      </Stack>
    </PageFrame>
  );
}

/** The outcome Tier 1's note names: its title and kind, its bare id when the trees no longer have it, or none. */
function OutcomeText({ outcome, t }: { outcome: QueueRow['outcome']; t: Translate }) {
  if (outcome === null) return <>{t('queue.outcome.none')}</>;
  if (!outcome.outcome) return <>{outcome.id}</>;
  return (
    <>
      {outcome.outcome.title} <SM tag="span">({t(`outcome.kind.${outcome.outcome.kind}`)})</SM>
    </>
  );
}

/** How long a ticket has waited for Tier 2: `undefined` while its note is read, null when no note says. */
function waitingMs(since: string | null | undefined, now: number): number | null | undefined {
  if (since === undefined || since === null) return since;
  const at = Date.parse(since);
  return Number.isNaN(at) ? null : Math.max(0, now - at);
}

function QueueLine({ row, waiting, t, onOpen }: { row: QueueRow; waiting: number | null | undefined; t: Translate; onOpen: () => void }) {
  const subject = row.subject || t('queue.noSubject');
  return (
    <Table.Row data-ticket={row.id}>
      <Table.Cell>
        <Button size="small" isLink onClick={onOpen} aria-label={t('queue.open', { id: row.id, subject })}>
          #{row.id}
        </Button>{' '}
        <span lang="en">{subject}</span>
        {row.returnedBefore && <SM>{t('queue.returned')}</SM>}
      </Table.Cell>
      <Table.Cell>{row.district ? t(`district.kind.${row.district}`) : t('queue.district.none')}</Table.Cell>
      <Table.Cell lang="en">
        <OutcomeText outcome={row.outcome} t={t} />
      </Table.Cell>
      <AgeCell>{age(t, row.ageMs)}</AgeCell>
      <AgeCell>{waiting === undefined ? t('queue.waiting.reading') : age(t, waiting)}</AgeCell>
      <Table.Cell>{t(PACKET[row.packet])}</Table.Cell>
    </Table.Row>
  );
}
