import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { TICKETS, USERS } from '../../harness/fixtures';
import { App } from '../../src/app/shell/App';
import { sessionStore } from '../../src/app/walk/sessionStore';
import { classify } from '../../src/triage/classify';
import { walk } from '../../src/triage/engine';
import { serialize } from '../../src/triage/savedWalk';
import { planWrite } from '../../src/triage/planWrite';
import { DEFAULT_SETTINGS } from '../../src/triage/settings';
import { TREES } from '../../src/trees';
import { pendingWrites } from '../../src/zendesk/pendingWrite';
import { FAKE_ORIGIN } from '../support/fakeClient';
import { modelClient } from './modelClient';
import { answer, findOutcome } from './renderApp';
import { zendeskServerPerFile } from '../support/zendeskServer';

const { model, server } = zendeskServerPerFile();

const TICKET = TICKETS.ssoDistrict;
const notesOf = (ref: string) => model.ticket(TICKET)!.comments.filter((c) => c.body.includes(`Reference: clever-triage/${ref}`));
const WRITTEN = 'The internal note and the tags are on the ticket.';
const ALREADY = 'The note was already on the ticket: nothing was written twice.';

/** The reference id of the note the outcome on screen would write, read from its preview. */
async function previewedRef(): Promise<string> {
  const preview = (await findOutcome()).getByLabelText('Internal note (private), exactly as it will be written').textContent ?? '';
  return /Reference: clever-triage\/(\S+)/.exec(preview)![1]!;
}

/** The sidebar on the ticket, as a reload of the app opens it. */
function openSidebar(settings?: Record<string, string>) {
  const client = modelClient(model, TICKET, { settings });
  render(<App init={{ ok: true, client }} />);
  return client;
}

/** A Clever login problem: the shortest walk to an outcome with nothing to collect. */
async function toOutcome(settings?: Record<string, string>) {
  const user = userEvent.setup({ delay: null });
  const client = openSidebar(settings);
  await user.click(await screen.findByRole('button', { name: /^Tier 1: troubleshooting access issues/ }));
  await answer(user, 'access.2a', 'yes');
  return { user, client, ref: await previewedRef() };
}

/** The browser refuses to store anything (blocked storage for the iframe, a full quota). */
function refuseStorage() {
  jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
}

afterEach(() => jest.restoreAllMocks());

/**
 * The write lands but its answer is lost, and once it is applied Zendesk asks for a long wait:
 * the check for the note gives up, and the write stays unconfirmed though it is on the ticket.
 */
async function writeLandsUnconfirmed(user: UserEvent) {
  model.faults.next(1, { kind: 'drop', afterApply: true }, { target: 'writes' });
  const off = model.subscribe(() => {
    off();
    model.faults.next(1, { kind: '429', retryAfter: 600 });
  });
  await user.click(screen.getByRole('button', { name: 'Write note and tags' }));
  expect(await screen.findByText(/^Zendesk asked to wait 600 s/, {}, { timeout: 5000 })).toBeVisible();
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
    expect(await screen.findByText(WRITTEN)).toBeVisible();
    expect(notesOf(ref)).toHaveLength(1);
  });

  it('Zendesk asks for a longer wait than the app waits out: the sidebar says how long, and Retry writes once', async () => {
    const { user, ref } = await toOutcome();
    model.faults.next(1, { kind: '429', retryAfter: 600 }, { target: 'writes' });
    await user.click(screen.getByRole('button', { name: 'Write note and tags' }));
    const alert = within(await screen.findByRole('alert'));
    expect(alert.getByText('Zendesk asked to wait 600 s before the next try. Retry once that time has passed.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText(WRITTEN)).toBeVisible();
    expect(notesOf(ref)).toHaveLength(1);
  });
});

