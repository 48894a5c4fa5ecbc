import { createRoot } from 'react-dom/client';
import { App } from './app/shell/App';
import { initClient } from './zendesk/client';

// assets/iframe.html loads the ZAF SDK before this bundle. Without it, or in a page Zendesk
// did not open, initClient() says why and the app explains where it runs.
const container = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
createRoot(container).render(<App init={initClient()} />);
