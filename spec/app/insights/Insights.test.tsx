import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { USERS } from '../../../harness/fixtures';
import { App } from '../../../src/app/shell/App';
import { sinceDay } from '../../../src/triage/insights';
import { TREES } from '../../../src/trees';
import { FakeClient } from '../../support/fakeClient';
import { zendeskServerPerFile } from '../../support/zendeskServer';

const { model } = zendeskServerPerFile();

const TIER2 = { id: USERS.tier2Agent, name: 'Tier 2', role: 'agent', locale: 'en-US', groups: [{ id: 200, name: 'Tier 2' }] };

async function openInsights() {
  const user = userEvent.setup({ delay: null });
  const client = new FakeClient({ context: { location: 'nav_bar', ticketId: undefined }, data: { currentUser: TIER2 } });
  render(<App init={{ ok: true, client }} />);
  await user.click(await screen.findByRole('button', { name: 'Insights' }));
  await screen.findByText(/^Loaded with \d+ requests/, {}, { timeout: 5000 });
  return { user, client };
}

const searches = () => model.log.all().filter((r) => r.url.startsWith('/api/v2/search'));
const rostering = TREES.access.outcomes.rostering_wait_for_sync?.title ?? '';

describe('the Insights page in the nav bar, beside the queue', () => {
  it('draws a bar for each outcome of the last 30 days, its length against the longest, “≥” nowhere when search listed everything', async () => {
    await openInsights();
    expect(screen.getByRole('heading', { level: 1, name: 'Insights: what the procedures concluded' })).toBeVisible();
    const bar = screen.getByRole('button', { name: `${rostering} 4 — show its tickets` });
    const fill = bar.querySelector('rect');
    expect(fill?.getAttribute('data-value')).toBe('4');
    const walks = within(screen.getByRole('list', { name: 'Tickets each procedure concluded' }));
    const widths = walks.getAllByRole('button').map((b) => Number(b.querySelector('rect')?.getAttribute('width')));
    expect(Math.max(...widths)).toBe(100);
    expect(screen.queryByText(/^≥/)).toBeNull();
    expect(screen.getByText(/^Escalated to Tier 2: \d+% \(\d+ of \d+ tickets a Tier 1 procedure concluded\)$/)).toBeVisible();
  });

  it('a bar opens its tickets; each opens in Zendesk', async () => {
    const { user, client } = await openInsights();
    await user.click(screen.getByRole('button', { name: `${rostering} 4 — show its tickets` }));
    const opened = screen.getByRole('region', { name: `Tickets behind “${rostering}”` });
    const links = within(opened).getAllByRole('button', { name: /^Open ticket \d+$/ });
    expect(links).toHaveLength(4);
    await user.click(links[0] as HTMLElement);
    expect(client.invocations('routeTo')).toHaveLength(1);
  });

  it('the CSV holds the table’s rows, and switching period and back costs no request', async () => {
    const { user } = await openInsights();
    const csv = decodeURIComponent((screen.getByRole('link', { name: 'Download the table (CSV)' }).getAttribute('href') ?? '').replace(/^data:text\/csv;charset=utf-8,/, ''));
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('section,procedure,kind,label,value,exact,search');
    const outcomeBars = within(screen.getByRole('region', { name: 'Outcomes, by procedure and kind' })).getAllByRole('button');
    expect(lines.filter((l) => l.startsWith('outcome,'))).toHaveLength(outcomeBars.length);
    expect(lines).toContain(`outcome,access,resolved,${rostering},4,yes,type:ticket created>=${sinceDay(Date.now(), 30)} tags:clever_outcome_rostering_wait_for_sync`);
    const sent = searches().length;
    await user.click(screen.getByRole('button', { name: 'Last 7 days' }));
    await screen.findByText(/^Loaded with/);
    const after7 = searches().length;
    expect(after7).toBeGreaterThan(sent);
    await user.click(screen.getByRole('button', { name: 'Last 30 days' }));
    expect(await screen.findByText(/^Loaded with/)).toBeVisible();
    expect(searches()).toHaveLength(after7);
  });
});
