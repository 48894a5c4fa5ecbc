import { Well } from '@zendeskgarden/react-notifications';
import styled from 'styled-components';

/**
 * The sidebar's frame. Zendesk's ticket sidebar can be as narrow as 320 px: long words
 * (ids, URLs, tags) break rather than widen the page. Its blocks are spaced apart, except after
 * the hidden h1 (AppPage), which takes no room.
 */
export const Page = styled.main`
  box-sizing: border-box;
  max-width: 100%;
  padding: ${(p) => p.theme.space.sm};
  overflow-wrap: break-word;
  font-family: ${(p) => p.theme.fonts.system};

  & > :not(h1) + * {
    margin-top: ${(p) => p.theme.space.sm};
  }
`;

/** Read by screen readers, not shown (the sidebar's title; the walk's live region). */
export const VisuallyHidden = styled.div`
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
  border: 0;
`;

/** A vertical stack of blocks with the theme's spacing. */
export const Stack = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.xs};
  min-width: 0;
`;

/** A wrapping row of buttons or tags. */
export const Row = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${(p) => p.theme.space.xs};
  align-items: center;
`;

/** A boxed block with the sidebar's spacing (Garden's Well pads for full-width pages). */
export const Panel = styled(Well)`
  padding: ${(p) => p.theme.space.sm};
`;

/** An ordered list of instructions in the sidebar's small text. */
export const Steps = styled.ol`
  margin: 0;
  padding-inline-start: ${(p) => p.theme.space.md};
  font-size: ${(p) => p.theme.fontSizes.sm};
  line-height: ${(p) => p.theme.lineHeights.sm};

  & > li + li {
    margin-top: ${(p) => p.theme.space.xxs};
  }
`;
