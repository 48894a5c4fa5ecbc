import { Alert } from '@zendeskgarden/react-notifications';
import { lazy, Suspense } from 'react';
import { AppPage } from '../shell/AppPage';
import { AutoResize } from '../shell/AutoResize';
import { useAppContext, useSettings } from '../shell/ClientProvider';
import { useAgentLocale, useT } from '../shell/i18n/I18nProvider';
import { Loading } from '../shell/Loading';
import { TicketTriage } from './TicketTriage';
import { useSnapshot } from './useSnapshot';

// Shown only when a setting is wrong: its words and code load then, not with the first screen.
const SettingProblems = lazy(() => import(/* webpackChunkName: "settings-problems" */ './SettingProblems'));

/** The ticket sidebar: waits for the ticket and the agent's language, then shows the triage. */
export function TicketSidebar() {
  const t = useT();
  const context = useAppContext();
  const state = useSnapshot();
  const settingProblems = useSettings().problems.length > 0;
  const localeReady = useAgentLocale(state.status === 'ready' ? (state.read.snapshot.currentUser?.locale ?? null) : null);
  // The placeholder keeps the iframe's own height: sizing it to the placeholder and then to the content
  // would cost a ZAF call before the first question and make the sidebar jump twice.
  if (state.status === 'loading' || !localeReady) {
    return (
      <AppPage>
        <Loading label={t('loading')} />
      </AppPage>
    );
  }
  const { snapshot, problems } = state.read;
  return (
    <AutoResize>
      <AppPage>
        {settingProblems && (
          <Suspense fallback={null}>
            <SettingProblems />
          </Suspense>
        )}
        {problems.length > 0 && (
          <Alert type="warning">
            <Alert.Title>{t('read.problems.title')}</Alert.Title>
            {problems.map((p) => (
              <Alert.Paragraph key={p.path}>{t('read.problem', { path: p.path, message: p.message })}</Alert.Paragraph>
            ))}
          </Alert>
        )}
        <TicketTriage snapshot={snapshot} ticketId={context.ticketId ?? snapshot.ticketId} problems={problems} />
      </AppPage>
    </AutoResize>
  );
}
