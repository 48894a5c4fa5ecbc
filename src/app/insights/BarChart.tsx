import { Button } from '@zendeskgarden/react-buttons';
import { getColor } from '@zendeskgarden/react-theming';
import styled from 'styled-components';
import type { Figure } from '../../triage/insights';
import { useT } from '../shell/i18n/I18nProvider';
import { VisuallyHidden } from '../shell/layout';

export interface ChartBar extends Figure {
  key: string;
  /** In the language it comes in (procedure and outcome titles are English): `lang` says which. */
  label: string;
  lang?: string;
}

/**
 * A bar chart an eye takes in at once: one row a bar, its length against the chart's longest,
 * drawn in plain SVG inside a Garden button that opens the tickets behind it. A figure search
 * could not give exactly shows "≥" (at least).
 */

const Rows = styled.ul`
  margin: 0;
  padding: 0;
  list-style: none;
`;

/** A full-width row: label, bar, value; the bar takes what the words leave. */
const Row = styled(Button)`
  display: grid;
  grid-template-columns: minmax(8em, 2fr) 3fr auto;
  gap: ${(p) => p.theme.space.xs};
  align-items: center;
  width: 100%;
  height: auto;
  min-height: ${(p) => p.theme.space.base * 8}px;
  padding: ${(p) => p.theme.space.xxs} ${(p) => p.theme.space.xs};
  text-align: start;
  white-space: normal;
`;

const Track = styled.svg`
  display: block;
  width: 100%;
  height: ${(p) => p.theme.space.base * 3}px;
`;

const Fill = styled.rect`
  fill: ${(p) => getColor({ theme: p.theme, variable: 'background.primaryEmphasis' })};
`;

const Value = styled.span`
  font-variant-numeric: tabular-nums;
  white-space: nowrap;
`;

export function BarChart({ bars, title, onOpen }: { bars: readonly ChartBar[]; title: string; onOpen: (bar: ChartBar) => void }) {
  const t = useT();
  const longest = Math.max(1, ...bars.map((b) => b.value));
  return (
    <Rows aria-label={title}>
      {bars.map((bar) => {
        const value = bar.exact ? String(bar.value) : t('insights.atLeast', { value: bar.value });
        return (
          <li key={bar.key}>
            {/* Named by what it shows (label, count), then what it does. */}
            <Row isBasic onClick={() => onOpen(bar)} data-bar={bar.key}>
              <span lang={bar.lang}>{bar.label}</span>{' '}
              <Track viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <Fill x={0} y={0} height={10} width={(bar.value / longest) * 100} data-value={bar.value} />
              </Track>{' '}
              <Value>{value}</Value>
              <VisuallyHidden as="span">{t('insights.bar')}</VisuallyHidden>
            </Row>
          </li>
        );
      })}
    </Rows>
  );
}
