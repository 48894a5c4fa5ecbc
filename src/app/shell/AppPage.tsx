import type { ReactNode } from 'react';
import { useT } from './i18n/I18nProvider';
import { Page, VisuallyHidden } from './layout';

/**
 * A page of the app in the sidebar: the app's name as the document's level-one heading, for
 * screen readers (Zendesk already shows the name above the iframe), then the page's sections,
 * whose headings are h2.
 */
export function AppPage({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <Page>
      <VisuallyHidden as="h1">{t('app.title')}</VisuallyHidden>
      {children}
    </Page>
  );
}
