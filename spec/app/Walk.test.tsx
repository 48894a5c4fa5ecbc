import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TREES } from '../../src/trees';
import { answer, answerLabel, findOutcome, pendingAnswers, renderApp, SSO_ORG, ticketData } from './renderApp';

const LINKS = {
  link_user_search: 'https://tools.example.com/users?q={{user}}',
  link_districts_using_clever: 'https://wiki.example.com/districts',
};

async function startAccess(settings: Record<string, unknown> = LINKS, organization: unknown = SSO_ORG) {
  const user = userEvent.setup({ delay: null });
  renderApp({ settings, data: ticketData({ 'ticket.organization': organization }) });
  await user.click(await screen.findByRole('button', { name: /^Tier 1: troubleshooting access issues/ }));
  return user;
}

const question = () => screen.getByRole('heading', { level: 2, name: (_, el) => el.id === 'question-title' });
const trail = () => within(screen.getByRole('region', { name: 'Answered so far' }));

describe('one question at a time', () => {
  it('shows the question, what to check, where and the answers as buttons', async () => {
    // Without an organization the data answers nothing: step 1 is asked.
    await startAccess(LINKS, null);
    const step1 = TREES.access.nodes['access.1']!;
    expect(screen.getByText('Step 1')).toBeVisible();
    expect(question()).toHaveTextContent(step1.question);
    expect(screen.getByText('What to check')).toBeVisible();
    expect(screen.getByText(step1.check)).toBeVisible();
    expect(screen.getByRole('list', { name: 'Where to look' })).toBeVisible();
    expect(pendingAnswers().getAllByRole('button').map((b) => b.textContent)).toEqual(step1.answers.map((a) => a.label));
  });

  it('links from settings open in a new tab with noopener, the requester in the user search; an unset link is the place in words', async () => {
    // Without an organization the data answers nothing: step 1 is asked.
    await startAccess({ link_user_search: LINKS.link_user_search }, null);
    expect(question()).toHaveTextContent(/in a district that has a Clever integration/);
    const where = within(screen.getByRole('list', { name: 'Where to look' }));
    const search = where.getByRole('link', { name: /Support Tools user search/ });
    expect(search).toHaveAttribute('href', 'https://tools.example.com/users?q=r%40example.org');
    expect(search).toHaveAttribute('target', '_blank');
    expect(search).toHaveAttribute('rel', 'noopener noreferrer');
    // The admin's to fix, not the agent's to read about: the place, once, and nothing about the settings.
    expect(where.getByText('Districts Using Clever (the list of launched districts)', { exact: true })).toBeVisible();
    expect(screen.queryByText(/app settings/)).toBeNull();
  });

  it('a requester without an email gets no user search link, never one that searches for a literal {{user}}', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp({ settings: LINKS, data: ticketData({ 'ticket.requester': { id: 7, name: 'Requester', email: null } }) });
    await user.click(await screen.findByRole('button', { name: /^Tier 1: troubleshooting access issues/ }));
    const where = within(screen.getByRole('list', { name: 'Where to look' }));
    expect(where.queryByRole('link', { name: /Support Tools user search/ })).toBeNull();
    expect(where.getByText('Support Tools user search (the user’s account details)', { exact: true })).toBeVisible();
    expect(document.querySelector('a[href*="user"]')).toBeNull();
  });

  it('a step the data answered is one line marked "app", opening to its question, its evidence and a Change control', async () => {
    const user = await startAccess();
    const line = trail().getByRole('button', { name: `Step 1 · ${answerLabel('access.1', 'yes')} app` });
    const step = within(line.closest('li')!);
    expect(within(line).getByText('app')).toBeVisible();
    // Closed, the line is all there is: the question, the evidence and Change wait behind it.
    expect(line).toHaveAttribute('aria-expanded', 'false');
    expect(step.getByText(/Is the student’s and teacher’s school in a district/)).not.toBeVisible();
    expect(step.getByText('lms: Clever SSO District — names the Clever SSO integration')).not.toBeVisible();
    expect(step.queryByRole('button', { name: 'Change the answer of step 1' })).toBeNull();

    await user.click(line);
    expect(line).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById(line.getAttribute('aria-controls')!)).toBeVisible();
    expect(step.getByText(/Is the student’s and teacher’s school in a district/)).toBeVisible();
    expect(step.getByText('Answered by the app')).toBeVisible();
    expect(step.getByText('lms: Clever SSO District — names the Clever SSO integration')).toBeVisible();

    // The agent overrides the app: the step becomes the agent's answer and the path follows it.
    await user.click(step.getByRole('button', { name: 'Change the answer of step 1' }));
    const choices = within(step.getByRole('group', { name: 'Change the answer of step 1' }));
    expect(choices.getByRole('button', { name: answerLabel('access.1', 'yes') })).toHaveAttribute('aria-pressed', 'true');
    await user.click(choices.getByRole('button', { name: answerLabel('access.1', 'no') }));
    // Not a Clever district: the walk is at its outcome, and the trail folds into one line above it.
    await findOutcome();
    const fold = trail().getByRole('button', { name: 'Answered so far (1) — show' });
    expect(fold).toHaveAttribute('aria-expanded', 'false');
    expect(trail().queryAllByRole('listitem')).toEqual([]);
    await user.click(fold);
    expect(fold).toHaveAccessibleName('Answered so far (1) — hide');
    const changed = within(trail().getAllByRole('listitem')[0]!);
    expect(changed.getByRole('button', { name: `Step 1 · ${answerLabel('access.1', 'no')}` })).toBeVisible();
    expect(changed.queryByText('app')).toBeNull();
    expect(changed.queryByText('Answered by the app')).toBeNull();
    expect(screen.queryByText(/Clever portion of the login process/)).toBeNull();
  });

  it('choosing the same answer again under Change keeps the walk and leaves the focus on Change', async () => {
    const user = await startAccess();
    await answer(user, 'access.2a', 'no');
    const step = within(trail().getAllByRole('listitem')[1]!);
    await user.click(step.getByRole('button', { name: `Step 2a · ${answerLabel('access.2a', 'no')}` }));
    await user.click(step.getByRole('button', { name: 'Change the answer of step 2a' }));
    await user.click(within(step.getByRole('group', { name: 'Change the answer of step 2a' })).getByRole('button', { name: answerLabel('access.2a', 'no') }));
    expect(step.getByRole('button', { name: 'Change the answer of step 2a' })).toHaveFocus();
    expect(question()).toHaveTextContent(/VHL Central Home/);
  });

  it('the trail lists each answered step, the earlier ones of a long trail folded; Back takes back the last answer; Restart clears the agent’s answers', async () => {
    const user = await startAccess();
    expect(question()).toHaveTextContent(/Clever portion of the login process/);
    await answer(user, 'access.2a', 'no');
    expect(trail().getAllByRole('listitem')).toHaveLength(2);
    expect(trail().queryByRole('button', { name: /earlier steps/ })).toBeNull();
    await answer(user, 'access.2b', 'no');
    expect(question()).toHaveTextContent('Does the user have a VHL Central account?');
    // Three steps are a long trail: the last one shows, the two before it wait behind one line.
    expect(trail().getAllByRole('listitem').map((li) => li.getAttribute('data-node'))).toEqual(['access.2b']);
    const earlier = trail().getByRole('button', { name: '2 earlier steps — show' });
    expect(earlier).toHaveAttribute('aria-expanded', 'false');
    await user.click(earlier);
    expect(earlier).toHaveAccessibleName('2 earlier steps — hide');
    const answered = trail().getAllByRole('listitem');
    expect(answered.map((li) => li.getAttribute('data-node'))).toEqual(['access.1', 'access.2a', 'access.2b']);
    expect(answered.map((li) => within(li).getAllByRole('button')[0]!.textContent)).toEqual([
      `Step 1 · ${answerLabel('access.1', 'yes')}app`,
      `Step 2a · ${answerLabel('access.2a', 'no')}`,
      `Step 2b · ${answerLabel('access.2b', 'no')}`,
    ]);

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(question()).toHaveTextContent(/VHL Central Home/);
    expect(trail().getAllByRole('listitem')).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Restart' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Restart' }));
    expect(question()).toHaveTextContent(/Clever portion of the login process/);
    // The app's own answer stays after a restart.
    expect(trail().getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Back' })).toBeDisabled();
  });

  it('notes under a question are in the sidebar’s small type, as what to check is, never larger than the question', async () => {
    await startAccess(LINKS, null);
    // The words sit in a span that keeps a setting's lines; the type is the Garden font around it.
    const font = (text: string) => screen.getByText(text).closest('[data-garden-id="typography.font"]');
    const note = font(TREES.access.nodes['access.1']!.notes![0]!);
    const check = font(TREES.access.nodes['access.1']!.check);
    expect(note).toHaveAttribute('data-garden-id', 'typography.font');
    expect(getComputedStyle(note!).fontSize).toBe('12px');
    expect(getComputedStyle(check!).fontSize).toBe('12px');
    expect(getComputedStyle(question()).fontSize).toBe('14px');
  });
});

