import { Anchor, Button } from '@zendeskgarden/react-buttons';
import { Dots, Progress } from '@zendeskgarden/react-loaders';
import { Alert } from '@zendeskgarden/react-notifications';
import { SM, XL } from '@zendeskgarden/react-typography';
import { useMemo, useState } from 'react';
import styled from 'styled-components';
import { DEFAULT_PERIOD, PERIOD_DAYS, type PeriodDays } from '../../triage/insights';
import { insightsCsv } from '../../triage/insightsCsv';
import type { InsightsState } from '../../zendesk/insights';
import { LaterStrings, useT } from '../shell/i18n/I18nProvider';
import { Row, Stack } from '../shell/layout';
import LATER_ENGLISH from '../messages/en.later.json';
import { useViewer } from '../navbar/useViewer';
import { InsightsCharts } from './InsightsCharts';
import { useInsights } from './useInsights';

const PageFrame = styled.main`
  box-sizing: border-box;
  padding: ${(p) => p.theme.space.md};
  font-family: ${(p) => p.theme.fonts.system};
  overflow-wrap: break-word;
`;

/** The nav-bar page for Tier 2 leads: what the procedures concluded, from Zendesk's own search. */
export default function Insights() {
  return (
    <LaterStrings english={LATER_ENGLISH}>
      <InsightsPage />
    </LaterStrings>
  );
}

function InsightsPage() {
  const t = useT();
  const { ready } = useViewer();
  const [days, setDays] = useState<PeriodDays>(DEFAULT_PERIOD);
  const { state, reload } = useInsights(days);
  const csv = useMemo(() => (state ? `data:text/csv;charset=utf-8,${encodeURIComponent(insightsCsv(state.summary))}` : null), [state]);

  if (!ready) return <PageFrame><Dots aria-label={t('insights.loading')} /></PageFrame>;
  return (
    <PageFrame>
      <Stack>
        <XL tag="h1">{t('insights.title')}</XL>
        <Row role="group" aria-label={t('insights.period')}>
          {PERIOD_DAYS.map((d) => (
            <Button key={d} size="small" isPrimary={d === days} aria-pressed={d === days} onClick={() => setDays(d)}>
              {t('insights.period.option', { days: d })}
            </Button>
          ))}
          <Button size="small" isBasic onClick={reload} disabled={state !== null && !state.finished}>
            {t('insights.reload')}
          </Button>
        </Row>
        <Status state={state} />
        {state && <InsightsCharts summary={state.summary} />}
        {state?.finished && csv && (
          <Anchor href={csv} download={`insights-${days}-days.csv`} data-csv>
            {t('insights.csv')}
          </Anchor>
        )}
      </Stack>
    </PageFrame>
  );
}

/** How far the page got, what Zendesk asked it to wait, and what could not be read. */
function Status({ state }: { state: InsightsState | null }) {
  const t = useT();
  if (state === null) return <Dots aria-label={t('insights.loading')} />;
  const percent = Math.round((state.done / Math.max(1, state.planned)) * 100);
  return (
    <>
      {!state.finished && (
        <>
          <Progress value={percent} aria-label={t('insights.progress', { done: state.done, planned: state.planned })} />
          <SM role="status">{t('insights.progress', { done: state.done, planned: state.planned })}</SM>
        </>
      )}
      {state.waiting !== null && <SM role="status">{t('insights.waiting', { seconds: state.waiting })}</SM>}
      {state.finished && (
        <SM role="status" data-insights-finished={state.requests}>
          {t('insights.done', { requests: state.requests })}
        </SM>
      )}
      {state.problems.length > 0 && (
        <Alert type="warning">
          <Alert.Title>{t('insights.problems.title')}</Alert.Title>
          {state.problems.map((p) => (
            <Alert.Paragraph key={p} lang="en">
              {p}
            </Alert.Paragraph>
          ))}
        </Alert>
      )}
    </>
  );
}
