import type { WalkView } from '../../triage/engine';
import { useT } from '../shell/i18n/I18nProvider';
import { VisuallyHidden } from '../shell/layout';

/** Read by screen readers, not shown: announces each new question or outcome of the walk. */
export function Announcer({ walked }: { walked: WalkView | null }) {
  const t = useT();
  let message = '';
  if (walked?.pending != null) message = t('announce.question', { step: walked.pending.step, question: walked.pending.question });
  else if (walked?.outcome != null) message = t('announce.outcome', { title: walked.outcome.title });
  return (
    <VisuallyHidden role="status" aria-live="polite" aria-atomic="true">
      {message}
    </VisuallyHidden>
  );
}
