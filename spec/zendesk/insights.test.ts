import { BUILTIN_SEED } from '../../harness/fixtures';
import { DISTRICTS, districtIdTag } from '../../harness/insightsFixtures';
import type { Seed, SeedTicket } from '../../harness/zendesk/model';
import { DEFAULT_SETTINGS } from '../../src/triage/settings';
import { TREES } from '../../src/trees';
import { insightsVisit, loadInsights, MAX_INSIGHTS_REQUESTS, type InsightsOptions, type InsightsState } from '../../src/zendesk/insights';
import { FakeClient } from '../support/fakeClient';
import { zendeskServerPerFile } from '../support/zendeskServer';

const { model } = zendeskServerPerFile();

const base = { prefix: DEFAULT_SETTINGS.tag_prefix, now: Date.now(), trees: TREES, parentAccountKey: DEFAULT_SETTINGS.parent_account_field };

/** No test really waits: the waits asked for are recorded. */
function run(days: number, extra: InsightsOptions = {}) {
  const slept: number[] = [];
  const updates: InsightsState[] = [];
  const done = loadInsights(new FakeClient(), { ...base, days }, { sleep: async (ms) => void slept.push(ms), onUpdate: (s) => updates.push(s), ...extra });
  return { done, slept, updates };
}

const bar = (state: InsightsState, key: string) => state.summary.outcomes.find((b) => b.key === key);
const apiRequests = () => model.log.all().filter((r) => r.url.startsWith('/api/v2/'));

/** The built-in account plus `n` access walks this week, all ending in the same SSO escalation. */
function withManyWalks(n: number): Seed {
  const extra: SeedTicket[] = Array.from({ length: n }, (_, i) => ({
    id: 10_000 + i,
    subject: `Walk ${i}`,
    status: 'solved',
    tags: ['clever_district_sso', 'clever_tree_access', 'clever_outcome_sso_enrollment_error', 'clever_escalated_tier2', districtIdTag('lakeview')],
    comments: [],
    organization_id: 507,
    requester_id: DISTRICTS.lakeview.requester,
    age_days: 1,
  }));
  return { ...BUILTIN_SEED, tickets: [...BUILTIN_SEED.tickets, ...extra] };
}

