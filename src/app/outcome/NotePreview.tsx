import { getColor } from '@zendeskgarden/react-theming';
import styled from 'styled-components';

const Pre = styled.pre`
  margin: 0;
  padding: ${(p) => p.theme.space.xs};
  max-width: 100%;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  font-family: ${(p) => p.theme.fonts.mono};
  font-size: ${(p) => p.theme.fontSizes.sm};
  border: ${(p) => p.theme.borders.sm} ${(p) => getColor({ theme: p.theme, variable: 'border.default' })};
  border-radius: ${(p) => p.theme.borderRadii.md};
`;

/** The note as plain text, exactly as it will be written; focusable so it can be read and selected by keyboard. */
export function NotePreview({ id, note, label }: { id: string; note: string; label: string }) {
  return (
    <Pre id={id} aria-label={label} tabIndex={0} lang="en">
      {note}
    </Pre>
  );
}
