import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TREES } from '../../src/trees';
import { answer, answerLabel, pendingAnswers, renderApp, SSO_ORG, ticketData } from './renderApp';

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

  it('links from settings open in a new tab with noopener, the requester in the user search; an unset link says so', async () => {
    // Without an organization the data answers nothing: step 1 is asked.
    await startAccess({ link_user_search: LINKS.link_user_search }, null);
    expect(question()).toHaveTextContent(/in a district that has a Clever integration/);
    const where = within(screen.getByRole('list', { name: 'Where to look' }));
    const search = where.getByRole('link', { name: /Support Tools user search/ });
    expect(search).toHaveAttribute('href', 'https://tools.example.com/users?q=r%40example.org');
    expect(search).toHaveAttribute('target', '_blank');
    expect(search).toHaveAttribute('rel', 'noopener noreferrer');
    expect(where.getByText(/^Districts Using Clever .*\(no link set in the app settings\)$/)).toBeVisible();
  });

  it('a step the data answered is marked "answered by the app", with its evidence on demand and a Change control', async () => {
    const user = await startAccess();
    const step = within(trail().getByText(/Is the student’s and teacher’s school in a district/).closest('li')!);
    expect(step.getByText(`Answer: ${answerLabel('access.1', 'yes')}`)).toBeVisible();
    expect(step.getByText('Answered by the app')).toBeVisible();
    expect(step.queryByText(/names the Clever SSO integration/)).toBeNull();
    await user.click(step.getByRole('button', { name: 'Show evidence' }));
    expect(step.getByText('lms: Clever SSO District — names the Clever SSO integration')).toBeVisible();

    // The agent overrides the app: the step becomes the agent's answer and the path follows it.
    await user.click(step.getByRole('button', { name: 'Change the answer of step 1' }));
    const choices = within(step.getByRole('group', { name: 'Change the answer of step 1' }));
    expect(choices.getByRole('button', { name: answerLabel('access.1', 'yes') })).toHaveAttribute('aria-pressed', 'true');
    await user.click(choices.getByRole('button', { name: answerLabel('access.1', 'no') }));
    const changed = within(trail().getAllByRole('listitem')[0]!);
    expect(changed.getByText(`Answer: ${answerLabel('access.1', 'no')}`)).toBeVisible();
    expect(changed.queryByText('Answered by the app')).toBeNull();
    expect(screen.queryByText(/Clever portion of the login process/)).toBeNull();
  });

  it('the trail lists each answered step; Back takes back the last answer; Restart clears the agent’s answers', async () => {
    const user = await startAccess();
    expect(question()).toHaveTextContent(/Clever portion of the login process/);
    await answer(user, 'access.2a', 'no');
    await answer(user, 'access.2b', 'no');
    expect(question()).toHaveTextContent('Does the user have a VHL Central account?');
    const answered = trail().getAllByRole('listitem');
    expect(answered.map((li) => li.getAttribute('data-node'))).toEqual(['access.1', 'access.2a', 'access.2b']);
    expect(answered[2]).toHaveTextContent(`Answer: ${answerLabel('access.2b', 'no')}`);

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(question()).toHaveTextContent(/VHL Central Home/);
    expect(trail().getAllByRole('listitem')).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Restart' }));
    expect(question()).toHaveTextContent(/Clever portion of the login process/);
    // The app's own answer stays after a restart.
    expect(trail().getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Back' })).toBeDisabled();
  });

  it('an agent can leave the procedure and choose another', async () => {
    const user = await startAccess();
    await user.click(screen.getByRole('button', { name: 'Choose another procedure' }));
    expect(screen.getByRole('heading', { name: 'Choose a procedure' })).toBeVisible();
  });
});
