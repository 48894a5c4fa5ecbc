import { json } from './dom';
import { page, shared, syncUrl, type HostActions, type State } from './page';
import { mountApp } from './panels/appFrame';
import { renderBehaviour, wireBehaviour } from './panels/behaviour';
import { renderControls, wireControls } from './panels/controls';
import { renderFaults, wireFaults } from './panels/faults';
import { wireFixtures } from './panels/fixtures';
import { clearReplyBox, resetComposer, wireReplyBox } from './panels/replyBox';
import { renderRequestLog } from './panels/requestLog';
import { renderSettings, wireSettings } from './panels/settings';
import { refreshView } from './panels/ticket';
import { wireZafLog } from './panels/zafLog';

/**
 * The stand-in's host page: plays Zendesk's agent interface around the app. A ticket view
 * fed by the fake Zendesk, the app in a 320px sidebar iframe (or full width in the nav bar),
 * and tools for trainers and tests: settings, faults, request and message logs.
 *
 * This file only puts the page together; each panel is one module in ./panels (its render
 * and wire functions), sharing ./page.ts. A new panel: markup in index.html, a module in
 * panels/, its wire call in main() and, if it shows server state, its render in reloadState.
 */

const actions: HostActions = { navigate, reloadState, mountApp: () => mountApp(navigate) };

function navigate(to: Partial<typeof page>): void {
  Object.assign(page, to);
  resetComposer();
  syncUrl();
  renderControls();
  void refreshView().then(actions.mountApp);
}

/** Re-reads the server's state. The settings form is redrawn only when asked, so typing in it is never lost. */
async function reloadState(withSettings = false): Promise<void> {
  const state = await json<State>('/__harness/state');
  shared.state = state;
  if (page.ticketId === null || !state.tickets.some((t) => t.id === page.ticketId)) page.ticketId = state.tickets[0]?.id ?? null;
  if (page.agentId === null || !state.agents.some((a) => a.id === page.agentId)) page.agentId = state.agents[0]?.id ?? null;
  syncUrl();
  renderControls();
  if (withSettings) {
    renderSettings(actions);
    renderBehaviour();
  }
  renderFaults();
}

/** Live updates from the server: the model changed, a request was answered, settings changed. */
function listen(): void {
  const events = new EventSource('/__harness/events');
  events.onmessage = (message: MessageEvent<string>) => {
    const event = JSON.parse(message.data) as { kind: string; id?: number };
    switch (event.kind) {
      case 'ticket':
        if (event.id === page.ticketId) void refreshView();
        void reloadState();
        break;
      case 'reset':
        clearReplyBox();
        void reloadState(true).then(resetComposer).then(refreshView).then(actions.mountApp).then(renderRequestLog);
        break;
      case 'log':
        void renderRequestLog();
        void reloadState();
        break;
      case 'settings':
        void reloadState(true);
        break;
      default:
        void reloadState();
    }
  };
}

async function main(): Promise<void> {
  wireControls(actions);
  wireReplyBox();
  wireSettings(actions);
  wireBehaviour(actions);
  wireFaults();
  wireZafLog();
  wireFixtures();
  await reloadState(true);
  resetComposer();
  await refreshView();
  await renderRequestLog();
  actions.mountApp();
  listen();
}

void main();
