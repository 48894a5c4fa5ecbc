import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { BUILTIN_SEED, TICKETS, USERS } from '../../../harness/fixtures';
import { App } from '../../../src/app/shell/App';
import { TREES } from '../../../src/trees';
import { FAKE_ORIGIN, FakeClient } from '../../support/fakeClient';
import { zendeskServerPerFile } from '../../support/zendeskServer';

const { model, server } = zendeskServerPerFile();

const TIER2 = { id: USERS.tier2Agent, name: 'Tier 2', role: 'agent', locale: 'en-US', groups: [{ id: 200, name: 'Tier 2' }] };
const escalation = Object.values(TREES.access.outcomes).find((o) => o.escalationTags.includes('escalated_tier2'))!;

function openQueue() {
  const user = userEvent.setup({ delay: null });
  const client = new FakeClient({ context: { location: 'nav_bar', ticketId: undefined }, data: { currentUser: TIER2 } });
  render(<App init={{ ok: true, client }} />);
  return { user, client };
}

const rowOf = (id: number) => screen.getAllByRole('row').find((r) => r.getAttribute('data-ticket') === String(id)) as HTMLElement;

describe('the Tier 2 queue in the nav bar', () => {
  it('lists the open tickets tagged clever_escalated_tier2, with district, outcome, age and packet; a row opens its ticket', async () => {
    // Tier 1 escalated the SSO ticket with the app; the fixture's ticket 109 was escalated by hand; a closed one is not listed.
    model.updateTicket(TICKETS.ssoDistrict, { tags: ['clever_district_sso', 'clever_tree_access', `clever_outcome_${escalation.id}`, 'clever_escalated_tier2'] }, USERS.tier1Agent);
    const { user, client } = openQueue();

    expect(await screen.findByRole('heading', { name: 'Tier 2 queue: escalated tickets' })).toBeVisible();
    expect(await screen.findByText('Open tickets tagged clever_escalated_tier2: 2', { selector: '[role="status"]' })).toBeVisible();
    // Message once; the table, a Garden table, is named by the page's heading.
    expect(screen.getAllByText(/^Open tickets tagged/)).toHaveLength(1);
    const table = screen.getByRole('table', { name: 'Tier 2 queue: escalated tickets' });
    expect(table).toHaveAttribute('data-garden-id', 'tables.table');
    const app = within(rowOf(TICKETS.ssoDistrict));
    expect(app.getByText('Clever SSO')).toBeVisible();
    expect(app.getByText(escalation.title)).toBeVisible();
    expect(app.getByText(/^(Complete|Required fields complete) \(checked when written\)$/)).toBeVisible();
    const byHand = within(rowOf(TICKETS.escalatedTier2));
    expect(byHand.getByText('Clever rostering')).toBeVisible();
    expect(byHand.getByText('None: escalated without the app')).toBeVisible();

    await user.click(app.getByRole('button', { name: /^Open ticket 101: / }));
    expect(client.invocations('routeTo')).toEqual([['ticket', TICKETS.ssoDistrict]]);
  });

  it('sorts by age, oldest first, and the other way on request', async () => {
    model.updateTicket(TICKETS.ssoDistrict, { tags: ['clever_escalated_tier2'] }, USERS.tier1Agent);
    model.updateTicket(TICKETS.notClever, { tags: ['clever_escalated_tier2'] }, USERS.tier1Agent);
    const { user } = openQueue();
    await screen.findAllByRole('row');
    const order = () => screen.getAllByRole('row').flatMap((r) => r.getAttribute('data-ticket') ?? []);
    // The fixtures were created in id order: the lowest id is the oldest.
    expect(order()).toEqual(['101', '104', '109']);
    // The header says what it sorts; which way is aria-sort's (and Garden's arrow's) to say.
    const age = screen.getByRole('columnheader', { name: 'Age' });
    expect(age).toHaveAttribute('aria-sort', 'descending');
    await user.click(within(age).getByRole('button', { name: 'Age' }));
    expect(order()).toEqual(['109', '104', '101']);
    expect(age).toHaveAttribute('aria-sort', 'ascending');
  });

  it('a result with missing fields is listed with what could not be read', async () => {
    server.use(
      http.get(`${FAKE_ORIGIN}/api/v2/search.json`, () =>
        HttpResponse.json({ results: [{ id: 77, status: 'open' }, { subject: 'no id' }], next_page: null, count: 2 }),
      ),
    );
    openQueue();
    expect(await screen.findByText('Some results could not be read fully')).toBeVisible();
    expect(screen.getByText('Ticket 77: the result has no tags, so its district and outcome are unknown.')).toBeVisible();
    expect(screen.getByText('A search result without a ticket id was left out.')).toBeVisible();
    const row = within(rowOf(77));
    expect(row.getByText('(no subject)')).toBeVisible();
    expect(row.getByText('unknown')).toBeVisible();
  });

  it('a failed search is said, and searching again works', async () => {
    model.faults.next(1, { kind: '500' });
    const { user } = openQueue();
    expect(await screen.findByText('The search failed')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Search again' }));
    expect(await screen.findByText('Open tickets tagged clever_escalated_tier2: 1', { selector: '[role="status"]' })).toBeVisible();
  });

  describe('search is not real time', () => {
    afterEach(() => {
      model.searchDelayMs = 0;
      model.reset(BUILTIN_SEED);
    });

    it('says when it was loaded and that search lags; a ticket escalated a moment ago appears when searched again after the index caught up', async () => {
      model.searchDelayMs = 60_000;
      model.updateTicket(TICKETS.ssoDistrict, { tags: ['clever_district_sso', `clever_outcome_${escalation.id}`, 'clever_escalated_tier2'] }, USERS.tier1Agent);
      const { user } = openQueue();
      expect(await screen.findByText('Open tickets tagged clever_escalated_tier2: 1', { selector: '[role="status"]' })).toBeVisible();
      expect(screen.getByText(/^Loaded at .+\. Zendesk’s search can lag by a few minutes: a ticket escalated just now may not be listed yet\./)).toBeVisible();
      expect(screen.getAllByRole('row').some((r) => r.getAttribute('data-ticket') === String(TICKETS.ssoDistrict))).toBe(false);

      model.searchDelayMs = 0;
      await user.click(screen.getByRole('button', { name: 'Search again' }));
      expect(await screen.findByText('Open tickets tagged clever_escalated_tier2: 2', { selector: '[role="status"]' })).toBeVisible();
      expect(rowOf(TICKETS.ssoDistrict)).toBeVisible();
    });

    it('a ticket Tier 2 returned a moment ago, still found by its old tags, shows as returned, not with the escalation’s packet', async () => {
      // Escalated by Tier 1 long ago, so search has indexed it; returned by Tier 2 a moment ago.
      const escalatedTags = ['clever_district_sso', `clever_outcome_${escalation.id}`, 'clever_escalated_tier2'];
      model.reset({ ...BUILTIN_SEED, tickets: BUILTIN_SEED.tickets.map((t) => (t.id === TICKETS.ssoDistrict ? { ...t, tags: escalatedTags } : t)) });
      model.searchDelayMs = 60_000;
      model.updateTicket(TICKETS.ssoDistrict, { tags: ['clever_district_sso', `clever_outcome_${escalation.id}`, 'clever_outcome_returned_to_tier1', 'clever_tier2_returned'] }, USERS.tier2Agent);
      openQueue();
      expect(await screen.findByText('Open tickets tagged clever_escalated_tier2: 2', { selector: '[role="status"]' })).toBeVisible();
      const row = within(rowOf(TICKETS.ssoDistrict));
      expect(row.getByText('Returned to Tier 1 since search listed it: Tier 1 is fixing it')).toBeVisible();
      expect(row.queryByText(/^Complete|^Required fields complete/)).toBeNull();
      // One search and one read of the tickets as they are now, for the page of results.
      expect(model.log.all().map((r) => r.url.split('?')[0])).toEqual(['/api/v2/search.json', '/api/v2/tickets/show_many.json']);
    });
  });
});
