import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sessionStore } from '../../src/app/walk/sessionStore';
import { classify } from '../../src/triage/classify';
import { start } from '../../src/triage/engine';
import { serialize } from '../../src/triage/savedWalk';
import { DEFAULT_SETTINGS } from '../../src/triage/settings';
import { TREES } from '../../src/trees';
import { answer, renderApp, SSO_ORG, ticketData } from './renderApp';

const question = () => screen.getByRole('heading', { level: 2, name: (_, el) => el.id === 'question-title' });

function openTicket(ticketId: number) {
  return renderApp({ context: { ticketId }, data: ticketData({ 'ticket.id': ticketId, 'ticket.organization': SSO_ORG }) });
}

describe('resuming a session per ticket', () => {
  it('an agent who reloads, or visits another ticket and comes back, is where they left off', async () => {
    const user = userEvent.setup({ delay: null });
    const first = openTicket(1);
    await user.click(await screen.findByRole('button', { name: /^Tier 1: troubleshooting access issues/ }));
    await answer(user, 'access.2a', 'no');
    await answer(user, 'access.2b', 'no');
    expect(question()).toHaveTextContent('Does the user have a VHL Central account?');
    first.unmount();

    // Another ticket starts fresh.
    const other = openTicket(2);
    expect(await screen.findByRole('heading', { name: 'Choose a procedure' })).toBeVisible();
    other.unmount();

    openTicket(1);
    expect(await screen.findByText('Session resumed')).toBeVisible();
    expect(question()).toHaveTextContent('Does the user have a VHL Central account?');
    const trail = within(screen.getByRole('region', { name: 'Answered so far' }));
    await user.click(trail.getByRole('button', { name: '2 earlier steps — show' }));
    expect(trail.getAllByRole('listitem')).toHaveLength(3);
    // Back still works on the resumed walk.
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(question()).toHaveTextContent(/VHL Central Home/);
  });

  it('the remark and collected data come back too', async () => {
    const user = userEvent.setup({ delay: null });
    const first = openTicket(1);
    await user.click(await screen.findByRole('button', { name: /^Tier 1: troubleshooting access issues/ }));
    await answer(user, 'access.2a', 'yes');
    await user.click(await screen.findByLabelText('Remark (optional)'));
    await user.paste('Half done');
    first.unmount();

    openTicket(1);
    expect(await screen.findByLabelText('Remark (optional)')).toHaveValue('Half done');
  });

  it('a session saved under an older version of the procedure is announced, not silently dropped', async () => {
    const classification = classify(SSO_ORG, DEFAULT_SETTINGS, new Date());
    const old = { ...start(TREES.access, classification), treeVersion: TREES.access.version - 1 };
    sessionStore(1).save(1, { tree: 'access', walk: serialize(old), collected: {}, remark: '' });

    const user = userEvent.setup({ delay: null });
    openTicket(1);
    const notice = within(await screen.findByRole('alert'));
    expect(notice.getByText('Your saved session could not be resumed')).toBeVisible();
    expect(notice.getByText(new RegExp(`version ${TREES.access.version - 1}; the procedure is now version ${TREES.access.version}`))).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Choose a procedure' })).toBeVisible();
    // Kept until the agent starts again.
    expect(sessionStore(1).load(1)).not.toBeNull();
    await user.click(screen.getByRole('button', { name: /^Tier 1: troubleshooting access issues/ }));
    expect(sessionStore(1).load(1)?.walk).toContain(`"treeVersion":${TREES.access.version}`);
  });
});
