import { parseSettings, type SettingSpec } from '../../src/triage/settings';
import { settingProblemText } from '../../src/triage/settingProblemText';
import type { ZafTicket, ZafUser } from '../zaf/shapes';
import type { Fault, LoggedRequest, QueuedFault } from '../zendesk/faults';
import { PAGE_HEADER } from '../pageHeader';
import { byId, el, json, replace } from './dom';
import { ZafHost, type AppContext } from './zafHost';

/**
 * The stand-in's host page: plays Zendesk's agent interface around the app. A ticket view
 * fed by the fake Zendesk, the app in a 320px sidebar iframe (or full width in the nav bar),
 * and tools for trainers and tests: settings, faults, request and message logs.
 */

type Location = AppContext['location'];

type Composer = 'publicReply' | 'internalNote';

interface State {
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

interface View {
  ticket: ZafTicket;
  groupName: string | null;
  comments: { id: number; author: string; public: boolean; body: string; createdAt: string }[];
}

const APP_ID = 4242;
const INSTALLATION_ID = 4243; // the fake account knows this installation (INSTALLATION in harness/fixtures.ts)
const MAX_ZAF_LOG = 300;

const params = new URLSearchParams(window.location.search);
const page = {
  location: (params.get('location') === 'nav_bar' ? 'nav_bar' : 'ticket_sidebar') as Location,
  ticketId: Number(params.get('ticket')) || null,
  agentId: Number(params.get('agent')) || null,
};
let state: State;
let view: View | null = null;
let host: ZafHost | null = null;
let iframe: HTMLIFrameElement | null = null;
/** Which way the reply box sends, as the agent left it: `comment.type` (harness README). */
let composer: Composer = 'publicReply';

/** The app runs on the other loopback name, so it is cross-origin to this page, as in Zendesk. */
function appOrigin(): string {
  const { protocol, hostname, port } = window.location;
  const other = hostname === 'localhost' ? '127.0.0.1' : hostname === '127.0.0.1' ? 'localhost' : hostname;
  return `${protocol}//${other}${port ? `:${port}` : ''}`;
}

function toast(text: string): void {
  const note = el('div', { class: 'toast', role: 'status' }, text);
  byId('toasts').append(note);
  window.setTimeout(() => note.remove(), 6000);
}

function logZaf(direction: string, message: unknown): void {
  const list = byId<HTMLOListElement>('zaf-log');
  const text = JSON.stringify(message);
  list.prepend(el('li', {}, el('span', { class: 'dir' }, direction), ' ', text.length > 600 ? `${text.slice(0, 600)}…` : text));
  while (list.children.length > MAX_ZAF_LOG) list.lastElementChild?.remove();
}

function syncUrl(): void {
  const next = new URLSearchParams();
  next.set('location', page.location);
  if (page.ticketId !== null) next.set('ticket', String(page.ticketId));
  if (page.agentId !== null) next.set('agent', String(page.agentId));
  window.history.replaceState(null, '', `?${next.toString()}`);
}

// ---- the app iframe ----

function mountApp(): void {
  host?.stop();
  host = null;
  iframe = null;
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
  const context: AppContext = {
    product: 'support',
    location: page.location,
    ...(page.location === 'ticket_sidebar' && page.ticketId !== null ? { ticketId: page.ticketId } : {}),
    instanceGuid: appGuid,
    account: { subdomain: 'example' },
  };
  const settings = Object.fromEntries(
    Object.entries(state.settings).filter(([name]) => !state.settingSpecs.find((s) => s.name === name)?.secure),
  );
  host = new ZafHost({
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
    invoke,
    log: logZaf,
    onRegistered: () => {
      pane.dataset.appState = 'registered';
      // Tests wait for this to grow to know a fresh app instance registered.
      pane.dataset.registrations = String(Number(pane.dataset.registrations ?? '0') + 1);
    },
  });
  host.start();
  iframe = frame;
  const note =
    page.location === 'nav_bar' && state.app.locations.nav_bar === null
      ? el('p', { class: 'help' }, 'The app has no nav_bar location in its manifest yet: showing its sidebar page with location "nav_bar".')
      : null;
  replace(holder, note, frame);
}

/**
 * `comment.type` is the reply box's state, kept by this page: get gives `publicReply` or
 * `internalNote`, set switches it (developer.zendesk.com/api-reference/apps/apps-support-api/ticket_sidebar/,
 * "comment.type"). Every other path goes to the fake Zendesk.
 */
async function composerData(request: 'get' | 'set', params: unknown, forward: (rest: unknown) => Promise<Record<string, unknown>>): Promise<Record<string, unknown>> {
  const PATH = 'comment.type';
  const inTicket = page.location === 'ticket_sidebar' && view !== null;
  if (request === 'get' && Array.isArray(params) && params.includes(PATH)) {
    const others = params.filter((path) => path !== PATH);
    const answer = others.length > 0 ? await forward(others) : { errors: {} };
    return inTicket ? { ...answer, [PATH]: composer } : { ...answer, errors: { ...(answer.errors as object), [PATH]: { name: 'ApiError', message: `Could not find handler for: "${PATH}"` } } };
  }
  if (request === 'set' && params !== null && typeof params === 'object' && PATH in params) {
    const { [PATH]: value, ...others } = params as Record<string, unknown>;
    const answer = Object.keys(others).length > 0 ? await forward(others) : { errors: {} };
    if (!inTicket || (value !== 'publicReply' && value !== 'internalNote')) {
      return { ...answer, errors: { ...(answer.errors as object), [PATH]: { name: 'ApiError', message: `comment.type must be publicReply or internalNote, got ${JSON.stringify(value)}` } } };
    }
    setComposer(value);
    return { ...answer, [PATH]: value };
  }
  return forward(params);
}

function setComposer(value: Composer): void {
  composer = value;
  byId<HTMLSelectElement>('composer-type').value = value;
}

function invoke(name: string, args: unknown[]): void {
  switch (name) {
    case 'resize': {
      const size = (args[0] ?? {}) as { height?: unknown };
      const height = typeof size.height === 'number' ? `${size.height}px` : String(size.height ?? '');
      if (!/^\d+(\.\d+)?(px)?$/.test(height)) throw new Error(`resize: height must be a number of pixels, got ${height}`);
      if (iframe) iframe.style.height = /px$/.test(height) ? height : `${height}px`;
      return;
    }
    case 'comment.appendText': {
      const box = byId<HTMLTextAreaElement>('reply-box');
      box.value += String(args[0] ?? '');
      toast(`The app inserted text into the reply box (${composer === 'publicReply' ? 'public reply' : 'internal note'}).`);
      return;
    }
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

function navigate(to: Partial<typeof page>): void {
  Object.assign(page, to);
  resetComposer();
  syncUrl();
  renderControls();
  void refreshView().then(mountApp);
}

// ---- the ticket view ----

async function refreshView(): Promise<void> {
  const previous = view;
  view = page.location === 'ticket_sidebar' && page.ticketId !== null ? await json<View>(`/__harness/view/${page.ticketId}`).catch(() => null) : null;
  renderTicket();
  if (previous && view && previous.ticket.id === view.ticket.id) emitChanges(previous.ticket, view.ticket);
}

/** The framework events Zendesk fires when the open ticket changes. */
function emitChanges(before: ZafTicket, after: ZafTicket): void {
  if (!host) return;
  if (JSON.stringify(before.tags) !== JSON.stringify(after.tags)) host.emit('ticket.tags.changed', after.tags);
  if (before.requester?.id !== after.requester?.id) host.emit('ticket.requester.id.changed', after.requester?.id ?? null);
  if (JSON.stringify(before.organization) !== JSON.stringify(after.organization)) host.emit('ticket.organization.changed', after.organization);
  if (before.status !== after.status) host.emit('ticket.status.changed', after.status);
  if (before.updatedAt !== after.updatedAt) host.emit('ticket.updated', after);
}

function fieldValue(value: unknown): string {
  if (value === null || value === undefined) return '(empty)';
  return typeof value === 'string' ? (value === '' ? '(empty)' : value) : JSON.stringify(value);
}

function renderTicket(): void {
  const pane = byId('ticket-pane');
  pane.hidden = page.location !== 'ticket_sidebar';
  if (!view) {
    replace(byId('ticket-heading'), page.ticketId === null ? 'No ticket open' : `Ticket #${page.ticketId} not found`);
    replace(byId('ticket-props'));
    replace(byId('ticket-tags'));
    replace(byId('conversation'));
    return;
  }
  const t = view.ticket;
  replace(byId('ticket-heading'), `#${t.id} ${t.subject}`);
  const orgPicker = el(
    'select',
    { 'aria-label': 'Change the organization of this ticket' },
    el('option', { value: '' }, '(no organization)'),
    ...state.organizations.map((o) => el('option', { value: String(o.id), selected: o.id === t.organization?.id }, `${o.name.slice(0, 60)} (#${o.id})`)),
  );
  orgPicker.addEventListener('change', () => {
    void agentUpdate({ organization_id: orgPicker.value === '' ? null : Number(orgPicker.value) });
  });
  const requesterPicker = el(
    'select',
    { 'aria-label': 'Change the requester of this ticket' },
    ...state.requesters.map((u) => el('option', { value: String(u.id), selected: u.id === t.requester?.id }, `${u.name.slice(0, 60)} (#${u.id})`)),
  );
  // Zendesk gives the ticket the new requester's organization: two events, requester then organization.
  requesterPicker.addEventListener('change', () => void agentUpdate({ requester_id: Number(requesterPicker.value) }));
  const row = (term: string, ...value: (Node | string)[]): Node[] => [el('dt', {}, term), el('dd', {}, ...value)];
  replace(
    byId('ticket-props'),
    ...row('Status', t.status),
    ...row('Group', view.groupName ?? '(none)'),
    ...row('Requester', t.requester ? `${t.requester.name} <${t.requester.email ?? 'no email'}>` : '(none)', ' ', requesterPicker),
    ...row('Organization', t.organization ? t.organization.name : '(no organization)', ' ', orgPicker),
    ...Object.entries(t.organization?.organizationFields ?? {}).flatMap(([key, value]) => row(`Organization field "${key}"`, fieldValue(value))),
    ...row('Updated', t.updatedAt),
  );
  replace(byId('ticket-tags'), ...(t.tags.length ? t.tags.map((tag) => el('li', { class: 'tag' }, tag)) : [el('li', { class: 'help' }, '(no tags)')]));
  replace(
    byId('conversation'),
    ...view.comments.map((c) =>
      el(
        'li',
        { class: c.public ? 'comment public' : 'comment internal', 'data-comment-id': String(c.id) },
        el('div', { class: 'meta' }, el('span', { class: 'badge' }, c.public ? 'Public reply' : 'Internal note'), ` ${c.author} · ${c.createdAt}`),
        el('div', { class: 'body' }, c.body),
      ),
    ),
  );
}

async function agentUpdate(update: Record<string, unknown>): Promise<void> {
  if (page.ticketId === null) return;
  try {
    await json(`/__harness/agent-update/${page.ticketId}`, { method: 'POST', body: JSON.stringify({ agentId: page.agentId, ...update }) });
  } catch (error) {
    toast(`Zendesk refused the change: ${error instanceof Error ? error.message : String(error)}`);
  }
}

// ---- controls and tools ----

function renderControls(): void {
  const tickets = byId<HTMLSelectElement>('ticket-picker');
  replace(
    tickets,
    ...state.tickets.map((t) => el('option', { value: String(t.id), selected: t.id === page.ticketId }, `#${t.id} ${t.label ?? t.subject.slice(0, 60)}${t.status === 'closed' ? ' (closed)' : ''}`)),
  );
  const agents = byId<HTMLSelectElement>('agent-picker');
  replace(
    agents,
    ...state.agents.map((a) => el('option', { value: String(a.id), selected: a.id === page.agentId }, `${a.name} — ${a.groups.map((g) => g.name).join(', ') || a.role}`)),
  );
  byId<HTMLSelectElement>('location-picker').value = page.location;
  replace(byId('fixture-problems'), ...state.fixtureProblems.map((p) => el('li', {}, p)));
}

function renderSettings(): void {
  const form = byId<HTMLFormElement>('settings-form');
  const fields = state.settingSpecs
    .filter((spec) => spec.type !== 'hidden')
    .map((spec) => {
      const label = state.settingLabels[spec.name]?.label ?? spec.name;
      const help = state.settingLabels[spec.name]?.helpText;
      const value = state.settings[spec.name];
      const common = { id: `setting-${spec.name}`, name: spec.name };
      const input =
        spec.type === 'multiline'
          ? el('textarea', { ...common, rows: '3' }, String(value ?? ''))
          : spec.type === 'checkbox'
            ? el('input', { ...common, type: 'checkbox', checked: value === true || value === 'true' })
            : el('input', {
                ...common,
                type: spec.secure ? 'password' : spec.type === 'number' ? 'number' : spec.type === 'url' ? 'url' : 'text',
                value: value === undefined || value === null ? '' : String(value),
                placeholder: spec.secure && state.secureSettingsSet.includes(spec.name) ? 'Set: leave empty to keep it' : undefined,
              });
      return el(
        'div',
        { class: 'setting' },
        el('label', { for: common.id }, label, spec.required ? ' *' : '', ' ', el('code', {}, spec.name)),
        input,
        help ? el('p', { class: 'help' }, help) : null,
        spec.secure ? el('p', { class: 'help' }, 'Secure: Zendesk never gives this to the app.') : null,
      );
    });
  const save = el('button', { type: 'submit' }, 'Save and reload app');
  const defaults = el('button', { type: 'button' }, 'Restore defaults');
  defaults.addEventListener('click', () => {
    void json('/__harness/settings', { method: 'DELETE' })
      .then(() => reloadState(true))
      .then(mountApp);
  });
  replace(form, ...fields, el('div', { class: 'buttons' }, save, defaults));
  replace(byId('settings-problems'), ...parseSettings(state.settings).problems.map((p) => el('li', {}, `${p.setting}: ${settingProblemText(p)}`)));
}

function resetComposer(): void {
  setComposer(state.tickets.find((t) => t.id === page.ticketId)?.composer ?? 'publicReply');
}

function renderBehaviour(): void {
  byId<HTMLSelectElement>('org-fields-shape').value = state.behaviour.orgFields;
  byId<HTMLInputElement>('search-delay').value = String(state.behaviour.searchDelayMs / 1000);
}

function readSettingsForm(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const spec of state.settingSpecs) {
    const input = document.getElementById(`setting-${spec.name}`) as HTMLInputElement | HTMLTextAreaElement | null;
    if (!input) continue;
    if (spec.type === 'checkbox') out[spec.name] = (input as HTMLInputElement).checked;
    else if (spec.type === 'number') out[spec.name] = input.value.trim() === '' ? '' : Number(input.value);
    else out[spec.name] = input.value;
  }
  return out;
}

function faultFromForm(): { fault: Fault; target: 'any' | 'writes' } {
  const kind = byId<HTMLSelectElement>('fault-kind').value;
  const writesOnly = byId<HTMLInputElement>('fault-writes-only').checked;
  const target = writesOnly ? 'writes' : 'any';
  switch (kind) {
    case '429':
      return { fault: { kind: '429', retryAfter: Number(byId<HTMLInputElement>('fault-retry-after').value) || 0 }, target };
    case '500':
      return { fault: { kind: '500' }, target };
    case 'drop-before':
      return { fault: { kind: 'drop', afterApply: false }, target };
    case 'drop-after':
      return { fault: { kind: 'drop', afterApply: true }, target };
    case 'concurrent-edit':
      return { fault: { kind: 'concurrent-edit', addTags: ['edited_by_another_agent'] }, target: 'writes' };
    default:
      return { fault: { kind: 'http', status: Number(kind) }, target };
  }
}

function describeFault(q: QueuedFault): string {
  const f = q.fault;
  const what =
    f.kind === '429'
      ? `429, retry after ${f.retryAfter} s`
      : f.kind === '500'
        ? `${f.status ?? 500} server error`
        : f.kind === 'http'
          ? `${f.status} error`
          : f.kind === 'drop'
            ? `connection drops ${f.afterApply ? 'after' : 'before'} Zendesk saves`
            : `another agent edits first (adds ${f.addTags.join(', ')})`;
  return `${what} — next ${q.remaining} ${q.target === 'writes' ? 'save(s)' : 'request(s)'}`;
}

function renderFaults(): void {
  replace(
    byId('fault-queue'),
    ...(state.faults.length ? state.faults.map((q) => el('li', {}, describeFault(q))) : [el('li', { class: 'help' }, 'No faults waiting: Zendesk answers normally.')]),
  );
  byId('retry-after-label').hidden = byId<HTMLSelectElement>('fault-kind').value !== '429';
}

async function renderRequestLog(): Promise<void> {
  const log = await json<LoggedRequest[]>('/__harness/log');
  replace(
    byId('request-log'),
    ...log
      .slice(-200)
      .reverse()
      .map((r) =>
        el(
          'tr',
          { class: r.status === 'dropped' || r.status >= 400 ? 'failed' : '' },
          el('td', {}, String(r.seq)),
          el('td', {}, r.method),
          el('td', {}, r.url),
          el('td', {}, String(r.status)),
          el('td', {}, r.fault ?? ''),
        ),
      ),
  );
}

/** Re-reads the server's state. The settings form is redrawn only when asked, so typing in it is never lost. */
async function reloadState(withSettings = false): Promise<void> {
  state = await json<State>('/__harness/state');
  if (page.ticketId === null || !state.tickets.some((t) => t.id === page.ticketId)) page.ticketId = state.tickets[0]?.id ?? null;
  if (page.agentId === null || !state.agents.some((a) => a.id === page.agentId)) page.agentId = state.agents[0]?.id ?? null;
  syncUrl();
  renderControls();
  if (withSettings) {
    renderSettings();
    renderBehaviour();
  }
  renderFaults();
}

function wire(): void {
  byId<HTMLSelectElement>('ticket-picker').addEventListener('change', (e) => navigate({ ticketId: Number((e.target as HTMLSelectElement).value) }));
  byId<HTMLSelectElement>('agent-picker').addEventListener('change', (e) => navigate({ agentId: Number((e.target as HTMLSelectElement).value) }));
  byId<HTMLSelectElement>('location-picker').addEventListener('change', (e) => navigate({ location: (e.target as HTMLSelectElement).value as Location }));
  byId('reload-app').addEventListener('click', mountApp);
  byId('reset-all').addEventListener('click', () => {
    void json('/__harness/reset', { method: 'POST' });
  });
  byId<HTMLFormElement>('reply-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const box = byId<HTMLTextAreaElement>('reply-box');
    if (box.value.trim() === '') return;
    const isPublic = (e.submitter as HTMLButtonElement | null)?.value === 'public';
    void agentUpdate({ comment: { body: box.value, public: isPublic } }).then(() => {
      box.value = '';
    });
  });
  byId<HTMLFormElement>('settings-form').addEventListener('submit', (e) => {
    e.preventDefault();
    void json('/__harness/settings', { method: 'PUT', body: JSON.stringify(readSettingsForm()) })
      .then(() => reloadState(true))
      .then(mountApp);
  });
  byId<HTMLSelectElement>('composer-type').addEventListener('change', (e) => setComposer((e.target as HTMLSelectElement).value as Composer));
  byId<HTMLFormElement>('behaviour-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const behaviour = { orgFields: byId<HTMLSelectElement>('org-fields-shape').value, searchDelayMs: Math.round(Number(byId<HTMLInputElement>('search-delay').value) * 1000) || 0 };
    void json('/__harness/behaviour', { method: 'PUT', body: JSON.stringify(behaviour) })
      .then(() => reloadState(true))
      .then(mountApp)
      .catch((error: unknown) => toast(String(error)));
  });
  byId('fault-kind').addEventListener('change', renderFaults);
  byId<HTMLFormElement>('fault-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const n = Number(byId<HTMLInputElement>('fault-count').value) || 1;
    void json('/__harness/faults', { method: 'POST', body: JSON.stringify({ n, ...faultFromForm() }) }).catch((error: unknown) => toast(String(error)));
  });
  byId('fault-clear').addEventListener('click', () => {
    void json('/__harness/faults', { method: 'DELETE' });
  });
  byId('clear-messages').addEventListener('click', () => replace(byId('zaf-log')));
  byId('fixtures-load').addEventListener('click', () => {
    const text = byId<HTMLTextAreaElement>('fixtures-input').value;
    // Not json(): a 400 here still carries the problems to show.
    void fetch('/__harness/fixtures', { method: 'POST', headers: { 'Content-Type': 'application/json', [PAGE_HEADER]: '1' }, body: text })
      .then((res) => res.json() as Promise<{ problems: string[]; tickets?: number }>)
      .then(({ problems, tickets }) =>
        replace(byId('fixtures-result'), ...(problems.length ? problems.map((p) => el('li', {}, p)) : [el('li', { class: 'ok' }, `Loaded: ${tickets ?? 0} tickets in the picker.`)])),
      );
  });
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
        byId<HTMLTextAreaElement>('reply-box').value = '';
        void reloadState(true).then(resetComposer).then(refreshView).then(mountApp).then(renderRequestLog);
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
  wire();
  await reloadState(true);
  resetComposer();
  await refreshView();
  await renderRequestLog();
  mountApp();
  listen();
}

void main();
