import { byId, el, json, replace } from '../dom';
import { agentUpdate, page, shared, type View } from '../page';
import { emitChanges } from './appFrame';

/**
 * The ticket view: properties (with pickers that change the requester and organization as an
 * agent would in Zendesk), tags and the conversation, redrawn live when the ticket changes.
 */

export async function refreshView(): Promise<void> {
  const previous = shared.view;
  shared.view = page.location === 'ticket_sidebar' && page.ticketId !== null ? await json<View>(`/__harness/view/${page.ticketId}`).catch(() => null) : null;
  renderTicket();
  const { view } = shared;
  if (previous && view && previous.ticket.id === view.ticket.id) emitChanges(previous.ticket, view.ticket);
}

function fieldValue(value: unknown): string {
  if (value === null || value === undefined) return '(empty)';
  return typeof value === 'string' ? (value === '' ? '(empty)' : value) : JSON.stringify(value);
}

function renderTicket(): void {
  const { view, state } = shared;
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
