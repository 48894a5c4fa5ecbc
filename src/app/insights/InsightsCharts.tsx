import { Button } from '@zendeskgarden/react-buttons';
import { Table } from '@zendeskgarden/react-tables';
import { LG, MD, SM } from '@zendeskgarden/react-typography';
import { useState } from 'react';
import styled from 'styled-components';
import type { InsightsSummary, OutcomeBar, Rate } from '../../triage/insights';
import { TREES } from '../../trees';
import { routeToTicket } from '../../zendesk/client';
import { useClient } from '../shell/ClientProvider';
import { useT } from '../shell/i18n/I18nProvider';
import type { Translate } from '../shell/i18n/catalog';
import { Stack } from '../shell/layout';
import { BarChart, type ChartBar } from './BarChart';

/** The longest list of tickets a bar opens: more is a search in Zendesk, not a page. */
const MAX_LISTED = 100;

const Section = styled.section`
  margin-top: ${(p) => p.theme.space.sm};
`;

const Scroll = styled.div`
  overflow-x: auto;
`;

/** Outcome bars in groups: procedure, then kind, each group its own chart. */
function outcomeGroups(bars: readonly OutcomeBar[]): { key: string; tree: OutcomeBar['tree']; kind: OutcomeBar['kind']; bars: OutcomeBar[] }[] {
  const groups: { key: string; tree: OutcomeBar['tree']; kind: OutcomeBar['kind']; bars: OutcomeBar[] }[] = [];
  for (const bar of bars) {
    const key = `${bar.tree}/${bar.kind ?? ''}`;
    const last = groups.at(-1);
    if (last?.key === key) last.bars.push(bar);
    else groups.push({ key, tree: bar.tree, kind: bar.kind, bars: [bar] });
  }
  return groups;
}

/** A whole percent: each language writes its sign in its own place ("30%", "30 %"). */
function rateText(t: Translate, rate: Rate, which: 'escalation' | 'return'): string {
  if (rate.rate === null || rate.part === null || rate.whole === null) return t(`insights.rate.${which}.unknown`);
  const text = t(`insights.rate.${which}`, { percent: Math.round(rate.rate * 100), part: rate.part, whole: rate.whole });
  return rate.exact ? text : `${text} ${t('insights.rate.approximate')}`;
}

export function InsightsCharts({ summary }: { summary: InsightsSummary }) {
  const t = useT();
  const [opened, setOpened] = useState<ChartBar | null>(null);
  const en = (bar: ChartBar): ChartBar => ({ ...bar, lang: 'en' });
  const packets = summary.packets.map((b) => ({ ...b, label: t(`insights.packet.${b.key as 'complete' | 'required' | 'none'}`) }));
  const tables: [string, ChartBar[]][] = [
    [t('insights.walks.title'), summary.walks.map(en)],
    [t('insights.outcomes.title'), summary.outcomes.map(en)],
    [t('insights.packets.title'), packets],
    [t('insights.districts.title'), summary.districts.map(en)],
  ];
  return (
    <Stack>
      <SM>{t('insights.search.note')}</SM>
      <Section aria-labelledby="insights-walks">
        <LG tag="h2" id="insights-walks">{t('insights.walks.title')}</LG>
        <BarChart title={t('insights.walks.title')} bars={summary.walks.map(en)} onOpen={setOpened} />
      </Section>
      <Section aria-labelledby="insights-outcomes">
        <LG tag="h2" id="insights-outcomes">{t('insights.outcomes.title')}</LG>
        {summary.outcomes.length === 0 && <SM>{t('insights.empty')}</SM>}
        {outcomeGroups(summary.outcomes).map((g) => {
          const title = t('insights.outcomes.group', { procedure: TREES[g.tree].title, kind: g.kind ? t(`outcome.kind.${g.kind}`) : '' });
          return (
            <div key={g.key}>
              <MD tag="h3">{title}</MD>
              <BarChart title={title} bars={g.bars.map(en)} onOpen={setOpened} />
            </div>
          );
        })}
      </Section>
      <Section aria-labelledby="insights-rates">
        <LG tag="h2" id="insights-rates">{t('insights.rates.title')}</LG>
        <MD data-rate="escalation">{rateText(t, summary.escalationRate, 'escalation')}</MD>
        <MD data-rate="return">{rateText(t, summary.returnRate, 'return')}</MD>
      </Section>
      <Section aria-labelledby="insights-packets">
        <LG tag="h2" id="insights-packets">{t('insights.packets.title')}</LG>
        <BarChart title={t('insights.packets.title')} bars={packets} onOpen={setOpened} />
      </Section>
      <Section aria-labelledby="insights-districts">
        <LG tag="h2" id="insights-districts">{t('insights.districts.title')}</LG>
        {summary.districts.length === 0 ? <SM>{t('insights.empty')}</SM> : <BarChart title={t('insights.districts.title')} bars={summary.districts.map(en)} onOpen={setOpened} />}
      </Section>
      {opened && <Opened bar={opened} onClose={() => setOpened(null)} />}
      <Section aria-labelledby="insights-table">
        <LG tag="h2" id="insights-table">{t('insights.table.title')}</LG>
        <Scroll>
          <Table size="small" aria-labelledby="insights-table">
            <Table.Head>
              <Table.HeaderRow>
                <Table.HeaderCell scope="col">{t('insights.col.section')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('insights.col.label')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('insights.col.value')}</Table.HeaderCell>
              </Table.HeaderRow>
            </Table.Head>
            <Table.Body>
              {tables.flatMap(([section, bars]) =>
                bars.map((bar) => (
                  <Table.Row key={`${section}/${bar.key}`}>
                    <Table.Cell>{section}</Table.Cell>
                    <Table.Cell lang={bar.lang}>{bar.label}</Table.Cell>
                    <Table.Cell>{bar.exact ? bar.value : t('insights.atLeast', { value: bar.value })}</Table.Cell>
                  </Table.Row>
                )),
              )}
            </Table.Body>
          </Table>
        </Scroll>
      </Section>
    </Stack>
  );
}

/** The tickets behind a bar, each opening in Zendesk. */
function Opened({ bar, onClose }: { bar: ChartBar; onClose: () => void }) {
  const t = useT();
  const client = useClient();
  const listed = bar.ticketIds.slice(0, MAX_LISTED);
  return (
    <Section aria-labelledby="insights-opened" data-opened={bar.key}>
      <LG tag="h2" id="insights-opened">{t('insights.tickets.title', { label: bar.label })}</LG>
      {listed.length < bar.value && <SM>{t('insights.tickets.more', { shown: listed.length, total: bar.value, query: bar.query ?? '' })}</SM>}
      <ul>
        {listed.map((id) => (
          <li key={id}>
            <Button size="small" isLink onClick={() => void routeToTicket(client, id)}>
              {t('insights.open', { id })}
            </Button>
          </li>
        ))}
      </ul>
      <Button size="small" onClick={onClose}>
        {t('insights.tickets.close')}
      </Button>
    </Section>
  );
}
