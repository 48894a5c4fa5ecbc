import { Button } from '@zendeskgarden/react-buttons';
import { lazy, Suspense, useState } from 'react';
import styled from 'styled-components';
import { LaterStrings, useT } from '../shell/i18n/I18nProvider';
import LATER_ENGLISH from '../messages/en.later.json';

import Queue from '../queue/Queue';

// Insights is a chunk of its own, fetched when its tab is pressed; the queue comes with the tabs.
const Insights = lazy(() => import(/* webpackChunkName: "insights" */ '../insights/Insights'));

const PAGES = ['queue', 'insights'] as const;
type NavBarPage = (typeof PAGES)[number];

const Tabs = styled.nav`
  display: flex;
  gap: ${(p) => p.theme.space.xs};
  padding: ${(p) => p.theme.space.sm} ${(p) => p.theme.space.md} 0;
`;

/** The nav bar's pages for Tier 2: the queue first, Insights beside it. In the queue's chunk, as their words are. */
export default function NavBarPages() {
  return (
    <LaterStrings english={LATER_ENGLISH}>
      <Pages />
    </LaterStrings>
  );
}

function Pages() {
  const t = useT();
  const [page, setPage] = useState<NavBarPage>('queue');
  return (
    <>
      <Tabs aria-label={t('navbar.pages')}>
        {PAGES.map((p) => (
          <Button key={p} size="small" isBasic={p !== page} isPrimary={p === page} aria-current={p === page ? 'page' : undefined} onClick={() => setPage(p)}>
            {t(`navbar.${p}`)}
          </Button>
        ))}
      </Tabs>
      <Suspense fallback={null}>{page === 'queue' ? <Queue /> : <Insights />}</Suspense>
    </>
  );
}
