import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answer, renderApp, ROSTERING_ORG, SSO_ORG, ticketData } from './renderApp';

const question = () => screen.getByRole('heading', { level: 2, name: (_, el) => el.id === 'question-title' });
const district = () => within(screen.getByRole('region', { name: 'District' }));
const changed = async () => within((await screen.findByText('The ticket changed')).closest('[role="status"]') as HTMLElement);

async function walkedTwoSteps() {
  const user = userEvent.setup({ delay: null });
  const view = renderApp({ data: ticketData({ 'ticket.organization': SSO_ORG, 'ticket.tags': ['login'] }) });
  await user.click(await screen.findByRole('button', { name: /^Tier 1: troubleshooting access issues/ }));
  await answer(user, 'access.2a', 'no');
  await answer(user, 'access.2b', 'no');
  return { user, ...view };
}

describe('live data', () => {
  it('the organization changes to a rostering district: the sidebar says what changed and keeps the answers that still hold', async () => {
    const { client } = await walkedTwoSteps();
    client.data['ticket.organization'] = ROSTERING_ORG;
    act(() => client.trigger('ticket.organization.changed', ROSTERING_ORG.id));

    const notice = await changed();
    expect(notice.getByText('The organization is now "Maple Middle".')).toBeVisible();
    expect(notice.getByText('District: Clever SSO → Clever rostering.')).toBeVisible();
    expect(notice.getByText('Your answers still hold.')).toBeVisible();
    expect(district().getByText('Clever rostering')).toBeVisible();
    expect(question()).toHaveTextContent('Does the user have a VHL Central account?');
  });

  it('the organization is removed: the app’s answer no longer holds and step 1 is asked; the agent’s answers wait behind it', async () => {
    const { user, client } = await walkedTwoSteps();
    client.data['ticket.organization'] = null;
    act(() => client.trigger('ticket.organization.changed', null));

    const notice = await changed();
    expect(notice.getByText('The ticket no longer has an organization.')).toBeVisible();
    expect(notice.getByText('1 answer by the app changed with the data.')).toBeVisible();
    // Steps 2a and 2b are off the path until step 1 is answered: said, not called kept.
    expect(notice.getByText('2 of your answers no longer apply: the path no longer reaches them.')).toBeVisible();
    expect(notice.queryByText(/still hold|were kept/)).toBeNull();
    expect(question()).toHaveTextContent(/in a district that has a Clever integration/);
    // Answering step 1 brings the agent's earlier answers back onto the path.
    await answer(user, 'access.1', 'yes');
    expect(question()).toHaveTextContent('Does the user have a VHL Central account?');
  });

  it('the organization is removed past step 7: both of the app’s answers (steps 1 and 7) no longer hold, and the notice counts them', async () => {
    const { user, client } = await walkedTwoSteps();
    for (const node of ['access.3', 'access.4', 'access.5', 'access.6']) await answer(user, node, 'yes');
    client.data['ticket.organization'] = null;
    act(() => client.trigger('ticket.organization.changed', null));

    const notice = await changed();
    expect(notice.getByText('2 answers by the app changed with the data.')).toBeVisible();
    expect(notice.getByText('6 of your answers no longer apply: the path no longer reaches them.')).toBeVisible();
  });

  it('the district changes at step 7a: the app’s answer of step 7 changes, and the agent’s answers before it still hold', async () => {
    const { user, client } = await walkedTwoSteps();
    for (const node of ['access.3', 'access.4', 'access.5', 'access.6']) await answer(user, node, 'yes');
    expect(question()).toHaveTextContent(/^Single Sign-On only/);
    client.data['ticket.organization'] = ROSTERING_ORG;
    act(() => client.trigger('ticket.organization.changed', ROSTERING_ORG.id));

    const notice = await changed();
    expect(notice.getByText('1 answer by the app changed with the data.')).toBeVisible();
    expect(notice.getByText('Your answers still hold.')).toBeVisible();
    expect(notice.queryByText(/no longer appl/)).toBeNull();
    expect(question()).toHaveTextContent(/^Rostering only/);
  });

  it('a new requester brings a new organization: Zendesk says only that the requester changed, and the sidebar reads the ticket again', async () => {
    const { client } = await walkedTwoSteps();
    client.data['ticket.requester'] = { id: 77, name: 'New Teacher', email: 'new@maple.example' };
    client.data['ticket.organization'] = ROSTERING_ORG;
    act(() => client.trigger('ticket.requester.id.changed', 77));

    const notice = await changed();
    expect(notice.getByText('The organization is now "Maple Middle".')).toBeVisible();
    expect(district().getByText('Clever rostering')).toBeVisible();
  });

  it('the ticket’s tags change: the sidebar names the tags added and removed', async () => {
    const { client } = await walkedTwoSteps();
    client.data['ticket.tags'] = ['vip'];
    act(() => client.trigger('ticket.tags.changed', ['vip']));
    const notice = await changed();
    expect(notice.getByText('Tags added: vip.')).toBeVisible();
    expect(notice.getByText('Tags removed: login.')).toBeVisible();
  });

  it('stops listening when the sidebar goes away', async () => {
    const { client, unmount } = await walkedTwoSteps();
    expect(client.listenerCount('ticket.organization.changed')).toBe(1);
    unmount();
    expect(client.listenerCount('ticket.organization.changed')).toBe(0);
    expect(client.listenerCount('ticket.tags.changed')).toBe(0);
    expect(client.listenerCount('ticket.requester.id.changed')).toBe(0);
  });
});