describe('while a walk is in progress', () => {
  it('the organization folds into one line that opens to its fields', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp({ data: ticketData({ 'ticket.organization': SSO_ORG }) });
    const card = await screen.findByRole('region', { name: 'Organization' });
    // The first screen shows the whole card.
    expect(within(card).getByText('0015000000XyZ')).toBeVisible();
    await user.click(await screen.findByRole('button', { name: /^Tier 1: troubleshooting access issues/ }));

    const line = within(screen.getByRole('region', { name: 'Organization' })).getByRole('button', { name: 'Lincoln High — details' });
    expect(line).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByText('0015000000XyZ')).not.toBeVisible();
    await user.click(line);
    expect(line).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('0015000000XyZ')).toBeVisible();
    expect(screen.getByText('Parent Account ID')).toBeVisible();
  });

  it('the district keeps its badge line; its reason waits with the evidence', async () => {
    const user = await startAccess();
    const district = within(screen.getByRole('region', { name: 'District' }));
    expect(district.getByText('Clever SSO')).toBeVisible();
    const reason = district.getByText('The LMS field says "Clever SSO District".');
    expect(reason).not.toBeVisible();
    await user.click(district.getByRole('button', { name: 'Evidence' }));
    expect(reason).toBeVisible();
    expect(await district.findByText('lms: Clever SSO District — names the Clever SSO integration')).toBeVisible();
  });
});

