import { render, screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { App } from '../../src/app/shell/App';
import type { TreeId } from '../../src/triage/tree';
import { TREES } from '../../src/trees';
import { FakeClient, type FakeClientOptions } from '../support/fakeClient';

/** An organization as ZAF gives it, with the three fields under their default keys. */
export function org(name: string, fields: Record<string, unknown> = {}, extra: { id?: number; tags?: string[] } = {}) {
  return { id: extra.id ?? 10, name, tags: extra.tags ?? [], organizationFields: fields };
}

export const AGENT = { id: 5, name: 'Agent', role: 'agent', locale: 'en-US', groups: [{ id: 100, name: 'Support' }] };

/** Ticket data the snapshot reads, with an agent; `over` replaces or adds paths. */
export function ticketData(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    'ticket.id': 1,
    'ticket.status': 'open',
    'ticket.tags': [],
    'ticket.requester': { id: 7, name: 'Requester', email: 'r@example.org' },
    'ticket.organization': null,
    currentUser: AGENT,
    ...over,
  };
}

export function renderApp(opts: FakeClientOptions = {}) {
  const client = new FakeClient({ data: ticketData(), ...opts });
  const view = render(<App init={{ ok: true, client }} />);
  return { client, ...view, screen };
}

/** The answer buttons of the question on screen. */
export function pendingAnswers() {
  return within(screen.getByRole('group', { name: (_, el) => el.getAttribute('aria-labelledby') === 'question-title' }));
}

export const SSO_ORG = org('Lincoln High', { parent_account: 'Springfield USD', parent_account_id: '0015000000XyZ', lms: 'Clever SSO District' });
export const ROSTERING_ORG = org('Maple Middle', { parent_account: 'Riverside USD', parent_account_id: '0015000000AbC', lms: 'Clever Rostering District' });

// A session kept by one test must not be resumed by the next.
afterEach(() => localStorage.clear());

// Walking a procedure through Garden's components in jsdom takes seconds, not milliseconds.
jest.setTimeout(30_000);

/** The label the tree gives an answer, so tests follow the procedure's ids, not its wording. */
export function answerLabel(node: string, answer: string): string {
  const tree = TREES[node.split('.')[0] as TreeId];
  const label = tree.nodes[node]?.answers.find((a) => a.id === answer)?.label;
  if (label === undefined) throw new Error(`${node} has no answer ${answer}`);
  return label;
}

/** Answers the question on screen, which must be `node`, by clicking the answer's button. */
export async function answer(user: UserEvent, node: string, answerId: string): Promise<void> {
  expect(document.querySelector('section[data-node]')).toHaveAttribute('data-node', node);
  await user.click(pendingAnswers().getByRole('button', { name: answerLabel(node, answerId) }));
}

/** The outcome screen, once its chunk has loaded. */
export async function findOutcome() {
  return within(await screen.findByRole('region', { name: (_, el) => el.hasAttribute('data-outcome') }, { timeout: 5000 }));
}
