import { Button } from '@zendeskgarden/react-buttons';
import { SM } from '@zendeskgarden/react-typography';
import { getColor } from '@zendeskgarden/react-theming';
import { useRef, useState } from 'react';
import styled from 'styled-components';
import type { StepRecord } from '../../triage/engine';
import type { Settings } from '../../triage/settings';
import { fill } from '../../triage/treeText';
import type { Tree } from '../../triage/tree';
import { EvidenceList } from '../sidebar/district/EvidenceList';
import { useT } from '../shell/i18n/I18nProvider';
import { Stack } from '../shell/layout';
import { DisclosureButton } from '../shell/DisclosureButton';
import { WrappingButton } from '../shell/WrappingButton';

const Steps = styled.ol`
  margin: 0;
  padding: 0;
  list-style: none;

  & > li {
    padding: ${(p) => p.theme.space.xxs} 0;
    border-bottom: ${(p) => p.theme.borders.sm} ${(p) => getColor({ theme: p.theme, variable: 'border.subtle' })};
  }
`;

/** Says "the app answered this" in words, inside the step's line: a Garden tag is a block, which a button cannot hold. */
const AutoMarker = styled.span`
  flex-shrink: 0;
  white-space: nowrap;
  margin-inline-start: ${(p) => p.theme.space.xs};
  padding: 0 ${(p) => p.theme.space.xxs};
  border: ${(p) => p.theme.borders.sm} ${(p) => getColor({ theme: p.theme, variable: 'border.primaryEmphasis' })};
  border-radius: ${(p) => p.theme.borderRadii.sm};
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.primary' })};
  font-weight: ${(p) => p.theme.fontWeights.semibold};
`;

const Details = styled(Stack)`
  padding: ${(p) => p.theme.space.xxs} 0 ${(p) => p.theme.space.xs} ${(p) => p.theme.space.sm};
`;

/** From this many answered steps, a walk in progress shows only the last one, the others behind a disclosure. */
const LONG = 3;

interface Props {
  tree: Tree;
  path: StepRecord[];
  settings: Settings;
  /**
   * The walk reached its outcome: the whole trail folds behind one button, so the outcome is
   * what the agent sees first in a 320 px sidebar.
   */
  folded: boolean;
  onAnswer: (node: string, answer: string) => void;
}

/**
 * The answered steps, in order, one line each ("Step 2a · No"); a line opens to its question,
 * the app's evidence and a Change control, the app's answers as well as the agent's. A long
 * trail shows its last step only, so the question below stays near the top of the sidebar.
 */
export function Trail({ tree, path, settings, folded, onAnswer }: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  if (path.length === 0) return null;
  const earlier = path.length - 1;
  const foldEarlier = !folded && path.length >= LONG;
  return (
    <section aria-label={t('trail.title')}>
      <SM isBold tag="h2">
        {folded ? (
          <DisclosureButton expanded={open} controls="trail-steps" onToggle={() => setOpen((v) => !v)}>
            {t(open ? 'trail.hide' : 'trail.show', { count: path.length })}
          </DisclosureButton>
        ) : (
          t('trail.title')
        )}
      </SM>
      {foldEarlier && (
        <DisclosureButton expanded={open} controls="trail-steps" onToggle={() => setOpen((v) => !v)}>
          {t(open ? 'trail.earlier.hide' : 'trail.earlier.show', { count: earlier })}
        </DisclosureButton>
      )}
      <Steps id="trail-steps" hidden={folded && !open}>
        {path.map((step, i) => (
          <TrailStep
            key={step.node}
            tree={tree}
            step={step}
            settings={settings}
            hidden={foldEarlier && !open && i < earlier}
            onAnswer={onAnswer}
          />
        ))}
      </Steps>
    </section>
  );
}

interface StepProps {
  tree: Tree;
  step: StepRecord;
  settings: Settings;
  hidden: boolean;
  onAnswer: Props['onAnswer'];
}

function TrailStep({ tree, step, settings, hidden, onAnswer }: StepProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [changing, setChanging] = useState(false);
  const changeButton = useRef<HTMLButtonElement>(null);
  const node = tree.nodes[step.node];
  if (!node) return null;
  const chosen = node.answers.find((a) => a.id === step.answer);
  const auto = step.source === 'auto';
  const detailsId = `trail-step-${step.node}`;
  const changeLabel = t('trail.change.label', { step: node.step });
  return (
    <li data-node={step.node} hidden={hidden}>
      <DisclosureButton expanded={open} controls={detailsId} onToggle={() => setOpen((v) => !v)}>
        <span>{t('trail.line', { step: node.step, answer: chosen?.label ?? step.answer })}</span>
        {auto && <AutoMarker>{t('trail.auto.marker')}</AutoMarker>}
      </DisclosureButton>
      {/* A plain wrapper carries `hidden`: the Stack's display: flex would override it. */}
      <div id={detailsId} hidden={!open}>
        <Details>
          <SM lang="en">{fill(node.question, settings)}</SM>
          {auto && (
            <>
              <SM>{t('trail.auto')}</SM>
              <EvidenceList evidence={step.evidence} />
            </>
          )}
          <div>
            <Button ref={changeButton} size="small" isBasic aria-expanded={changing} aria-label={changeLabel} onClick={() => setChanging((v) => !v)}>
              {t('trail.change')}
            </Button>
          </div>
          {changing && (
            <Stack role="group" aria-label={changeLabel}>
              {node.answers.map((a) => (
                <WrappingButton
                  key={a.id}
                  size="small"
                  isStretched
                  aria-pressed={a.id === step.answer}
                  onClick={() => {
                    setChanging(false);
                    // A new answer moves the focus to what follows it; the same one leaves it on Change.
                    if (a.id !== step.answer || auto) {
                      setOpen(false);
                      onAnswer(node.id, a.id);
                    } else {
                      changeButton.current?.focus();
                    }
                  }}
                >
                  {a.label}
                </WrappingButton>
              ))}
            </Stack>
          )}
        </Details>
      </div>
    </li>
  );
}
