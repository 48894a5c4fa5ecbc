import { Button } from '@zendeskgarden/react-buttons';
import { DEFAULT_THEME, ThemeProvider } from '@zendeskgarden/react-theming';
import { createRoot } from 'react-dom/client';
import { BASELINE_BUTTON_LABEL } from './label';

/**
 * The least a Garden sidebar app ships: React 18, ReactDOM, styled-components and one Garden
 * Button inside Garden's ThemeProvider. The bench builds it with the app's own webpack config
 * and measures the app against it (bundle size and time to first render).
 */
const container = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
createRoot(container).render(
  <ThemeProvider theme={DEFAULT_THEME}>
    <Button isPrimary>{BASELINE_BUTTON_LABEL}</Button>
  </ThemeProvider>,
);
