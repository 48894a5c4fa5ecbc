import { GROUPS, TICKETS, USERS } from '../harness/fixtures';
import { RIVERSIDE_PROBLEM } from '../harness/insightsFixtures';
import { defaultSettings } from '../harness/server';
import { TREES } from '../src/trees';
import { eventually } from './eventually';
import type { Session } from './session';
import { t, walkingSessionPerFile, type Walker, type Step } from './walker';

/**
 * District hot spots in the sidebar, over the stand-in's districts: Riverside's rostering sync
 * problem is said once the first question is on screen, and the ticket joins the district's
 * problem ticket as an incident in the same update as its note. A Tier 2 agent opens a
 * district's problem ticket from its hot spot.
 */

let s: Session;
let w: Walker;
walkingSessionPerFile((session, walking) => ([s, w] = [session, walking]));

/** No VHL Central account yet: a walk with nothing to collect. */
const NO_ACCOUNT: readonly Step[] = [
  ['access.2a', 'no'],
  ['access.2b', 'no'],
  ['access.3', 'no'],
];

const hotSpot = () => w.sidebar().getByRole('region', { name: t('hotspot.title') });
const searches = () => s.standIn.model.log.all().filter((r) => r.url.startsWith('/api/v2/search.json') && r.url.includes('clever_pa_'));

describe('a district hot spot', () => {
  it('Riverside: four tickets this week waited for the sync; this one joins the problem ticket with its note, in one update', async () => {
    await s.open({ ticket: TICKETS.rosteringDistrict, agent: USERS.tier1Agent });
    await w.procedureButton('access').waitFor();
    const outcome = TREES.access.outcomes.rostering_wait_for_sync!.title;
    await hotSpot().getByText(t('hotspot.found', { count: 4, district: 'Riverside County Schools', outcome, open: 2 })).waitFor();
    // One search for the district's week, one for its open problem ticket: nothing before the first question.
    expect(searches()).toHaveLength(2);
    // Two lines above the walk until the agent opens its tickets and the problem ticket.
    await hotSpot().getByRole('button', { name: t('hotspot.details'), exact: true }).click();
    expect(await hotSpot().getByRole('button', { name: /^Open ticket \d+$/ }).count()).toBe(4);

    const problem = s.standIn.model.ticket(RIVERSIDE_PROBLEM)!;
    await hotSpot().getByText(t('hotspot.link', { id: RIVERSIDE_PROBLEM, subject: problem.subject })).click();
    await w.chooseProcedure('access');
    await w.answerAll('access', NO_ACCOUNT);
    await w.outcome('access', 'create_account_via_clever').waitFor();
    const before = s.standIn.model.log.all().length;
    await w.write();
    await w.sidebar().getByText(t('write.done.body')).waitFor();

    const puts = s.standIn.model.log.all().slice(before).filter((r) => r.method === 'PUT');
    expect(puts).toHaveLength(1);
    expect(puts[0]!.body).toMatchObject({ ticket: { comment: { public: false }, type: 'incident', problem_id: RIVERSIDE_PROBLEM, tags: expect.arrayContaining(['clever_pa_0015e00000rstuvw34']) } });
    expect(s.standIn.model.incidents(RIVERSIDE_PROBLEM).map((i) => i.id)).toEqual([TICKETS.rosteringDistrict]);
  });

  it('a Tier 2 agent opens the district’s problem ticket from the hot spot, tagged with the district', async () => {
    s.standIn.settings = { ...defaultSettings(), hot_spot_threshold: 2, tier2_group_id: GROUPS.tier2.id };
    await s.open({ ticket: TICKETS.ssoDistrict, agent: USERS.tier2Agent });
    await hotSpot().getByRole('button', { name: t('hotspot.details'), exact: true }).click();
    await hotSpot().getByRole('button', { name: t('hotspot.create') }).click();
    const created = () => s.standIn.model.allTickets().filter((x) => x.type === 'problem' && x.tags.includes('clever_pa_0015e00000abcdef12'));
    await eventually(() => expect(created()).toHaveLength(1));
    expect(created()[0]!.comments).toMatchObject([{ public: false }]);
    await hotSpot().getByText(new RegExp(`problem ticket #${created()[0]!.id} as an incident`)).waitFor();
  });
});
