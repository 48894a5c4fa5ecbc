import { Button } from '@zendeskgarden/react-buttons';
import { lazy, Suspense, useEffect, useState } from 'react';
import styled from 'styled-components';
import { readSnapshot } from '../../zendesk/readSnapshot';
import { useClient } from '../shell/ClientProvider';
import { LaterStrings, useAgentLocale, useT } from '../shell/i18n/I18nProvider';
import LATER_ENGLISH from '../messages/en.later.json';

const Queue = lazy(() => import(/* webpackChunkName: "queue" */ '../queue/Queue'));
// Admins only, and only when opened.
const SetupCheck = lazy(() => import(/* webpackChunkName: "setup" */ '../setup/SetupCheck'));

type Page = 'queue' | 'setup';

const Tabs = styled.nav`
  display: flex;
  gap: ${(p) => p.theme.space.xs};
  padding: ${(p) => p.theme.space.md} ${(p) => p.theme.space.md} 0;
`;

/** Who is looking: an admin gets the setup check beside the queue. Read once, with the agent's language. */
function useViewer(): { admin: boolean; ready: boolean } {
  const client = useClient();
  const [viewer, setViewer] = useState<{ role: string; locale: string } | null>(null);
  useEffect(() => {
    let live = true;
    void readSnapshot(client).then(({ snapshot }) => live && setViewer({ role: snapshot.currentUser?.role ?? '', locale: snapshot.currentUser?.locale ?? 'en' }));
    return () => {
      live = false;
    };
  }, [client]);
  const localeReady = useAgentLocale(viewer?.locale ?? null);
  return { admin: viewer?.role === 'admin', ready: viewer !== null && localeReady };
}

function AdminTabs({ page, onPage }: { page: Page; onPage: (page: Page) => void }) {
  const t = useT();
  const tab = (which: Page, label: 'nav.queue' | 'nav.setup') => (
    <Button size="small" isBasic={page !== which} isPrimary={page === which} aria-pressed={page === which} onClick={() => onPage(which)}>
      {t(label)}
    </Button>
  );
  return (
    <Tabs aria-label={t('nav.setup')}>
      {tab('queue', 'nav.queue')}
      {tab('setup', 'nav.setup')}
    </Tabs>
  );
}

/** The nav bar's page: the Tier 2 queue, and for admins the setup check. */
export default function NavBar() {
  const { admin, ready } = useViewer();
  const [page, setPage] = useState<Page>('queue');
  return (
    <LaterStrings english={LATER_ENGLISH}>
      {admin && ready && <AdminTabs page={page} onPage={setPage} />}
      <Suspense fallback={null}>{admin && page === 'setup' ? <SetupCheck /> : <Queue />}</Suspense>
    </LaterStrings>
  );
}
