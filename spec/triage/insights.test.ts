import { insightsQueries, sinceDay, summarize, type Listing, type ListedTicket } from '../../src/triage/insights';
import { CSV_HEADER, csvCell, insightsCsv } from '../../src/triage/insightsCsv';
import { TREES } from '../../src/trees';

const SINCE = '2026-11-27';
const ticket = (id: number, ...tags: string[]): ListedTicket => ({ id, status: 'solved', tags, organizationId: null });
const listing = (tree: Listing['tree'], tickets: ListedTicket[], over: Partial<Listing> = {}): Listing => ({
  tree,
  query: `type:ticket created>=${SINCE} tags:clever_tree_${tree}`,
  count: tickets.length,
  tickets,
  complete: true,
  ...over,
});
const sum = (listings: Listing[], counts = {}) => summarize({ since: SINCE, prefix: 'clever_', trees: TREES, listings, counts });

describe('what the Insights page asks search', () => {
  it('a period starts that many days back, as a date', () => {
    expect(sinceDay(Date.parse('2026-12-04T14:00:00Z'), 7)).toBe('2026-11-27');
    expect(sinceDay(Date.parse('2026-12-04T00:30:00Z'), 90)).toBe('2026-09-05');
  });

  it('one listing a procedure, and a count for each escalation tag and for returns not escalated again', () => {
    const q = insightsQueries('clever_', SINCE, ['access', 'sync']);
    expect(q.listings).toEqual([
      { tree: 'access', query: 'type:ticket created>=2026-11-27 tags:clever_tree_access' },
      { tree: 'sync', query: 'type:ticket created>=2026-11-27 tags:clever_tree_sync' },
    ]);
    expect(q.counts).toEqual({
      escalatedTier2: 'type:ticket created>=2026-11-27 tags:clever_escalated_tier2',
      escalatedSupervisor: 'type:ticket created>=2026-11-27 tags:clever_escalated_supervisor',
      escalatedTechdev: 'type:ticket created>=2026-11-27 tags:clever_escalated_techdev',
      returned: 'type:ticket created>=2026-11-27 tags:clever_tier2_returned',
      returnedNotAgain: 'type:ticket created>=2026-11-27 tags:clever_tier2_returned -tags:clever_escalated_tier2',
    });
  });
});

describe('what the answers add up to', () => {
  it('a ticket walked through two Tier 1 procedures counts once in the escalation rate, and in each procedure’s outcomes', () => {
    const both = ticket(1, 'clever_outcome_not_transfer_or_dual_enrollment', 'clever_outcome_sso_enrollment_error', 'clever_escalated_tier2');
    const s = sum([listing('access', [both, ticket(2, 'clever_outcome_create_account_via_clever')]), listing('transfers', [both])], { escalatedTier2: 1, returnedNotAgain: 0, returned: 0 });
    expect(s.escalationRate).toEqual({ part: 1, whole: 2, rate: 0.5, exact: true });
    expect(s.outcomes.map((o) => [o.key, o.value, o.ticketIds])).toEqual([
      ['access/create_account_via_clever', 1, [2]],
      ['access/sso_enrollment_error', 1, [1]],
      ['transfers/not_transfer_or_dual_enrollment', 1, [1]],
    ]);
  });

  it('outcomes group by procedure, then kind (resolved first, escalations last), most tickets first', () => {
    const s = sum([listing('access', [ticket(1, 'clever_outcome_sso_enrollment_error'), ticket(2, 'clever_outcome_non_clever_account'), ticket(3, 'clever_outcome_non_clever_account'), ticket(4, 'clever_outcome_create_account_via_clever')])]);
    expect(s.outcomes.map((o) => [o.kind, o.key])).toEqual([
      ['resolved', 'access/non_clever_account'],
      ['resolved', 'access/create_account_via_clever'],
      ['escalate_tier2', 'access/sso_enrollment_error'],
    ]);
  });

  it('an outcome tag no procedure has now (another version) is left out, not guessed', () => {
    expect(sum([listing('access', [ticket(1, 'clever_outcome_gone_since_v2')])]).outcomes).toEqual([]);
  });

  it('a listing search could not finish: its figures are “at least”, its total search’s count', () => {
    const s = sum([listing('access', [ticket(1, 'clever_outcome_non_clever_account', 'clever_escalated_tier2', 'clever_pa_x')], { count: 1500, complete: false })], { escalatedTier2: 700, returnedNotAgain: 0 });
    expect(s.walks[0]).toMatchObject({ value: 1500, exact: true });
    expect(s.outcomes[0]).toMatchObject({ value: 1, exact: false });
    expect(s.escalationRate).toEqual({ part: 700, whole: 1500, rate: 700 / 1500, exact: false });
    expect(s.districts[0]).toMatchObject({ key: 'clever_pa_x', label: 'x', exact: false });
    expect(s.packets[2]).toMatchObject({ key: 'none', value: 1, exact: false });
  });

  it('a count that did not answer leaves its rate unknown, never 0', () => {
    const s = sum([listing('access', [ticket(1)])], { escalatedTier2: 3 });
    expect(s.escalationRate).toMatchObject({ part: null, rate: null, exact: false });
    expect(s.returnRate).toMatchObject({ rate: null });
  });

  it('top districts by escalations of any level (returns included), at most ten, most first', () => {
    const tickets = Array.from({ length: 12 }, (_, d) => Array.from({ length: d + 1 }, (_, i) => ticket(d * 100 + i, `clever_pa_d${d}`, i % 2 ? 'clever_escalated_supervisor' : 'clever_tier2_returned'))).flat();
    const s = sum([listing('access', [...tickets, ticket(9999, 'clever_pa_calm')])]);
    expect(s.districts.map((d) => [d.label, d.value])).toEqual(Array.from({ length: 10 }, (_, i) => [`d${11 - i}`, 12 - i]));
    expect(s.districts[0]?.query).toBe('type:ticket created>=2026-11-27 tags:clever_pa_d11');
  });
});

describe('the table as CSV', () => {
  it('one row a bar and a rate, under a header, in CRLF lines', () => {
    const s = sum([listing('access', [ticket(1, 'clever_outcome_sso_enrollment_error', 'clever_escalated_tier2', 'clever_pa_abc')])], { escalatedTier2: 1, returnedNotAgain: 0, returned: 0 });
    const lines = insightsCsv(s).split('\r\n');
    expect(lines[0]).toBe(CSV_HEADER.join(','));
    expect(lines).toContain(`procedure,access,,${csvCell(TREES.access.title)},1,yes,type:ticket created>=2026-11-27 tags:clever_tree_access`);
    expect(lines).toContain(`outcome,access,escalate_tier2,${csvCell(TREES.access.outcomes.sso_enrollment_error?.title ?? '')},1,yes,type:ticket created>=2026-11-27 tags:clever_outcome_sso_enrollment_error`);
    expect(lines).toContain('rate,,,escalated to Tier 2 (of Tier 1 tickets),1,yes,');
    expect(lines).toContain('packet,,,complete,1,yes,');
    expect(lines).toContain('district,,,abc,1,yes,type:ticket created>=2026-11-27 tags:clever_pa_abc');
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(1 + 1 + 1 + 2 + 3 + 1 + 1);
  });

  it('a cell with a comma, a quote or a line break is quoted; one a spreadsheet would run is not run', () => {
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('@sum')).toBe("'@sum");
    expect(csvCell(-3)).toBe('-3');
  });
});