describe('restarting and leaving a walk', () => {
  const dialog = () => within(screen.getByRole('alertdialog'));

  it('with nothing to lose, Choose another procedure leaves at once and the focus goes to the procedures', async () => {
    const user = await startAccess();
    await user.click(screen.getByRole('button', { name: 'Choose another procedure' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Choose a procedure' })).toHaveFocus();
  });

  it('Restart asks first when the agent answered and typed; Cancel and Escape keep everything and return the focus', async () => {
    const user = await startAccess();
    await answer(user, 'access.2a', 'no');
    await answer(user, 'access.2b', 'yes');
    await findOutcome();
    await user.click(screen.getByLabelText('Remark (optional)'));
    await user.paste('Called the school');

    const restart = screen.getByRole('button', { name: 'Restart' });
    await user.click(restart);
    expect(screen.getByRole('alertdialog')).toHaveAccessibleName('Restart and clear 2 answers and what you typed?');
    expect(dialog().getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(dialog().getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(restart).toHaveFocus();

    await user.click(restart);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(restart).toHaveFocus();
    expect(screen.getByLabelText('Remark (optional)')).toHaveValue('Called the school');

    await user.click(restart);
    await user.click(dialog().getByRole('button', { name: 'Restart' }));
    expect(question()).toHaveTextContent(/Clever portion of the login process/);
    expect(question()).toHaveFocus();
    expect(screen.queryByLabelText('Remark (optional)')).toBeNull();
  });

  it('what was typed alone is worth asking about; leaving after confirming shows the procedures, with the focus on them', async () => {
    // A remark typed at an outcome stays in the session after Back takes the agent's only answer away.
    const user = await startAccess();
    await answer(user, 'access.2a', 'yes');
    await findOutcome();
    await user.click(screen.getByLabelText('Remark (optional)'));
    await user.paste('x');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(question()).toHaveTextContent(/Clever portion of the login process/);
    await user.click(screen.getByRole('button', { name: 'Restart' }));
    expect(screen.getByRole('alertdialog')).toHaveAccessibleName('Restart and clear what you typed?');
    await user.click(dialog().getByRole('button', { name: 'Cancel' }));

    await user.click(screen.getByRole('button', { name: 'Choose another procedure' }));
    expect(screen.getByRole('alertdialog')).toHaveAccessibleName('Choose another procedure and clear what you typed?');
    await user.click(dialog().getByRole('button', { name: 'Choose another procedure' }));
    expect(screen.getByRole('heading', { name: 'Choose a procedure' })).toHaveFocus();
  });

  it('one answer is counted as one', async () => {
    const user = await startAccess();
    await answer(user, 'access.2a', 'no');
    await user.click(screen.getByRole('button', { name: 'Choose another procedure' }));
    expect(screen.getByRole('alertdialog')).toHaveAccessibleName('Choose another procedure and clear 1 answer?');
  });

  it('answering while Restart asks closes the question: what it would clear has changed', async () => {
    const user = await startAccess();
    await answer(user, 'access.2a', 'no');
    await user.click(screen.getByRole('button', { name: 'Restart' }));
    expect(screen.getByRole('alertdialog')).toHaveAccessibleName('Restart and clear 1 answer?');
    await answer(user, 'access.2b', 'no');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(question()).toHaveTextContent(/VHL Central account/);
  });
});
