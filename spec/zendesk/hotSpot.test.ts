import { http, HttpResponse } from 'msw';
import { TICKETS } from '../../harness/fixtures';
import { districtIdTag, RIVERSIDE_PROBLEM } from '../../harness/insightsFixtures';
import { problemDraft } from '../../src/triage/hotSpot';
import { TREES } from '../../src/trees';
import { createProblem, readHotSpot } from '../../src/zendesk/hotSpot';
import { FAKE_ORIGIN, FakeClient } from '../support/fakeClient';
import { zendeskServerPerFile } from '../support/zendeskServer';

const { model, server } = zendeskServerPerFile();
const input = (district: 'riverside' | 'springfield', ticketId: number, threshold = 3) => ({ districtTag: districtIdTag(district), ticketId, prefix: 'clever_', threshold, trees: TREES, now: Date.now() });
const searches = () => model.log.find('GET', /^\/api\/v2\/search\.json/);

describe('the sidebar’s hot spot, from the stand-in’s districts', () => {
  it('Riverside: four other tickets this week waited for the rostering sync, two still open, and Tier 2 has a problem ticket open', async () => {
    const read = await readHotSpot(new FakeClient(), input('riverside', TICKETS.rosteringDistrict));
    expect(read).toMatchObject({ ok: true, hotSpot: { outcome: { id: 'rostering_wait_for_sync' }, open: 2 }, problem: { id: RIVERSIDE_PROBLEM }, requests: 2 });
    expect(read.ok && read.hotSpot?.ticketIds).toHaveLength(4);
    expect(searches()).toHaveLength(2);
  });

  it('Springfield: two escalations this week are below three, so one search and nothing to say', async () => {
    expect(await readHotSpot(new FakeClient(), input('springfield', TICKETS.ssoDistrict))).toEqual({ ok: true, hotSpot: null, problem: null, requests: 1 });
    expect(searches()).toHaveLength(1);
  });

  it('a Tier 2 agent opens the problem ticket from the hot spot; the district’s next hot spot offers it', async () => {
    const client = new FakeClient();
    const first = await readHotSpot(client, input('springfield', TICKETS.ssoDistrict, 2));
    if (!first.ok || !first.hotSpot) throw new Error('expected a hot spot at threshold 2');
    expect(first.problem).toBeNull();
    const created = await createProblem(client, problemDraft({ districtName: 'Springfield Unified', districtTag: districtIdTag('springfield'), hotSpot: first.hotSpot, ticketId: TICKETS.ssoDistrict }));
    if (!created.ok) throw new Error(created.message);
    expect(model.ticket(created.problem.id)).toMatchObject({ type: 'problem', tags: [districtIdTag('springfield')], comments: [{ public: false }] });
    expect(await readHotSpot(client, input('springfield', TICKETS.ssoDistrict, 2))).toMatchObject({ problem: created.problem });
  });

  it('a failed search is said, not thrown; a failed problem search keeps the hot spot without a link', async () => {
    model.faults.next(1, { kind: 'http', status: 403 });
    expect(await readHotSpot(new FakeClient(), input('riverside', TICKETS.rosteringDistrict))).toMatchObject({ ok: false, message: expect.stringMatching(/permission/) });
    server.use(
      http.get(`${FAKE_ORIGIN}/api/v2/search.json`, ({ request }) =>
        new URL(request.url).searchParams.get('query')?.includes('ticket_type:problem') ? HttpResponse.json({ error: 'Oops' }, { status: 500 }) : undefined,
      ),
    );
    expect(await readHotSpot(new FakeClient(), input('riverside', TICKETS.rosteringDistrict))).toMatchObject({ ok: true, hotSpot: { open: 2 }, problem: null });
  });

  it('a problem created when the answer never came may exist: the agent is told so', async () => {
    model.faults.next(1, { kind: 'drop', afterApply: true });
    const result = await createProblem(new FakeClient(), { subject: 'S', body: 'B', tags: ['t'] });
    expect(result).toMatchObject({ ok: false, mayExist: true });
  });
});
