import { byId, el, json, replace } from '../dom';
import { page, shared, type HostActions, type Location } from '../page';

/** The top bar: which ticket, which agent, which screen; "Reload app", "Reset everything", fixture problems. */

export function renderControls(): void {
  const { state } = shared;
  replace(
    byId<HTMLSelectElement>('ticket-picker'),
    ...state.tickets.map((t) => el('option', { value: String(t.id), selected: t.id === page.ticketId }, `#${t.id} ${t.label ?? t.subject.slice(0, 60)}${t.status === 'closed' ? ' (closed)' : ''}`)),
  );
  replace(
    byId<HTMLSelectElement>('agent-picker'),
    ...state.agents.map((a) => el('option', { value: String(a.id), selected: a.id === page.agentId }, `${a.name} — ${a.groups.map((g) => g.name).join(', ') || a.role}`)),
  );
  byId<HTMLSelectElement>('location-picker').value = page.location;
  replace(byId('fixture-problems'), ...state.fixtureProblems.map((p) => el('li', {}, p)));
}

export function wireControls(actions: HostActions): void {
  byId<HTMLSelectElement>('ticket-picker').addEventListener('change', (e) => actions.navigate({ ticketId: Number((e.target as HTMLSelectElement).value) }));
  byId<HTMLSelectElement>('agent-picker').addEventListener('change', (e) => actions.navigate({ agentId: Number((e.target as HTMLSelectElement).value) }));
  byId<HTMLSelectElement>('location-picker').addEventListener('change', (e) => actions.navigate({ location: (e.target as HTMLSelectElement).value as Location }));
  byId('reload-app').addEventListener('click', actions.mountApp);
  byId('reset-all').addEventListener('click', () => {
    void json('/__harness/reset', { method: 'POST' });
  });
}
