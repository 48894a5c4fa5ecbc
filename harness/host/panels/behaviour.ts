import { byId, json } from '../dom';
import { shared, toast, type HostActions } from '../page';

/** "Zendesk's behaviour": where Zendesk's documentation leaves room (docs/zendesk-behaviours.md). */

export function renderBehaviour(): void {
  byId<HTMLSelectElement>('org-fields-shape').value = shared.state.behaviour.orgFields;
  byId<HTMLInputElement>('search-delay').value = String(shared.state.behaviour.searchDelayMs / 1000);
}

export function wireBehaviour(actions: HostActions): void {
  byId<HTMLFormElement>('behaviour-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const behaviour = { orgFields: byId<HTMLSelectElement>('org-fields-shape').value, searchDelayMs: Math.round(Number(byId<HTMLInputElement>('search-delay').value) * 1000) || 0 };
    void json('/__harness/behaviour', { method: 'PUT', body: JSON.stringify(behaviour) })
      .then(() => actions.reloadState(true))
      .then(actions.mountApp)
      .catch((error: unknown) => toast(String(error)));
  });
}
