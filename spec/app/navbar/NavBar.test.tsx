import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { USERS } from '../../../harness/fixtures';
import { App } from '../../../src/app/shell/App';
import { FakeClient } from '../../support/fakeClient';
import { zendeskServerPerFile } from '../../support/zendeskServer';

zendeskServerPerFile();

function openNavBar(currentUser: { id: number; name: string; role: string; locale: string; groups: { id: number; name: string }[] }) {
  const client = new FakeClient({ context: { location: 'nav_bar', ticketId: undefined }, data: { currentUser } });
  render(<App init={{ ok: true, client }} />);
}

const tabNames = async () => within(await screen.findByRole('navigation', { name: 'Tier 2 pages' })).getAllByRole('button').map((b) => b.textContent);

describe('the nav bar’s tabs', () => {
  it('an agent gets the queue and Insights, the queue shown first; no setup check', async () => {
    openNavBar({ id: USERS.tier2Agent, name: 'Tier 2', role: 'agent', locale: 'en-US', groups: [{ id: 200, name: 'Tier 2' }] });
    expect(await tabNames()).toEqual(['Tier 2 queue', 'Insights']);
    expect(screen.getByRole('button', { name: 'Tier 2 queue' })).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByRole('heading', { name: 'Tier 2 queue: escalated tickets' })).toBeVisible();
  });

  it('an admin gets the setup check beside them; a tab pressed becomes the current page', async () => {
    const user = userEvent.setup({ delay: null });
    openNavBar({ id: USERS.admin, name: 'Admin', role: 'admin', locale: 'en-US', groups: [] });
    expect(await tabNames()).toEqual(['Tier 2 queue', 'Insights', 'Setup check']);
    await user.click(screen.getByRole('button', { name: 'Insights' }));
    expect(screen.getByRole('button', { name: 'Insights' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('button', { name: 'Tier 2 queue' })).not.toHaveAttribute('aria-current');
    expect(await screen.findByRole('heading', { level: 1, name: 'Insights: what the procedures concluded' })).toBeVisible();
  });
});
