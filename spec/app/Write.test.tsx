import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { BUILTIN_SEED, TICKETS, USERS } from '../../harness/fixtures';
import { ZendeskModel } from '../../harness/zendesk/model';
import { zendeskHandlers } from '../../harness/zendesk/msw';
import { App } from '../../src/app/App';
import { sessionStore } from '../../src/app/walk/sessionStore';
import { classify } from '../../src/triage/classify';
import { serialize, walk } from '../../src/triage/engine';
import { planWrite } from '../../src/triage/planWrite';
import { DEFAULT_SETTINGS } from '../../src/triage/settings';
import { TREES } from '../../src/trees';
import { pendingWrites } from '../../src/zendesk/pendingWrite';
import { FAKE_ORIGIN } from '../support/fakeClient';
import { modelClient } from './modelClient';
import { answer, findOutcome } from './renderApp';

const model = new ZendeskModel(BUILTIN_SEED);
const server = setupServer(...zendeskHandlers(model, FAKE_ORIGIN));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => model.reset());
afterAll(() => server.close());

const TICKET = TICKETS.ssoDistrict;
const notesOf = (ref: string) => model.ticket(TICKET)!.comments.filter((c) => c.body.includes(`Reference: clever-triage/${ref}`));

/** A Clever login problem: the shortest walk to an outcome with nothing to collect. */
async function toOutcome() {
  const user = userEvent.setup({ delay: null });
  const client = modelClient(model, TICKET);
  render(<App init={{ ok: true, client }} />);
  await user.click(await screen.findByRole('button', { name: /^Tier 1: troubleshooting access issues/ }));
  await answer(user, 'access.2a', 'yes');
  await findOutcome();
  const preview = screen.getByLabelText('Internal note (private), exactly as it will be written').textContent ?? '';
  const ref = /Reference: clever-triage\/(\S+)/.exec(preview)![1]!;
  return { user, client, ref };
}

describe('writing the note', () => {
  it('Zendesk rate-limits the write: the sidebar counts the wait down, then writes once', async () => {
    const { user, ref } = await toOutcome();
    model.faults.next(1, { kind: '429', retryAfter: 1 }, { target: 'writes' });
    await user.click(screen.getByRole('button', { name: 'Write note and tags' }));
    expect(await screen.findByText('Zendesk asked to slow down: waiting 1 s')).toBeVisible();
    expect(await screen.findByText('The internal note and the tags are on the ticket.', {}, { timeout: 5000 })).toBeVisible();
    expect(notesOf(ref)).toHaveLength(1);
  });

  it('a refused write says why, offers no Retry when it cannot help, and the note can be copied', async () => {
    const { user } = await toOutcome();
    model.faults.next(1, { kind: 'http', status: 403 }, { target: 'writes' });
    await user.click(screen.getByRole('button', { name: 'Write note and tags' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText("You don't have permission to update this ticket.")).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();

    const writeText = jest.spyOn(navigator.clipboard, 'writeText');
    await user.click(screen.getByRole('button', { name: 'Copy note' }));
    expect(screen.getByText('The note was copied.')).toBeVisible();
    expect(writeText).toHaveBeenCalledWith(screen.getByLabelText('Internal note (private), exactly as it will be written').textContent);
  });

  it('when the clipboard refuses, the note is shown open below Copy note, to select by hand', async () => {
    const { user } = await toOutcome();
    model.faults.next(1, { kind: 'http', status: 403 }, { target: 'writes' });
    await user.click(screen.getByRole('button', { name: 'Write note and tags' }));
    await screen.findByRole('alert');
    const planned = screen.getByLabelText('Internal note (private), exactly as it will be written').textContent;

    jest.spyOn(navigator.clipboard, 'writeText').mockRejectedValueOnce(new DOMException('Blocked by permissions policy', 'NotAllowedError'));
    const execCommand = jest.fn(() => false);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy note' }));

    expect(await screen.findByText('Could not copy: the note is below; select its text and copy it.')).toBeVisible();
    expect(execCommand).toHaveBeenCalledWith('copy');
    const notes = screen.getAllByLabelText('Internal note (private), exactly as it will be written');
    // The preview stays folded behind its disclosure; the copy of the note under the button is open.
    expect(notes.filter((n) => !n.closest('[hidden]'))).toHaveLength(1);
    const shown = notes.find((n) => !n.closest('[hidden]'))!;
    expect(shown).toBeVisible();
    expect(shown.textContent).toBe(planned);
    expect(shown).toHaveAttribute('tabindex', '0');
  });

  it('an ended session fails the write; after signing in again, Retry writes it', async () => {
    const { user, ref } = await toOutcome();
    model.faults.next(1, { kind: 'http', status: 401 }, { target: 'writes' });
    await user.click(screen.getByRole('button', { name: 'Write note and tags' }));
    expect(await screen.findByText('Your Zendesk session has ended. Sign in again, then retry.')).toBeVisible();
    expect(notesOf(ref)).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('The internal note and the tags are on the ticket.')).toBeVisible();
    expect(notesOf(ref)).toHaveLength(1);
  });
});

describe('a write that was not confirmed before a reload', () => {
  const settings = DEFAULT_SETTINGS;
  function keptPlan(refId: string) {
    const org = modelClient(model, TICKET).data['ticket.organization'];
    const state = walk(TREES.access, classify(org, settings, new Date()), { 'access.2a': 'yes' }, { refId });
    return { state, plan: planWrite(TREES.access, state, settings, { collected: {}, remark: '' }) };
  }

  it('the restored walk offers Retry, and the note is written once', async () => {
    const { state, plan } = keptPlan('reloadref0001');
    sessionStore(1).save(TICKET, { tree: 'access', walk: serialize(state), collected: {}, remark: '' });
    pendingWrites({ installationId: 1 }).save(TICKET, plan);

    const user = userEvent.setup({ delay: null });
    render(<App init={{ ok: true, client: modelClient(model, TICKET) }} />);
    expect(await screen.findByText('Not confirmed yet')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('The internal note and the tags are on the ticket.')).toBeVisible();
    expect(notesOf('reloadref0001')).toHaveLength(1);
    expect(pendingWrites({ installationId: 1 }).load(TICKET)).toBeNull();
  });

  it('a kept note whose walk is gone is still shown with Retry and Copy note; if it had landed, it is not written twice', async () => {
    const { plan } = keptPlan('reloadref0002');
    pendingWrites({ installationId: 1 }).save(TICKET, plan);
    // It did land before the reload: Zendesk has it, the sidebar never heard back.
    model.updateTicket(TICKET, { comment: { body: plan.note, public: false } }, USERS.tier1Agent);

    const user = userEvent.setup({ delay: null });
    render(<App init={{ ok: true, client: modelClient(model, TICKET) }} />);
    const kept = within(await screen.findByRole('region', { name: 'A note is waiting to be written' }));
    expect(kept.getByRole('button', { name: 'Copy note' })).toBeVisible();
    await user.click(kept.getByRole('button', { name: 'Retry' }));
    expect(await kept.findByText('The note was already on the ticket: nothing was written twice.')).toBeVisible();
    expect(notesOf('reloadref0002')).toHaveLength(1);
  });
});
