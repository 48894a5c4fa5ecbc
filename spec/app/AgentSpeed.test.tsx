import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answer, answerLabel, findOutcome, org, pendingAnswers, renderApp, SSO_ORG, ticketData } from './renderApp';

/**
 * What saves an agent time on every ticket: a record of an old year proposes and one click
 * confirms; number keys answer and a documented key goes back; a browser that keeps nothing still
 * keeps the walk, and says a reload loses it.
 */

const question = () => document.querySelector('section[data-node]');

async function startAccess(organization: unknown = SSO_ORG) {
  const user = userEvent.setup({ delay: null });
  renderApp({ data: ticketData({ 'ticket.organization': organization }) });
  await user.click(await screen.findByRole('button', { name: /^Tier 1: troubleshooting access issues/ }));
  return user;
}

describe('a district record of an old academic year', () => {
  const STALE = org('Westfield Prep', { parent_account: 'Westfield PS', parent_account_id: '9', lms: 'Clever SSO District AY 2017-2018' });

  it('proposes its answer to step 1 instead of taking it; one click confirms it, and the note says the agent confirmed it', async () => {
    const user = await startAccess(STALE);
    expect(question()).toHaveAttribute('data-node', 'access.1');
    expect(screen.getByText(`The district record is from academic year 2017-2018, so the app does not answer for you. By the record: ${answerLabel('access.1', 'yes')}.`)).toBeVisible();
    const confirm = pendingAnswers().getByRole('button', { name: `Confirm: ${answerLabel('access.1', 'yes')}` });
    // The proposal is the primary answer; the others stay one click away.
    expect(pendingAnswers().getAllByRole('button')).toHaveLength(3);
    await user.click(confirm);
    expect(question()).toHaveAttribute('data-node', 'access.2a');

    await answer(user, 'access.2a', 'yes');
    const outcome = await findOutcome();
    await user.click(outcome.getByRole('button', { name: 'Preview the note' }));
    expect(outcome.getByLabelText('Internal note (private), exactly as it will be written')).toHaveTextContent(
      '- access.1 = yes [agent, confirmed from the stale district record]:',
    );
  });

  it('a current record still answers step 1 by itself, with nothing to confirm', async () => {
    await startAccess();
    expect(question()).toHaveAttribute('data-node', 'access.2a');
    expect(screen.queryByRole('button', { name: /^Confirm: / })).toBeNull();
  });
});

describe('keys for agents who walk dozens of tickets a day', () => {
  it('1 to 3 answer the question on screen, in the order of its buttons, each button saying its key', async () => {
    const user = await startAccess();
    expect(pendingAnswers().getAllByRole('button').map((b) => b.getAttribute('aria-keyshortcuts'))).toEqual(['1', '2']);
    await user.keyboard('2');
    expect(question()).toHaveAttribute('data-node', 'access.2b');
    await user.keyboard('1');
    // 2b "Yes": escalate the school–district association.
    expect(await findOutcome()).toBeTruthy();
  });

  it('Backspace takes back the last answer; a key with no answer behind it does nothing', async () => {
    const user = await startAccess();
    await user.keyboard('3');
    expect(question()).toHaveAttribute('data-node', 'access.2a');
    await user.keyboard('2');
    expect(question()).toHaveAttribute('data-node', 'access.2b');
    expect(screen.getByRole('button', { name: 'Back' })).toHaveAttribute('aria-keyshortcuts', 'Backspace');
    await user.keyboard('{Backspace}');
    expect(question()).toHaveAttribute('data-node', 'access.2a');
  });

  it('never while the agent types: keys in a field are the field’s', async () => {
    const user = await startAccess();
    await answer(user, 'access.2a', 'no');
    await answer(user, 'access.2b', 'yes');
    const outcome = await findOutcome();
    const school = outcome.getByLabelText('School name (required)');
    await user.clear(school);
    await user.type(school, 'PS 12{Backspace}3');
    expect(school).toHaveValue('PS 13');
    expect(document.querySelector('section[data-outcome]')).toHaveAttribute('data-outcome', 'escalate_school_district_association');
  });

  it('are listed, briefly, behind one button', async () => {
    const user = await startAccess();
    const toggle = screen.getByRole('button', { name: 'Keyboard shortcuts' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    const list = within(screen.getByRole('list', { name: 'Keyboard shortcuts' }));
    expect(list.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '1, 2, 3: the question’s first, second or third answer, as listed.',
      'Backspace: take back the last answer.',
      'Only while the app has the focus, never while you type in a field.',
    ]);
  });
});

describe('a browser that refuses the app its storage', () => {
  const storage = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
  beforeEach(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  afterEach(() => Object.defineProperty(window, 'localStorage', storage));

  it('says at the walk’s start that a reload loses the walk, and keeps it in memory meanwhile', async () => {
    const user = await startAccess();
    expect(screen.getByText(/^This browser does not keep walks across reloads/)).toBeVisible();
    await answer(user, 'access.2a', 'no');
    expect(question()).toHaveAttribute('data-node', 'access.2b');
  });
});