describe('where focus goes, and what is announced', () => {
  it('focus follows the write: the progress while it runs, then the success, in a live region', async () => {
    const { user } = await toOutcome();
    model.faults.next(1, { kind: '429', retryAfter: 1 }, { target: 'writes' });
    await user.click(screen.getByRole('button', { name: 'Write note and tags' }));
    // The write button is disabled under the agent's focus: the progress takes it, not the page.
    await screen.findByText('Zendesk asked to slow down: waiting 1 s');
    expect(document.activeElement).toHaveTextContent(/^Zendesk asked to slow down/);
    const region = document.activeElement!.closest('[role="status"][aria-live="polite"]');
    expect(region).not.toBeNull();
    await screen.findByText(WRITTEN, {}, { timeout: 5000 });
    // The success is said in the same live region, there since before: screen readers announce it.
    expect(document.activeElement).toHaveTextContent(`Written${WRITTEN}`);
    expect(region).toContainElement(document.activeElement as HTMLElement);
    expect(region).toBeInTheDocument();
  });

  it('a failed write takes focus to the failure’s heading', async () => {
    const { user } = await toOutcome();
    model.faults.next(1, { kind: 'http', status: 403 }, { target: 'writes' });
    await user.click(screen.getByRole('button', { name: 'Write note and tags' }));
    await screen.findByRole('alert');
    expect(document.activeElement).toHaveTextContent(/^Not written$/);
    expect(document.activeElement).toHaveAttribute('tabindex', '-1');
  });

  it('the app’s own tags, once written, are not announced as a change to the ticket; others’ changes still are', async () => {
    const { user, client } = await toOutcome();
    expect(screen.getByRole('list', { name: 'Tags to add' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Write note and tags' }));
    await screen.findByText(WRITTEN);
    // The outcome says what the write did.
    expect(screen.getByRole('list', { name: 'Tags added' })).toBeVisible();
    expect(screen.queryByRole('list', { name: 'Tags to add' })).toBeNull();
    // Zendesk tells the sidebar its tags changed: the write's own, and one another agent added meanwhile.
    const tags = [...model.ticket(TICKET)!.tags, 'vip'];
    expect(tags.filter((tag) => tag.startsWith('clever_')).length).toBeGreaterThan(0);
    client.data['ticket.tags'] = tags;
    act(() => client.trigger('ticket.tags.changed', tags));
    const notice = within((await screen.findByText('The ticket changed')).closest('[role="status"]') as HTMLElement);
    expect(notice.getAllByText(/^Tags/).map((p) => p.textContent)).toEqual(['Tags added: vip.']);
  });
  it('another agent’s change seen while the write waits to retry reports only their change, not the app’s tags as removed', async () => {
    const { user, client } = await toOutcome();
    model.faults.next(1, { kind: '429', retryAfter: 1 }, { target: 'writes' });
    await user.click(screen.getByRole('button', { name: 'Write note and tags' }));
    await screen.findByText('Zendesk asked to slow down: waiting 1 s');
    // The write has not landed: the ticket holds the other agent's tag and none of the app's.
    const tags = [...model.ticket(TICKET)!.tags, 'vip'];
    expect(tags.some((tag) => tag.startsWith('clever_'))).toBe(false);
    client.data['ticket.tags'] = tags;
    act(() => client.trigger('ticket.tags.changed', tags));
    const notice = within((await screen.findByText('The ticket changed')).closest('[role="status"]') as HTMLElement);
    expect(notice.getAllByText(/^Tags/).map((p) => p.textContent)).toEqual(['Tags added: vip.']);
    expect(await screen.findByText(WRITTEN, {}, { timeout: 5000 })).toBeVisible();
  });
});

describe('a setting Zendesk refuses', () => {
  async function escalate(settings: Record<string, string>) {
    const user = userEvent.setup({ delay: null });
    openSidebar(settings);
    await user.click(await screen.findByRole('button', { name: /^Tier 1: troubleshooting access issues/ }));
    for (const [node, id] of [['access.2a', 'no'], ['access.2b', 'no'], ['access.3', 'yes'], ['access.4', 'yes'], ['access.5', 'yes'], ['access.6', 'yes'], ['access.7a', 'no']] as const) {
      await answer(user, node, id);
    }
    const outcome = await findOutcome();
    await user.click(outcome.getByLabelText(/User’s Clever id/));
    await user.paste('5f1e2d3c4b5a69788796a5b4');
    await user.click(outcome.getByLabelText(/What you did to replicate it/));
    await user.paste('Enrolled as the student.');
    await user.click(within(outcome.getByRole('group', { name: /Screenshots recorded/ })).getByLabelText('Yes'));
    await user.click(outcome.getByRole('button', { name: 'Write note and tags' }));
    // The outcome's warnings are an alert too: the write's failure is the one titled so.
    return within((await screen.findByText('Not written')).closest('[role="alert"]') as HTMLElement);
  }

  it('an unknown Tier 2 group: the agent is told, once, to have an admin check that setting, and which group Zendesk refused', async () => {
    const alert = await escalate({ tier2_group_id: '999999' });
    const said = "Zendesk refused the update: ask your Zendesk admin to check the app's Tier 2 group setting (group 999999 does not exist).";
    expect(alert.getAllByText(/./, { selector: 'p' }).map((p) => p.textContent)).toEqual([said]);
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it.each([
    [
      'names the outcome field: the agent is told to have an admin check that setting',
      { base: [{ description: 'Outcome 360009876543 is not a text field', error: 'InvalidValue', field_key: 360009876543 }] },
      ["Zendesk refused the update: ask your Zendesk admin to check the app's outcome ticket field setting (Zendesk refused field 360009876543)."],
    ],
    [
      'names nothing of the app’s: what Zendesk said is shown once, after the app’s own words',
      { status: [{ description: 'Status: solved requires an assignee', error: 'InvalidValue' }] },
      ['Zendesk refused the update.', 'Record validation errors Status: solved requires an assignee'],
    ],
  ])('a 422 that %s', async (_, details, paragraphs) => {
    server.use(
      http.put(`${FAKE_ORIGIN}/api/v2/tickets/${TICKET}.json`, () =>
        HttpResponse.json({ error: 'RecordInvalid', description: 'Record validation errors', details }, { status: 422 }),
      ),
    );
    const { user } = await toOutcome({ outcome_field_id: '360009876543' });
    await user.click(screen.getByRole('button', { name: 'Write note and tags' }));
    const alert = within(await screen.findByRole('alert'));
    expect(alert.getAllByText(/./, { selector: 'p' }).map((p) => p.textContent)).toEqual(paragraphs);
  });
});

describe('when the browser keeps nothing', () => {
  it('a failed write says a reload would lose the note, and offers Copy note', async () => {
    const { user } = await toOutcome();
    refuseStorage();
    model.faults.next(1, { kind: 'http', status: 403 }, { target: 'writes' });
    await user.click(screen.getByRole('button', { name: 'Write note and tags' }));
    expect(await screen.findByText("You don't have permission to update this ticket.")).toBeVisible();
    expect(screen.getByText('This note is only on this screen')).toBeVisible();
    expect(screen.getByText('The browser could not keep it for later: if the sidebar reloads, the note is lost. Copy it to keep it.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Copy note' })).toBeVisible();
  });

  it('a failure kept in the browser has no such warning', async () => {
    const { user } = await toOutcome();
    model.faults.next(1, { kind: 'http', status: 403 }, { target: 'writes' });
    await user.click(screen.getByRole('button', { name: 'Write note and tags' }));
    await screen.findByRole('alert');
    expect(screen.queryByText('This note is only on this screen')).toBeNull();
  });

  it('the write landed but its answer was lost and the check could not run: Retry finds the note and writes exactly one', async () => {
    const { user, ref } = await toOutcome();
    refuseStorage();
    await writeLandsUnconfirmed(user);
    expect(notesOf(ref)).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText(ALREADY)).toBeVisible();
    expect(notesOf(ref)).toHaveLength(1);
  });
});

describe('one reference id per note', () => {
  it('write, go back, answer the same: the note is said written, with its reference, and not offered again', async () => {
    const { user, ref } = await toOutcome();
    await user.click(screen.getByRole('button', { name: 'Write note and tags' }));
    expect(await screen.findByText(WRITTEN)).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Back' }));
    await answer(user, 'access.2a', 'yes');
    const outcome = await findOutcome();
    expect(outcome.getByText(`This note is already on the ticket (clever-triage/${ref}): nothing to write again.`)).toBeVisible();
    expect(outcome.queryByRole('button', { name: /Write/ })).toBeNull();
    expect(model.log.find('PUT', /tickets/)).toHaveLength(1);
    expect(notesOf(ref)).toHaveLength(1);
  });

  it('write, go back, answer the same, then change the remark: an explicit correction that says what differs, under its own id, judged by its own id after an unclear failure', async () => {
    const { user, ref: first } = await toOutcome();
    // The first write lands, but its answer is lost: found by its id, not written twice.
    model.faults.next(1, { kind: 'drop', afterApply: true }, { target: 'writes' });
    await user.click(screen.getByRole('button', { name: 'Write note and tags' }));
    expect(await screen.findByText(ALREADY, {}, { timeout: 5000 })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Back' }));
    await answer(user, 'access.2a', 'yes');
    await user.type(screen.getByLabelText('Remark (optional)'), 'The district changed its login page.');
    const second = await previewedRef();
    expect(second).not.toBe(first);
    const correct = (await findOutcome()).getByRole('button', { name: 'Write a correction' });
    expect(correct).toHaveAccessibleDescription(`A note of this procedure is already on the ticket (clever-triage/${first}). The correction differs in: the remark.`);

    // The correction never reaches Zendesk at first: the first note must not pass for it.
    model.faults.next(1, { kind: 'drop', afterApply: false }, { target: 'writes' });
    await user.click(correct);
    expect(await screen.findByText(WRITTEN, {}, { timeout: 5000 })).toBeVisible();
    expect(notesOf(first)).toHaveLength(1);
    expect(notesOf(second)).toHaveLength(1);
    expect(notesOf(second)[0]?.body).toContain(`Corrects: clever-triage/${first} (changed: remark)`);
  });

  it('a write left unconfirmed, then the answers corrected: the corrected note is written under its own id, not taken for the first', async () => {
    const { user, ref: first } = await toOutcome();
    await writeLandsUnconfirmed(user);

    await user.click(screen.getByRole('button', { name: 'Back' }));
    await answer(user, 'access.2a', 'yes');
    const second = await previewedRef();
    expect(second).not.toBe(first);
    await user.click((await findOutcome()).getByRole('button', { name: 'Write note and tags' }));
    expect(await screen.findByText(WRITTEN, {}, { timeout: 5000 })).toBeVisible();
    expect(notesOf(first)).toHaveLength(1);
    expect(notesOf(second)).toHaveLength(1);
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
    expect(await screen.findByText(WRITTEN)).toBeVisible();
    expect(notesOf('reloadref0001')).toHaveLength(1);
    expect(pendingWrites({ installationId: 1 }).load(TICKET)).toEqual([]);
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
    expect(await kept.findByText(ALREADY)).toBeVisible();
    expect(notesOf('reloadref0002')).toHaveLength(1);
  });

  it('a new walk written on the same ticket leaves the kept note shown and retriable; if it had landed, it is not written twice', async () => {
    const { plan } = keptPlan('reloadref0003');
    pendingWrites({ installationId: 1 }).save(TICKET, plan);
    model.updateTicket(TICKET, { comment: { body: plan.note, public: false } }, USERS.tier1Agent);

    const { user, ref } = await toOutcome();
    await user.click(screen.getByRole('button', { name: 'Write note and tags' }));
    expect(await screen.findByText(WRITTEN)).toBeVisible();
    expect(notesOf(ref)).toHaveLength(1);
    expect(screen.getByRole('region', { name: 'A note is waiting to be written' })).toBeVisible();

    // Reloaded, the sidebar still offers the kept note, and only it.
    cleanup();
    openSidebar();
    const [region, ...more] = await screen.findAllByRole('region', { name: 'A note is waiting to be written' });
    expect(more).toHaveLength(0);
    const kept = within(region!);
    await user.click(kept.getByRole('button', { name: 'Retry' }));
    expect(await kept.findByText(ALREADY)).toBeVisible();
    expect(notesOf('reloadref0003')).toHaveLength(1);
    expect(pendingWrites({ installationId: 1 }).load(TICKET)).toEqual([]);
  });

  it('every kept note whose walk is not on screen is shown, each with its own Retry', async () => {
    for (const refId of ['reloadref0004', 'reloadref0005']) pendingWrites({ installationId: 1 }).save(TICKET, keptPlan(refId).plan);
    const user = userEvent.setup({ delay: null });
    openSidebar();
    const regions = await screen.findAllByRole('region', { name: 'A note is waiting to be written' });
    expect(regions).toHaveLength(2);
    await user.click(within(regions[1]!).getByRole('button', { name: 'Retry' }));
    expect(await within(regions[1]!).findByText(WRITTEN)).toBeVisible();
    expect(notesOf('reloadref0005')).toHaveLength(1);
    expect(notesOf('reloadref0004')).toHaveLength(0);
    expect(pendingWrites({ installationId: 1 }).load(TICKET).map((w) => w.plan.refId)).toEqual(['reloadref0004']);
  });
});
