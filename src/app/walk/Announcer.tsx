import { VisuallyHidden } from '../layout';

/** Read by screen readers, not shown: announces each new question or outcome. */
export function Announcer({ message }: { message: string }) {
  return (
    <VisuallyHidden role="status" aria-live="polite" aria-atomic="true">
      {message}
    </VisuallyHidden>
  );
}
