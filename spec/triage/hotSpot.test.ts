import { findHotSpot, hotSpotQuery, openProblemQuery, problemDraft, type DistrictTicket } from '../../src/triage/hotSpot';
import { TREES } from '../../src/trees';

const t = (id: number, outcome: string, status = 'solved', type: string | null = null): DistrictTicket => ({ id, status, type, tags: ['clever_pa_x', `clever_outcome_${outcome}`] });
const opts = { ticketId: 1, prefix: 'clever_', threshold: 3, trees: TREES };

describe('a district hot spot', () => {
  it('searches the district’s tickets of the last 7 days, and its open problem tickets', () => {
    expect(hotSpotQuery('clever_pa_x', Date.parse('2026-12-04T12:00:00Z'))).toBe('type:ticket created>=2026-11-27 tags:clever_pa_x');
    expect(openProblemQuery('clever_pa_x')).toBe('type:ticket ticket_type:problem status<solved tags:clever_pa_x');
  });

  it('three other tickets that ended alike make one, with how many are still open', () => {
    const spot = findHotSpot([t(2, 'sso_enrollment_error', 'open'), t(3, 'sso_enrollment_error', 'pending'), t(4, 'sso_enrollment_error'), t(5, 'non_clever_account')], opts);
    expect(spot).toMatchObject({ tree: 'access', outcome: { id: 'sso_enrollment_error' }, ticketIds: [2, 3, 4], open: 2 });
  });

  it('this ticket and the problem ticket do not count: two others are below three', () => {
    expect(findHotSpot([t(1, 'sso_enrollment_error'), t(2, 'sso_enrollment_error'), t(3, 'sso_enrollment_error'), t(9, 'sso_enrollment_error', 'open', 'problem')], opts)).toBeNull();
  });

  it('the threshold is the setting’s', () => {
    const two = [t(2, 'sso_enrollment_error'), t(3, 'sso_enrollment_error')];
    expect(findHotSpot(two, opts)).toBeNull();
    expect(findHotSpot(two, { ...opts, threshold: 2 })?.ticketIds).toEqual([2, 3]);
  });

  it('the outcome most tickets reached wins', () => {
    const tickets = [2, 3, 4].map((id) => t(id, 'non_clever_account')).concat([5, 6, 7, 8].map((id) => t(id, 'fix_in_sis_then_sync')));
    expect(findHotSpot(tickets, opts)).toMatchObject({ tree: 'sync', outcome: { id: 'fix_in_sis_then_sync' }, open: 0 });
  });

  it('the problem ticket a Tier 2 agent opens names the district and the outcome and carries the district tag', () => {
    const hotSpot = findHotSpot([2, 3, 4].map((id) => t(id, 'sso_enrollment_error')), opts);
    if (!hotSpot) throw new Error('expected a hot spot');
    const draft = problemDraft({ districtName: 'Springfield Unified', districtTag: 'clever_pa_x', hotSpot, ticketId: 1 });
    expect(draft.subject).toBe(`Springfield Unified: ${hotSpot.outcome.title}`);
    expect(draft.tags).toEqual(['clever_pa_x']);
    expect(draft.body.split('\n')[1]).toBe('Tickets: #1, #2, #3, #4.');
  });
});
