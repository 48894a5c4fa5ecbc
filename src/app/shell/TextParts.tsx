import { Anchor } from '@zendeskgarden/react-buttons';
import { Fragment } from 'react';
import styled from 'styled-components';
import type { FillVars } from '../../triage/treeText';
import { fillParts, type TextPart } from '../../triage/textParts';
import { useSettings } from './ClientProvider';
import { useT } from './i18n/I18nProvider';

/** A setting with lines (the Clever support contact) keeps them; runs of spaces still collapse. */
const Lines = styled.span`
  white-space: pre-line;
`;

/** Words and links: each link a Garden anchor opening in a new tab, never the sidebar. */
export function TextParts({ parts }: { parts: readonly TextPart[] }) {
  const t = useT();
  return (
    <Lines>
      {parts.map((part, i) =>
        part.kind === 'text' ? (
          <Fragment key={i}>{part.text}</Fragment>
        ) : (
          <Anchor key={i} href={part.href} target="_blank" rel="noopener noreferrer" isExternal externalIconLabel={t('link.newTab')}>
            {part.label}
          </Anchor>
        ),
      )}
    </Lines>
  );
}

/** Procedure text with its placeholders filled from the settings, as words and links. */
export function Filled({ text, vars }: { text: string; vars?: FillVars }) {
  const { settings } = useSettings();
  return <TextParts parts={fillParts(text, settings, vars)} />;
}
