import { DEFAULT_SETTINGS } from '../src/triage/settings';
import { districtTag, tag } from '../src/triage/planWrite';
import type { DistrictKind, TreeId } from '../src/triage/tree';
import { TREES } from '../src/trees';
import type { Organization, SeedTicket, TicketStatus, User } from './zendesk/model';

/**
 * A few weeks of finished walks across five districts, for the Insights page and the sidebar's
 * hot spot in `npm start`. Each ticket carries the tags the app's write would have given it
 * (district kind, district, tree, outcome, escalation), dated 1 to 85 days back.
 *
 * Riverside County Schools is the hot spot: in the last 7 days, four other tickets ended in
 * "Rostering: student linked less than 24 hours ago" (two still open), and Tier 2 opened a problem
 * ticket for the district. Springfield had two SSO enrollment escalations this week: below the
 * default threshold of three, so its tickets show no hot spot. No ticket here is an open
 * escalation to Tier 2: the queue's own fixtures stay its whole list.
 */

const PREFIX = DEFAULT_SETTINGS.tag_prefix;

/** The districts' Parent Account ids, as the organizations hold them. */
export const DISTRICTS = {
  springfield: { org: 501, requester: 2001, kind: 'clever-sso', id: '0015e00000AbCdEF12' },
  riverside: { org: 502, requester: 2002, kind: 'clever-rostering', id: '0015e00000RsTuVw34' },
  westfield: { org: 505, requester: 2006, kind: 'clever-sso', id: '0015e00000WfPs9012' },
  lakeview: { org: 507, requester: 2010, kind: 'clever-sso', id: '0015e00000LkVw3456' },
  harbor: { org: 508, requester: 2011, kind: 'clever-rostering', id: '0015e00000HbCt7890' },
} as const satisfies Record<string, { org: number; requester: number; kind: DistrictKind; id: string }>;

type District = keyof typeof DISTRICTS;

/** The district tag a write gives a ticket of this district. */
export const districtIdTag = (district: District): string => tag(PREFIX, `pa_${DISTRICTS[district].id}`);

export const INSIGHTS_ORGANIZATIONS: Organization[] = [
  {
    id: 507,
    name: 'Lakeview Elementary School',
    tags: ['clever', 'k12'],
    organization_fields: { parent_account: 'Lakeview Unified School District', parent_account_id: DISTRICTS.lakeview.id, lms: 'Clever SSO District AY 2026-2027' },
  },
  {
    id: 508,
    name: 'Harbor Middle School',
    tags: ['clever', 'k12'],
    organization_fields: { parent_account: 'Harbor City Schools', parent_account_id: DISTRICTS.harbor.id, lms: 'Clever Rostering District AY 2026-2027' },
  },
];

export const INSIGHTS_USERS: User[] = [
  { id: DISTRICTS.lakeview.requester, name: 'Alex Teacher', email: 'alex@lakeview.example.org', role: 'end-user', locale: 'en-US', organization_id: 507, group_ids: [] },
  { id: DISTRICTS.harbor.requester, name: 'Jamie Counselor', email: 'jamie@harbor.example.org', role: 'end-user', locale: 'en-US', organization_id: 508, group_ids: [] },
];

/** The Riverside problem ticket a Tier 2 agent opened for the outage. */
export const RIVERSIDE_PROBLEM = 399;

interface Walked {
  district: District;
  tree: TreeId;
  outcome: string;
  days: number;
  status?: TicketStatus;
  /** Tier 2 sent it back to Tier 1 (its return walk's tags join the first walk's). */
  returned?: boolean;
}

/** The tags a finished walk leaves, from the trees themselves, so the fixtures follow the tag contract. */
function walkTags(w: Walked): string[] {
  const outcome = TREES[w.tree].outcomes[w.outcome];
  if (!outcome) throw new Error(`insights fixtures: ${w.tree} has no outcome ${w.outcome}`);
  const escalation = outcome.escalationTags.filter((e) => !(w.returned && e === 'escalated_tier2')).map((e) => tag(PREFIX, e));
  const returned = w.returned ? [tag(PREFIX, 'tree_tier2'), tag(PREFIX, 'outcome_returned_to_access_marked'), tag(PREFIX, 'tier2_returned')] : [];
  return [districtTag(PREFIX, DISTRICTS[w.district].kind), districtIdTag(w.district), tag(PREFIX, `tree_${w.tree}`), tag(PREFIX, `outcome_${outcome.id}`), ...escalation, ...returned];
}