describe('the Insights page’s figures, from search', () => {
  it('the last 7 days of the stand-in’s walks: outcomes by procedure, rates, packets and districts, named', async () => {
    const { done } = run(7);
    const state = await done;
    expect(state).toMatchObject({ finished: true, problems: [], waiting: null });
    expect(state.summary.walks.map((w) => [w.key, w.value, w.exact])).toEqual([
      ['access', 7, true],
      ['transfers', 1, true],
      ['tier2', 0, true],
      ['sync', 1, true],
    ]);
    expect(bar(state, 'access/rostering_wait_for_sync')).toMatchObject({ value: 4, exact: true, query: expect.stringContaining('tags:clever_outcome_rostering_wait_for_sync') });
    expect(bar(state, 'access/sso_enrollment_error')).toMatchObject({ value: 2, kind: 'escalate_tier2' });
    // The queue's escalated ticket was created weeks ago (with its first comment): not one of the 7 days'.
    expect(state.summary.escalationRate).toEqual({ part: 2, whole: 9, rate: 2 / 9, exact: true });
    expect(state.summary.returnRate).toMatchObject({ part: 0, whole: 2, rate: 0 });
    expect(state.summary.packets.map((p) => [p.key, p.value])).toEqual([
      ['complete', 2],
      ['required', 0],
      ['none', 0],
    ]);
    expect(state.summary.districts.map((d) => [d.label, d.value])).toEqual([['Springfield Unified School District', 2]]);
  });

  it('90 days: a returned escalation counts in the return rate, Tier 2’s walks in their own procedure', async () => {
    const state = await run(90).done;
    expect(state.summary.returnRate).toMatchObject({ part: 2, whole: 12, exact: true });
    expect(state.summary.walks.find((w) => w.key === 'tier2')?.value).toBe(5);
    expect(bar(state, 'tier2/returned_to_access_marked')).toMatchObject({ value: 2, kind: 'handoff' });
    expect(state.summary.districts[0]).toMatchObject({ label: expect.any(String), exact: true });
  });

  it('a full page stays within 40 requests, paints after every answer, and says how far it got', async () => {
    model.reset(withManyWalks(1200));
    const { done, updates } = run(7);
    const state = await done;
    expect(state.requests).toBeLessThanOrEqual(MAX_INSIGHTS_REQUESTS);
    expect(apiRequests()).toHaveLength(state.requests);
    expect(updates.length).toBeGreaterThanOrEqual(state.requests);
    expect(updates.map((u) => u.done)).toEqual([...updates.map((u) => u.done)].sort((a, b) => a - b));
    expect(updates.at(-1)).toMatchObject({ finished: true });
    expect(updates.at(-1)?.done).toBe(updates.at(-1)?.planned);
  });

  it('search lists at most 1,000 a query: counts stay exact, figures added up from the list are marked “at least”', async () => {
    model.reset(withManyWalks(1200));
    const state = await run(7).done;
    const access = state.summary.walks.find((w) => w.key === 'access');
    expect(access).toMatchObject({ value: 1207, exact: true });
    expect(bar(state, 'access/sso_enrollment_error')).toMatchObject({ exact: false });
    expect(bar(state, 'access/sso_enrollment_error')?.value).toBeLessThan(1202);
    expect(state.summary.escalationRate).toMatchObject({ part: 1202, exact: false });
    expect(state.summary.districts.every((d) => !d.exact)).toBe(true);
  });

  it('a 429 in the middle of the page: waits as Zendesk asks, sends the same request again, counts nothing twice', async () => {
    const calm = await run(30).done;
    model.log.clear();
    let queued = false;
    const { done, slept, updates } = run(30, {
      onUpdate: (s) => {
        updates.push(s);
        if (!queued && s.done === 2) {
          queued = true;
          model.faults.next(1, { kind: '429', retryAfter: 7 });
        }
      },
    });
    const limited = await done;
    expect(slept.reduce((a, b) => a + b, 0)).toBe(7000);
    expect(updates.some((u) => u.waiting === 7)).toBe(true);
    expect(limited.summary).toEqual(calm.summary);
    expect(limited.requests).toBe(calm.requests + 1);
    const urls = apiRequests().map((r) => r.url);
    const retried = apiRequests().find((r) => r.status === 429)?.url;
    expect(urls.filter((u) => u === retried)).toHaveLength(2);
  });

  it('a 429 between two pages of one listing: the listing resumes at the page that was refused, each ticket listed once', async () => {
    model.reset(withManyWalks(1200));
    const calm = await run(7).done;
    let queued = false;
    const { done } = run(7, {
      onUpdate: (s) => {
        if (!queued && s.done === 12) {
          queued = true;
          model.faults.next(1, { kind: '429', retryAfter: 3 });
        }
      },
    });
    const limited = await done;
    expect(queued).toBe(true);
    expect(limited.summary).toEqual(calm.summary);
    const listed = limited.summary.walks.find((w) => w.key === 'access')?.ticketIds ?? [];
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('a wait longer than a minute is not waited out: the figure is named as unread and the rest still load', async () => {
    const { done } = run(7, {
      onUpdate: (s) => {
        if (s.done === 1 && model.faults.pending().length === 0 && s.problems.length === 0) model.faults.next(1, { kind: '429', retryAfter: 600 });
      },
    });
    const state = await done;
    expect(state.problems).toEqual([expect.stringMatching(/^The transfers tickets: Zendesk is limiting requests/)]);
    expect(state.summary.walks.find((w) => w.key === 'access')).toMatchObject({ value: 7, exact: true });
    expect(state.finished).toBe(true);
  });
});

describe('kept for the visit', () => {
  it('a period loads once; the next time it is shown at no request, and one still loading is joined', async () => {
    const visit = insightsVisit(new FakeClient(), base, { sleep: async () => undefined });
    const first: InsightsState[] = [];
    const second: InsightsState[] = [];
    const [a, b] = await Promise.all([visit.load(7, (s) => first.push(s)), visit.load(7, (s) => second.push(s))]);
    const sent = apiRequests().length;
    expect(b).toBe(a);
    expect(sent).toBe(a.requests);
    const again: InsightsState[] = [];
    expect(await visit.load(7, (s) => again.push(s))).toBe(a);
    expect(again).toEqual([a]);
    expect(apiRequests()).toHaveLength(sent);
    visit.forget(7);
    await visit.load(7, () => undefined);
    expect(apiRequests()).toHaveLength(sent * 2);
  });
});
