import { Paragraph, SM } from '@zendeskgarden/react-typography';
import styled from 'styled-components';

/** Text an agent wrote in a note, its line breaks kept. */
export const Block = styled(Paragraph)`
  white-space: pre-wrap;
  /* The small type of the read-back around it: an agent's words are not louder than the app's. */
  font-size: ${(p) => p.theme.fontSizes.sm};
  line-height: ${(p) => p.theme.lineHeights.sm};
`;

/** A heading, then what an agent wrote under it (English, as the note has it). */
export function Written({ heading, tag, text }: { heading: string; tag: 'h3' | 'h4'; text: string }) {
  return (
    <>
      <SM isBold tag={tag}>
        {heading}
      </SM>
      <Block size="small" lang="en">
        {text}
      </Block>
    </>
  );
}
