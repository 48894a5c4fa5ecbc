import { MD, SM } from '@zendeskgarden/react-typography';
import { useEffect, useRef } from 'react';
import type { TreeId } from '../../triage/tree';
import { useProcedureTitles, useT } from '../shell/i18n/I18nProvider';
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
  const titles = useProcedureTitles() ?? PROCEDURE_TITLES;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  const button = (id: TreeId) => {
    const suggested = id === choice.suggested;
    return (
      <WrappingButton
        key={id}
        isStretched
        isPrimary={suggested}
        isBasic={choice.unrelated.includes(id)}
        onClick={() => onChoose(id)}
        aria-describedby={suggested ? 'procedure-why' : undefined}
      >
        {suggested ? t('procedure.option.suggested', { title: titles[id] }) : titles[id]}
      </WrappingButton>
    );
  };
  return (
    <Stack as="section" aria-labelledby="procedure-title">
      <MD isBold id="procedure-title" tag="h2" ref={heading} tabIndex={-1}>
        {t('procedure.title')}
      </MD>
      <SM id="procedure-why">{say(t, choice.why)}</SM>
      {choice.offered.filter((id) => !choice.unrelated.includes(id)).map(button)}
      {choice.unrelated.length > 0 && <SM>{t('procedure.others')}</SM>}
      {choice.unrelated.map(button)}
    </Stack>
  );
}
