import { Button } from '@zendeskgarden/react-buttons';
import styled from 'styled-components';

/**
 * A Garden button whose label wraps: answers and procedure titles are sentences, and Garden's
 * single-line buttons would cut them in a 320 px sidebar.
 */
export const WrappingButton = styled(Button)`
  height: auto;
  min-height: ${(p) => p.theme.space.base * 8}px;
  padding-top: ${(p) => p.theme.space.xxs};
  padding-bottom: ${(p) => p.theme.space.xxs};
  line-height: ${(p) => p.theme.lineHeights.md};
  white-space: normal;
  overflow-wrap: anywhere;
  text-align: start;
  justify-content: flex-start;
`;
