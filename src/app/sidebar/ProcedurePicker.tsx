import { MD, SM } from '@zendeskgarden/react-typography';
import { useEffect, useRef } from 'react';
import type { TreeId } from '../../triage/tree';
import { useT } from '../shell/i18n/I18nProvider';
import { say } from '../shell/i18n/strings';
import { Stack } from '../shell/layout';
import { WrappingButton } from '../shell/WrappingButton';
import type { ProcedureChoice } from './suggestProcedure';
import { PROCEDURE_TITLES } from '../../trees/titles';

interface Props {
  choice: ProcedureChoice;
  onChoose: (tree: TreeId) => void;
  /** The agent left a walk for this list: the focus comes here, where the button it was on went away. */
  focus: boolean;
}

/** The procedures to choose from, the likely one first and marked as suggested in words (not by colour only). */
export function ProcedurePicker({ choice, onChoose, focus }: Props) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  const ordered = [choice.suggested, ...choice.offered.filter((id) => id !== choice.suggested)];
  return (
    <Stack as="section" aria-labelledby="procedure-title">
      <MD isBold id="procedure-title" tag="h2" ref={heading} tabIndex={-1}>
        {t('procedure.title')}
      </MD>
      <SM id="procedure-why">{say(t, choice.why)}</SM>
      {ordered.map((id) => {
        const suggested = id === choice.suggested;
        return (
          <WrappingButton
            key={id}
            isStretched
            isPrimary={suggested}
            onClick={() => onChoose(id)}
            aria-describedby={suggested ? 'procedure-why' : undefined}
          >
            {suggested ? t('procedure.option.suggested', { title: PROCEDURE_TITLES[id] }) : PROCEDURE_TITLES[id]}
          </WrappingButton>
        );
      })}
    </Stack>
  );
}
