import { Button } from '@zendeskgarden/react-buttons';
import { lazy, Suspense, useState, type ComponentType } from 'react';
import styled from 'styled-components';
import { LaterStrings, useT } from '../shell/i18n/I18nProvider';
import LATER_ENGLISH from '../messages/en.later.json';
import { useViewer } from './useViewer';

// Each page is a chunk of its own, fetched when its tab is first pressed (the queue at once); the setup check for admins only.
const Queue = lazy(() => import(/* webpackChunkName: "queue" */ '../queue/Queue'));
const Insights = lazy(() => import(/* webpackChunkName: "insights" */ '../insights/Insights'));
const SetupCheck = lazy(() => import(/* webpackChunkName: "setup" */ '../setup/SetupCheck'));

const PAGES = ['queue', 'insights', 'setup'] as const;
type Page = (typeof PAGES)[number];
const PAGE_VIEWS: Record<Page, ComponentType> = { queue: Queue, insights: Insights, setup: SetupCheck };

/** Above the page's own frame (which sets the type): the tabs take Garden's system font themselves. */
const Tabs = styled.nav`
  display: flex;
  font-family: ${(p) => p.theme.fonts.system};
  gap: ${(p) => p.theme.space.xs};
  padding: ${(p) => p.theme.space.md} ${(p) => p.theme.space.md} 0;
`;

function PageTabs({ pages, page, onPage }: { pages: readonly Page[]; page: Page; onPage: (page: Page) => void }) {
  const t = useT();
  return (
    <Tabs aria-label={t('nav.pages')}>
      {pages.map((p) => (
        <Button key={p} size="small" isBasic={p !== page} isPrimary={p === page} aria-current={p === page ? 'page' : undefined} onClick={() => onPage(p)}>
          {t(`nav.${p}`)}
        </Button>
      ))}
    </Tabs>
  );
}

/** The nav bar's pages for Tier 2: the queue first, Insights beside it, and for admins the setup check. */
export default function NavBar() {
  const { admin, ready } = useViewer();
  const [page, setPage] = useState<Page>('queue');
  const pages = PAGES.filter((p) => p !== 'setup' || admin);
  const View = PAGE_VIEWS[pages.includes(page) ? page : 'queue'];
  return (
    <LaterStrings english={LATER_ENGLISH}>
      {ready && <PageTabs pages={pages} page={page} onPage={setPage} />}
      <Suspense fallback={null}>
        <View />
      </Suspense>
    </LaterStrings>
  );
}
