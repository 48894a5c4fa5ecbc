import { DEFAULT_THEME, ThemeProvider } from '@zendeskgarden/react-theming';
import type { InitResult } from '../zendesk/client';
import { ClientProvider } from './ClientProvider';
import { I18nProvider } from './i18n/I18nProvider';
import { LocationRouter } from './LocationRouter';

export function App({ init }: { init: InitResult }) {
  return (
    <ThemeProvider theme={DEFAULT_THEME}>
      <I18nProvider>
        <ClientProvider init={init}>
          <LocationRouter />
        </ClientProvider>
      </I18nProvider>
    </ThemeProvider>
  );
}
