import styled from 'styled-components';

/**
 * The sidebar's frame. Zendesk's ticket sidebar can be as narrow as 320 px: long words
 * (ids, URLs, tags) wrap instead of widening the page.
 */
export const Page = styled.main`
  box-sizing: border-box;
  max-width: 100%;
  padding: ${(p) => p.theme.space.sm};
  overflow-wrap: anywhere;
  font-family: ${(p) => p.theme.fonts.system};

  & > * + * {
    margin-top: ${(p) => p.theme.space.sm};
  }
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
