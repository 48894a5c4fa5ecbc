import { Button } from '@zendeskgarden/react-buttons';
import { Dots } from '@zendeskgarden/react-loaders';
import { Alert } from '@zendeskgarden/react-notifications';
import { useT } from '../shell/i18n/I18nProvider';
import type { ReturnNote } from './useTier1Note';
import { Written } from './Written';

/**
 * A ticket Tier 2 sent back: who returned it and when, what Tier 2 asks Tier 1 to fix (from its
 * private note), and how to resume. Shown first, above the district, to whoever opens it.
 */
export default function Returned({ state, onRetry }: { state: ReturnNote; onRetry: () => void }) {
  const t = useT();
  return (
    <Alert type={state.status === 'failed' ? 'error' : 'warning'} role="region" aria-labelledby="return-title" data-return={state.status}>
      {/* A heading of the sidebar's outline (its h1 is the app's name), so the h3s below follow an h2. */}
      <Alert.Title id="return-title" role="heading" aria-level={2}>
        {t('return.title')}
      </Alert.Title>
      {state.status === 'loading' && <Dots aria-label={t('return.loading')} />}
      {state.status === 'none' && <Alert.Paragraph>{t('return.none')}</Alert.Paragraph>}
      {state.status === 'failed' && (
        <>
          <Alert.Paragraph lang="en">{state.message}</Alert.Paragraph>
          <Button size="small" onClick={onRetry}>
            {t('tier2.retry')}
          </Button>
        </>
      )}
      {state.status === 'read' && (
        <>
          <Alert.Paragraph>
            {state.by === null ? t('return.byUnknown', { date: when(state.at) }) : t('return.by', { name: state.by, date: when(state.at) })}
          </Alert.Paragraph>
          {state.fix === null ? <Alert.Paragraph>{t('return.noFix')}</Alert.Paragraph> : <Written heading={t('return.fix')} tag="h3" text={state.fix} />}
          {state.remark !== '' && <Written heading={t('return.remark')} tag="h3" text={state.remark} />}
          <Alert.Paragraph>{t('return.resume')}</Alert.Paragraph>
        </>
      )}
    </Alert>
  );
}

/** The note's date as the agent's browser writes dates; as Zendesk gave it when it cannot be read. */
export function when(at: string | null): string {
  const date = at === null ? NaN : Date.parse(at);
  return Number.isNaN(date) ? (at ?? '?') : new Date(date).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
