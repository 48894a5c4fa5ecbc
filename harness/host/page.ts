import type { SettingSpec } from '../../src/triage/settings';
import type { ZafTicket, ZafUser } from '../zaf/shapes';
import type { QueuedFault } from '../zendesk/faults';
import { byId, el, json } from './dom';
import type { HostContext, ZafHost } from './zafHost';

/**
 * What the host page's panels share: the page's address (location, ticket, agent), the
 * server's state as last read, the open ticket's view, the app's frame, and a few actions.
 */

export type Location = HostContext['location'];

export type Composer = 'publicReply' | 'internalNote';

/** GET /__harness/state (harness/server/hostViews.ts). */
export interface State {
  tickets: { id: number; label: string | null; subject: string; status: string; composer: Composer }[];
  agents: ZafUser[];
  requesters: { id: number; name: string }[];
  behaviour: { orgFields: string; searchDelayMs: number };
  organizations: { id: number; name: string }[];
  /** Never the secure settings' values: only which of them are set. */
  settings: Record<string, unknown>;
  secureSettingsSet: string[];
  settingSpecs: SettingSpec[];
  settingLabels: Record<string, { label?: string; helpText?: string }>;
  faults: QueuedFault[];
  fixtureProblems: string[];
  app: { built: boolean; locations: { ticket_sidebar: string; nav_bar: string | null } };
}

/** GET /__harness/view/{ticket}. */
export interface View {
  ticket: ZafTicket;
  groupName: string | null;
  comments: { id: number; author: string; public: boolean; body: string; createdAt: string }[];
}

/** What a panel may ask of the page as a whole (host.ts provides them). */
export interface HostActions {
  navigate(to: Partial<typeof page>): void;
  /** Re-reads the server's state; the settings and behaviour forms are redrawn only when asked. */
  reloadState(withSettings?: boolean): Promise<void>;
  mountApp(): void;
}

const params = new URLSearchParams(window.location.search);
export const page = {
  location: (params.get('location') === 'nav_bar' ? 'nav_bar' : 'ticket_sidebar') as Location,
  ticketId: Number(params.get('ticket')) || null,
  agentId: Number(params.get('agent')) || null,
};

export const shared: {
  state: State;
  view: View | null;
  host: ZafHost | null;
  iframe: HTMLIFrameElement | null;
  /** Which way the reply box sends, as the agent left it: `comment.type` (harness README). */
  composer: Composer;
} = { state: undefined as unknown as State, view: null, host: null, iframe: null, composer: 'publicReply' };

export function syncUrl(): void {
  const next = new URLSearchParams();
  next.set('location', page.location);
  if (page.ticketId !== null) next.set('ticket', String(page.ticketId));
  if (page.agentId !== null) next.set('agent', String(page.agentId));
  window.history.replaceState(null, '', `?${next.toString()}`);
}

export function toast(text: string): void {
  const note = el('div', { class: 'toast', role: 'status' }, text);
  byId('toasts').append(note);
  window.setTimeout(() => note.remove(), 6000);
}

/** A change the agent makes to the open ticket in Zendesk's own interface. */
export async function agentUpdate(update: Record<string, unknown>): Promise<void> {
  if (page.ticketId === null) return;
  try {
    await json(`/__harness/agent-update/${page.ticketId}`, { method: 'POST', body: JSON.stringify({ agentId: page.agentId, ...update }) });
  } catch (error) {
    toast(`Zendesk refused the change: ${error instanceof Error ? error.message : String(error)}`);
  }
}
