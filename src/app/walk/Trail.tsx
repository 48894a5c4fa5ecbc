import { Button } from '@zendeskgarden/react-buttons';
import { Tag } from '@zendeskgarden/react-tags';
import { SM } from '@zendeskgarden/react-typography';
import { getColor } from '@zendeskgarden/react-theming';
import { useState } from 'react';
import styled from 'styled-components';
import type { StepRecord } from '../../triage/engine';
import type { Settings } from '../../triage/settings';
import { fill } from '../../triage/text';
import type { Tree } from '../../triage/tree';
import { EvidenceList } from '../district/DistrictSummary';
import { useT } from '../i18n/I18nProvider';
import { Row, Stack } from '../layout';
import { WrappingButton } from './WrappingButton';

const Steps = styled.ol`
  margin: 0;
  padding: 0;
  list-style: none;

  & > li {
    padding: ${(p) => p.theme.space.xs} 0;
    border-bottom: ${(p) => p.theme.borders.sm} ${(p) => getColor({ theme: p.theme, variable: 'border.subtle' })};
  }
`;

interface Props {
  tree: Tree;
  path: StepRecord[];
  settings: Settings;
  onAnswer: (node: string, answer: string) => void;
}

/** The answered steps, in order; each can be changed, the app's answers as well as the agent's. */
export function Trail({ tree, path, settings, onAnswer }: Props) {
  const t = useT();
  if (path.length === 0) return null;
  return (
    <section aria-labelledby="trail-title">
      <SM isBold id="trail-title" tag="h2">
        {t('trail.title')}
      </SM>
      <Steps>
        {path.map((step) => (
          <TrailStep key={step.node} tree={tree} step={step} settings={settings} onAnswer={onAnswer} />
        ))}
      </Steps>
    </section>
  );
}

function TrailStep({ tree, step, settings, onAnswer }: { tree: Tree; step: StepRecord; settings: Settings; onAnswer: Props['onAnswer'] }) {
  const t = useT();
  const [changing, setChanging] = useState(false);
  const [showEvidence, setShowEvidence] = useState(false);
  const node = tree.nodes[step.node];
  if (!node) return null;
  const chosen = node.answers.find((a) => a.id === step.answer);
  const auto = step.source === 'auto';
  const evidenceId = `evidence-${step.node}`;
  return (
    <li data-node={step.node}>
      <Stack>
        <SM>
          {t('trail.step', { step: node.step })} {fill(node.question, settings)}
        </SM>
        <Row>
          <SM isBold>{t('trail.answer', { answer: chosen?.label ?? step.answer })}</SM>
          {auto && (
            <Tag size="small" hue="blue">
              <span>{t('trail.auto')}</span>
            </Tag>
          )}
        </Row>
        <Row>
          {auto && (
            <Button size="small" isBasic aria-expanded={showEvidence} aria-controls={evidenceId} onClick={() => setShowEvidence((v) => !v)}>
              {t(showEvidence ? 'trail.evidence.hide' : 'trail.evidence.show')}
            </Button>
          )}
          <Button
            size="small"
            isBasic
            aria-expanded={changing}
            aria-label={t('trail.change.label', { step: node.step })}
            onClick={() => setChanging((v) => !v)}
          >
            {t('trail.change')}
          </Button>
        </Row>
        {auto && showEvidence && (
          <div id={evidenceId}>
            <EvidenceList evidence={step.evidence} />
          </div>
        )}
        {changing && (
          <Stack role="group" aria-label={t('trail.change.label', { step: node.step })}>
            {node.answers.map((a) => (
              <WrappingButton
                key={a.id}
                size="small"
                isStretched
                aria-pressed={a.id === step.answer}
                onClick={() => {
                  setChanging(false);
                  if (a.id !== step.answer || auto) onAnswer(node.id, a.id);
                }}
              >
                {a.label}
              </WrappingButton>
            ))}
          </Stack>
        )}
      </Stack>
    </li>
  );
}
