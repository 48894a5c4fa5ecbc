import { DEFAULT_THEME, ThemeProvider } from '@zendeskgarden/react-theming';
import { createGlobalStyle } from 'styled-components';
import type { InitResult } from '../../zendesk/client';
import { ClientProvider } from './ClientProvider';
import { I18nProvider } from './i18n/I18nProvider';
import { LocationRouter } from './LocationRouter';

/**
 * The browser's default body margin lies outside what AutoResize measures: with it the iframe
 * came out 15 px shorter than its document and scrolled inside the sidebar.
 */
const FrameReset = createGlobalStyle`
  body {
    margin: 0;
  }
`;

export function App({ init }: { init: InitResult }) {
  return (
    <ThemeProvider theme={DEFAULT_THEME}>
      <FrameReset />
      <I18nProvider>
        <ClientProvider init={init}>
          <LocationRouter />
        </ClientProvider>
      </I18nProvider>
    </ThemeProvider>
  );
}
