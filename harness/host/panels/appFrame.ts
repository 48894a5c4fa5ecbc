import type { ZafTicket } from '../../zaf/shapes';
import { byId, el, json, replace } from '../dom';
import { page, shared, toast, type HostActions } from '../page';
import { ZafHost, type HostContext } from '../zafHost';
import { appendToReply, composerData } from './replyBox';
import { logZaf } from './zafLog';

/**
 * The app's iframe (320px sidebar, or full width in the nav bar) and the ZAF host around it:
 * what the app may invoke, and the framework events Zendesk fires when the open ticket changes.
 */

const APP_ID = 4242;
const INSTALLATION_ID = 4243;

/** The app runs on the other loopback name, so it is cross-origin to this page, as in Zendesk. */
function appOrigin(): string {
  const { protocol, hostname, port } = window.location;
  const other = hostname === 'localhost' ? '127.0.0.1' : hostname === '127.0.0.1' ? 'localhost' : hostname;
  return `${protocol}//${other}${port ? `:${port}` : ''}`;
}

export function mountApp(navigate: HostActions['navigate']): void {
  shared.host?.stop();
  shared.host = null;
  shared.iframe = null;
  const { state } = shared;
  const holder = byId('app-frame-holder');
  const pane = byId('app-pane');
  pane.classList.toggle('nav', page.location === 'nav_bar');
  pane.dataset.appState = 'loading';
  if (!state.app.built) {
    replace(holder, el('p', { class: 'problem' }, 'The app is not built yet. Run "npm run build" (npm start does it), then press "Reload app".'));
    return;
  }
  const path = page.location === 'nav_bar' ? (state.app.locations.nav_bar ?? state.app.locations.ticket_sidebar) : state.app.locations.ticket_sidebar;
  const appGuid = crypto.randomUUID();
  const origin = appOrigin();
  const frame = el('iframe', {
    title: page.location === 'nav_bar' ? 'App in the nav bar' : 'App in the ticket sidebar',
    class: 'app-frame',
    src: `${origin}/app/${path}?origin=${encodeURIComponent(window.location.origin)}&app_guid=${appGuid}`,
  });
  const context: HostContext = {
    product: 'support',
    location: page.location,
    ...(page.location === 'ticket_sidebar' && page.ticketId !== null ? { ticketId: page.ticketId } : {}),
    instanceGuid: appGuid,
    account: { subdomain: 'example' },
  };
  const settings = Object.fromEntries(
    Object.entries(state.settings).filter(([name]) => !state.settingSpecs.find((s) => s.name === name)?.secure),
  );
  const host = new ZafHost({
    iframe: frame,
    appOrigin: origin,
    appGuid,
    context,
    metadata: { appId: APP_ID, installationId: INSTALLATION_ID, settings },
    actorId: page.agentId ?? 0,
    data: (request, p) => composerData(request, p, (rest) =>
      json('/__harness/zaf', {
        method: 'POST',
        body: JSON.stringify({
          request,
          params: rest,
          context: { location: page.location, ticketId: page.location === 'ticket_sidebar' ? page.ticketId : null, currentUserId: page.agentId },
        }),
      })),
    invoke: (name, args) => invoke(name, args, navigate),
    log: logZaf,
    onRegistered: () => {
      pane.dataset.appState = 'registered';
      // Tests wait for this to grow to know a fresh app instance registered.
      pane.dataset.registrations = String(Number(pane.dataset.registrations ?? '0') + 1);
    },
  });
  shared.host = host;
  host.start();
  shared.iframe = frame;
  const note =
    page.location === 'nav_bar' && state.app.locations.nav_bar === null
      ? el('p', { class: 'help' }, 'The app has no nav_bar location in its manifest yet: showing its sidebar page with location "nav_bar".')
      : null;
  replace(holder, note, frame);
}

function invoke(name: string, args: unknown[], navigate: HostActions['navigate']): void {
  switch (name) {
    case 'resize': {
      const size = (args[0] ?? {}) as { height?: unknown };
      const height = typeof size.height === 'number' ? `${size.height}px` : String(size.height ?? '');
      if (!/^\d+(\.\d+)?(px)?$/.test(height)) throw new Error(`resize: height must be a number of pixels, got ${height}`);
      if (shared.iframe) shared.iframe.style.height = /px$/.test(height) ? height : `${height}px`;
      return;
    }
    case 'comment.appendText':
      appendToReply(String(args[0] ?? ''));
      return;
    case 'routeTo':
      if (args[0] === 'ticket' && Number.isInteger(Number(args[1]))) return navigate({ location: 'ticket_sidebar', ticketId: Number(args[1]) });
      if (args[0] === 'nav_bar') return navigate({ location: 'nav_bar' });
      throw new Error(`routeTo: the stand-in can open "ticket", id or "nav_bar", not ${JSON.stringify(args)}`);
    case 'notify':
      toast(String(args[0] ?? ''));
      return;
    default:
      throw new Error(`"${name}" is not supported by the stand-in`);
  }
}

/** The framework events Zendesk fires when the open ticket changes. */
export function emitChanges(before: ZafTicket, after: ZafTicket): void {
  const { host } = shared;
  if (!host) return;
  if (JSON.stringify(before.tags) !== JSON.stringify(after.tags)) host.emit('ticket.tags.changed', after.tags);
  if (before.requester?.id !== after.requester?.id) host.emit('ticket.requester.id.changed', after.requester?.id ?? null);
  if (JSON.stringify(before.organization) !== JSON.stringify(after.organization)) host.emit('ticket.organization.changed', after.organization);
  if (before.status !== after.status) host.emit('ticket.status.changed', after.status);
  if (before.updatedAt !== after.updatedAt) host.emit('ticket.updated', after);
}
