import styled from 'styled-components';

/** Read by screen readers, not shown: announces each new question or outcome. */
const Hidden = styled.div`
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

export function Announcer({ message }: { message: string }) {
  return (
    <Hidden role="status" aria-live="polite" aria-atomic="true">
      {message}
    </Hidden>
  );
}