const WALKS: Walked[] = [
  // Riverside, this week: the rostering sync hot spot (two still waiting).
  { district: 'riverside', tree: 'access', outcome: 'rostering_wait_for_sync', days: 1, status: 'pending' },
  { district: 'riverside', tree: 'access', outcome: 'rostering_wait_for_sync', days: 2, status: 'open' },
  { district: 'riverside', tree: 'access', outcome: 'rostering_wait_for_sync', days: 3, status: 'solved' },
  { district: 'riverside', tree: 'access', outcome: 'rostering_wait_for_sync', days: 5, status: 'solved' },
  { district: 'riverside', tree: 'transfers', outcome: 'rostering_transfer_wait_overnight', days: 4, status: 'solved' },
  { district: 'riverside', tree: 'sync', outcome: 'fix_in_sis_then_sync', days: 12, status: 'solved' },
  { district: 'riverside', tree: 'access', outcome: 'rostering_sync_escalate', days: 20, status: 'solved' },
  { district: 'riverside', tree: 'access', outcome: 'rostering_sync_escalate', days: 41, status: 'closed', returned: true },
  // Springfield: SSO enrollment escalations, two this week.
  { district: 'springfield', tree: 'access', outcome: 'sso_enrollment_error', days: 2, status: 'solved' },
  { district: 'springfield', tree: 'access', outcome: 'sso_enrollment_error', days: 6, status: 'solved' },
  { district: 'springfield', tree: 'access', outcome: 'sso_enrollment_error', days: 16, status: 'closed' },
  { district: 'springfield', tree: 'access', outcome: 'escalate_school_district_association', days: 24, status: 'closed', returned: true },
  { district: 'springfield', tree: 'access', outcome: 'create_account_via_clever', days: 9, status: 'solved' },
  { district: 'springfield', tree: 'transfers', outcome: 'sso_transfer_change_school', days: 33, status: 'closed' },
  { district: 'springfield', tree: 'transfers', outcome: 'sso_transfer_escalate', days: 52, status: 'closed' },
  { district: 'springfield', tree: 'access', outcome: 'clever_content_limitation', days: 70, status: 'closed' },
  // Westfield: an old district record; referrals and escalations.
  { district: 'westfield', tree: 'access', outcome: 'escalate_integration_status', days: 8, status: 'solved' },
  { district: 'westfield', tree: 'tier2', outcome: 'refer_district_admin_not_live', days: 8, status: 'solved' },
  { district: 'westfield', tree: 'access', outcome: 'non_clever_account', days: 27, status: 'closed' },
  { district: 'westfield', tree: 'transfers', outcome: 'refer_district_admin_update_profile', days: 61, status: 'closed' },
  { district: 'westfield', tree: 'access', outcome: 'escalate_other_content', days: 80, status: 'closed' },
  // Lakeview: mostly resolved at Tier 1.
  { district: 'lakeview', tree: 'access', outcome: 'create_course_in_clever_account', days: 3, status: 'solved' },
  { district: 'lakeview', tree: 'access', outcome: 'course_at_wrong_school', days: 11, status: 'solved' },
  { district: 'lakeview', tree: 'transfers', outcome: 'dual_enrollment_workaround', days: 19, status: 'closed' },
  { district: 'lakeview', tree: 'access', outcome: 'sso_enrollment_error', days: 29, status: 'closed' },
  { district: 'lakeview', tree: 'tier2', outcome: 'escalate_via_jira', days: 29, status: 'closed' },
  { district: 'lakeview', tree: 'access', outcome: 'create_account_via_clever', days: 45, status: 'closed' },
  // Harbor: rostering and its sync report.
  { district: 'harbor', tree: 'sync', outcome: 'resume_after_reconnect', days: 2, status: 'solved' },
  { district: 'harbor', tree: 'sync', outcome: 'duplicate_email_addresses', days: 14, status: 'solved' },
  { district: 'harbor', tree: 'access', outcome: 'rostering_sync_escalate', days: 18, status: 'closed' },
  { district: 'harbor', tree: 'tier2', outcome: 'rostering_escalate_supervisor', days: 17, status: 'closed' },
  { district: 'harbor', tree: 'transfers', outcome: 'rostering_transfer_wait_overnight', days: 38, status: 'closed' },
  { district: 'harbor', tree: 'sync', outcome: 'report_needs_remind_plan', days: 66, status: 'closed' },
  { district: 'harbor', tree: 'access', outcome: 'rostering_wait_for_sync', days: 84, status: 'closed' },
];

function walkedTicket(w: Walked, index: number): SeedTicket {
  const outcome = TREES[w.tree].outcomes[w.outcome];
  const d = DISTRICTS[w.district];
  return {
    id: 301 + index,
    subject: `${outcome?.title ?? w.outcome} (${w.district})`,
    status: w.status ?? 'solved',
    tags: walkTags(w),
    organization_id: d.org,
    requester_id: d.requester,
    group_id: 100,
    age_days: w.days,
    comments: [{ author_id: d.requester, public: true, body: `Reported ${w.days} day(s) ago: ${outcome?.title ?? w.outcome}.` }],
  };
}

export const INSIGHTS_TICKETS: SeedTicket[] = [
  ...WALKS.map(walkedTicket),
  {
    id: RIVERSIDE_PROBLEM,
    subject: 'Riverside County Schools: rostered students not reaching VHL Central',
    status: 'open',
    type: 'problem',
    tags: [districtIdTag('riverside')],
    organization_id: DISTRICTS.riverside.org,
    requester_id: 1002,
    group_id: 200,
    age_days: 1,
    comments: [{ author_id: 1002, public: false, body: 'Several Riverside schools report students missing a day after linking. Link their tickets here.' }],
  },
];
