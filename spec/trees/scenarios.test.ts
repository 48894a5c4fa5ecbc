import { answer, view, walk, type AnswerOffer } from '../../src/triage/engine';
import { planWrite } from '../../src/triage/planWrite';
import { readNote } from '../../src/triage/readNote';
import { checkPacket } from '../../src/triage/packet';
import { DEFAULT_SETTINGS } from '../../src/triage/settings';
import { fill } from '../../src/triage/treeText';
import type { Classification } from '../../src/triage/snapshot';
import type { DistrictKind, OutcomeKind, Tree, TreeId } from '../../src/triage/tree';
import { TREES } from '../../src/trees';
import { isContractAnswer } from './contract';

/**
 * Scenarios written from the procedure's own words: (tree, district kind, the agent's answers)
 * → the outcome the procedure gives. Answers for questions the district kind answers are left
 * out on purpose, so the scenarios also show what the organization record decides by itself.
 */

function district(kind: DistrictKind): Classification {
  const lms: Record<DistrictKind, string> = {
    'clever-sso': 'Clever SSO District AY 2017-2018',
    'clever-rostering': 'Clever Rostering District AY 2017-2018',
    'clever-unknown-type': 'Clever District',
    'not-clever': '',
    'no-organization': '',
  };
  return {
    kind,
    academicYear: kind === 'clever-sso' || kind === 'clever-rostering' ? '2017-2018' : null,
    stale: false,
    conflict: false,
    evidence: kind === 'no-organization' ? [] : [{ field: 'lms', value: lms[kind], reading: kind }],
  };
}

interface Scenario {
  says: string;
  tree: TreeId;
  kind: DistrictKind;
  answers: Record<string, string>;
  outcome: string;
  outcomeKind: OutcomeKind;
}

/** Tier 1 access steps 2a–6 answered "the usual way" (No to 2a/2b, Yes to 3–6), for scenarios about steps 7–8. */
const THROUGH_STEP_6 = {
  'access.2a': 'no',
  'access.2b': 'no',
  'access.3': 'yes',
  'access.4': 'yes',
  'access.5': 'yes',
  'access.6': 'yes',
};

const SCENARIOS: Scenario[] = [
  // Tier 1 Troubleshooting Access Issues
  {
    says: 'a non-Clever school expressing interest in setting up a Clever integration → refer to VHL Sales (MLS)',
    tree: 'access',
    kind: 'not-clever',
    answers: { 'access.1': 'no_wants_clever' },
    outcome: 'refer_sales_new_integration',
    outcomeKind: 'refer',
  },
  {
    says: 'a school not in a district with a Clever integration → escalate to Tier 2 for confirmation of the district’s Clever integration status',
    tree: 'access',
    kind: 'not-clever',
    answers: { 'access.1': 'no' },
    outcome: 'escalate_integration_status',
    outcomeKind: 'escalate_tier2',
  },
  {
    says: 'no organization on the ticket, the agent finds no Clever integration → escalate to Tier 2 for confirmation',
    tree: 'access',
    kind: 'no-organization',
    answers: { 'access.1': 'no' },
    outcome: 'escalate_integration_status',
    outcomeKind: 'escalate_tier2',
  },
  {
    says: 'difficulty with the Clever portion of the login process → review the Clever Login Triage (or send login instructions)',
    tree: 'access',
    kind: 'clever-sso',
    answers: { 'access.2a': 'yes' },
    outcome: 'clever_login_triage',
    outcomeKind: 'handoff',
  },
  {
    says: 'user seeing the message “! VHL does not recognize your school.” → escalate to Tier 2 for the school-district association (Jira)',
    tree: 'access',
    kind: 'clever-sso',
    answers: { 'access.2a': 'no', 'access.2b': 'yes' },
    outcome: 'escalate_school_district_association',
    outcomeKind: 'escalate_tier2',
  },
  {
    says: 'nothing found after a user search and a message during login that is on VHL Central → the school-district association',
    tree: 'access',
    kind: 'clever-rostering',
    answers: { 'access.2a': 'no', 'access.2b': 'no', 'access.3': 'no_message_on_vhl' },
    outcome: 'escalate_school_district_association',
    outcomeKind: 'escalate_tier2',
  },
  {
    says: 'nothing found after a user search → login via the SIS/portal (through Clever) to begin the account creation process',
    tree: 'access',
    kind: 'clever-sso',
    answers: { 'access.2a': 'no', 'access.2b': 'no', 'access.3': 'no' },
    outcome: 'create_account_via_clever',
    outcomeKind: 'resolved',
  },
  {
    says: 'the VHL Central username is not a Clever userid → a non-Clever account: log in via the SIS/portal (through Clever)',
    tree: 'access',
    kind: 'clever-sso',
    answers: { 'access.2a': 'no', 'access.2b': 'no', 'access.3': 'yes', 'access.4': 'no' },
    outcome: 'non_clever_account',
    outcomeKind: 'resolved',
  },
  {
    says: 'the teacher’s course is set up at the incorrect school → recreate the courses in the Clever-associated account',
    tree: 'access',
    kind: 'clever-rostering',
    answers: { 'access.2a': 'no', 'access.2b': 'no', 'access.3': 'yes', 'access.4': 'yes', 'access.5': 'no' },
    outcome: 'course_at_wrong_school',
    outcomeKind: 'known_limitation',
  },
  {
    says: 'the course is not in the Clever-associated VHL Central account → advise the teacher to create it after logging in through Clever',
    tree: 'access',
    kind: 'clever-sso',
    answers: { ...THROUGH_STEP_6, 'access.6': 'no' },
    outcome: 'create_course_in_clever_account',
    outcomeKind: 'resolved',
  },
  {
    says: 'Single Sign-On: the student cannot enroll in the course without error messages → replicate, take screenshots, escalate to Tier 2',
    tree: 'access',
    kind: 'clever-sso',
    answers: { ...THROUGH_STEP_6, 'access.7a': 'no' },
    outcome: 'sso_enrollment_error',
    outcomeKind: 'escalate_tier2',
  },
  {
    says: 'a student in a rostering district missing from the course, linked less than 24 hours ago → wait for synching to complete',
    tree: 'access',
    kind: 'clever-rostering',
    answers: { ...THROUGH_STEP_6, 'access.7b': 'yes_within_24_hours' },
    outcome: 'rostering_wait_for_sync',
    outcomeKind: 'resolved',
  },
  {
    says: 'a student in a rostering district missing from the course → wait 24 hours, then escalate to Tier 2',
    tree: 'access',
    kind: 'clever-rostering',
    answers: { ...THROUGH_STEP_6, 'access.7b': 'yes' },
    outcome: 'rostering_sync_escalate',
    outcomeKind: 'escalate_tier2',
  },
  {
    says: 'all students in the Clever section are enrolled but cannot access the ©2014 eBook → a known limitation of Clever integrations',
    tree: 'access',
    kind: 'clever-rostering',
    answers: { ...THROUGH_STEP_6, 'access.7b': 'no', 'access.8': 'yes' },
    outcome: 'clever_content_limitation',
    outcomeKind: 'known_limitation',
  },
  {
    says: 'correct privileges but an issue with any other content access (“8 b”) → escalate to Tier 2 with the content and course',
    tree: 'access',
    kind: 'clever-sso',
    answers: { ...THROUGH_STEP_6, 'access.7a': 'yes', 'access.8': 'yes_other_content' },
    outcome: 'escalate_other_content',
    outcomeKind: 'escalate_tier2',
  },
  {
    says: 'the teacher’s course access does not match the school’s license package → a site license issue',
    tree: 'access',
    kind: 'clever-sso',
    answers: { ...THROUGH_STEP_6, 'access.7a': 'yes', 'access.8': 'no' },
    outcome: 'site_license_issue',
    outcomeKind: 'handoff',
  },
  {
    says: 'a Clever district of unknown type: the agent says it is rostering → step 7b',
    tree: 'access',
    kind: 'clever-unknown-type',
    answers: { 'access.1': 'yes', ...THROUGH_STEP_6, 'access.7': 'rostering', 'access.7b': 'yes' },
    outcome: 'rostering_sync_escalate',
    outcomeKind: 'escalate_tier2',
  },

  // Tier 1 Troubleshooting School Transfers / Dual Enrollments
  {
    says: 'SSO: a student transferred to a new school and the new school is listed → send directions to change the school and enroll',
    tree: 'transfers',
    kind: 'clever-sso',
    answers: { 'transfers.1': 'yes', 'transfers.1.clever_profile': 'yes', 'transfers.1.new_school_listed': 'yes' },
    outcome: 'sso_transfer_change_school',
    outcomeKind: 'resolved',
  },
  {
    says: 'SSO: the VHL Central user profile does not list the new school → record the schools and district, escalate to Tier 2',
    tree: 'transfers',
    kind: 'clever-sso',
    answers: { 'transfers.1': 'yes', 'transfers.1.clever_profile': 'yes', 'transfers.1.new_school_listed': 'no' },
    outcome: 'sso_transfer_escalate',
    outcomeKind: 'escalate_tier2',
  },
  {
    says: 'Rostering: a student transferred → auto-enrolled once the new teacher’s course is linked; processed overnight, check the following day',
    tree: 'transfers',
    kind: 'clever-rostering',
    answers: { 'transfers.1': 'yes', 'transfers.1.clever_profile': 'yes' },
    outcome: 'rostering_transfer_wait_overnight',
    outcomeKind: 'resolved',
  },
  {
    says: 'a Clever district of unknown type: the agent says it is rostering → the rostering transfer instructions',
    tree: 'transfers',
    kind: 'clever-unknown-type',
    answers: { 'transfers.1': 'yes', 'transfers.1.clever_profile': 'yes', 'transfers.1.integration': 'rostering' },
    outcome: 'rostering_transfer_wait_overnight',
    outcomeKind: 'resolved',
  },
  {
    says: 'a student who needs simultaneous courses at more than one school → unique Clever profiles for each school (workaround)',
    tree: 'transfers',
    kind: 'clever-sso',
    answers: { 'transfers.1': 'no', 'transfers.2': 'yes' },
    outcome: 'dual_enrollment_workaround',
    outcomeKind: 'known_limitation',
  },
  {
    says: 'neither a transfer nor simultaneous courses → continue with the access troubleshooting',
    tree: 'transfers',
    kind: 'clever-rostering',
    answers: { 'transfers.1': 'no', 'transfers.2': 'no' },
    outcome: 'not_transfer_or_dual_enrollment',
    outcomeKind: 'handoff',
  },

  // Tier 2 Escalations
  {
    says: 'the district’s integration is not approved → refer to VHL Sales (MLS) for the status of the request',
    tree: 'tier2',
    kind: 'clever-sso',
    answers: { 'tier2.1': 'no' },
    outcome: 'refer_sales_integration_request',
    outcomeKind: 'refer',
  },
  {
    says: 'the district’s integration is not launched or live → refer to the district’s Clever admin',
    tree: 'tier2',
    kind: 'clever-rostering',
    answers: { 'tier2.1': 'no_not_live' },
    outcome: 'refer_district_admin_not_live',
    outcomeKind: 'refer',
  },
  {
    says: 'the teacher or student is not included in the district’s data → contact the district’s Clever admin to get added',
    tree: 'tier2',
    kind: 'clever-sso',
    answers: { 'tier2.1': 'yes', 'tier2.2': 'no' },
    outcome: 'not_in_district_data',
    outcomeKind: 'refer',
  },
  {
    says: 'the information collected from Tier 1 is accurate → escalate to Tech Dev or the association owner via JIRA issue',
    tree: 'tier2',
    kind: 'clever-rostering',
    answers: { 'tier2.1': 'yes', 'tier2.2': 'yes', 'tier2.3': 'yes' },
    outcome: 'escalate_via_jira',
    outcomeKind: 'escalate_techdev',
  },
  {
    says: 'Tier 2: students listed in the teacher’s linked Clever section but missing from the VHL section → escalate to supervisor',
    tree: 'tier2',
    kind: 'clever-rostering',
    answers: { 'tier2.1': 'yes', 'tier2.2': 'yes', 'tier2.3': 'accurate_rostering_missing_in_vhl' },
    outcome: 'rostering_escalate_supervisor',
    outcomeKind: 'escalate_supervisor',
  },
  {
    says: 'the Tier 1 information is not accurate, from the access procedure, no marking needed → “Update information collected during troubleshooting. Run through the troubleshooting steps.”',
    tree: 'tier2',
    kind: 'clever-sso',
    answers: { 'tier2.1': 'yes', 'tier2.2': 'yes', 'tier2.3': 'no', 'tier2.3.origin': 'access', 'tier2.3.mark_access': 'no' },
    outcome: 'returned_to_tier1',
    outcomeKind: 'handoff',
  },

  // What is my SIS sync report?
  {
    says: 'sync errors → correct the users in the SIS; pushed nightly with an automatic sync, otherwise upload to Clever',
    tree: 'sync',
    kind: 'clever-rostering',
    answers: { 'sync.status': 'errors' },
    outcome: 'fix_in_sis_then_sync',
    outcomeKind: 'resolved',
  },
  {
    says: 'sync alerts → the same fixes in the SIS, with the SIS Administrator or Clever Support for questions on the sync',
    tree: 'sync',
    kind: 'clever-rostering',
    answers: { 'sync.status': 'alerts' },
    outcome: 'fix_in_sis_then_sync',
    outcomeKind: 'resolved',
  },
  {
    // The article hands off nowhere: it is Remind's, about the Clever–Remind sync.
    says: 'no errors, alerts or hold on the Clever–Remind sync report → the sync works; the article says nothing more',
    tree: 'sync',
    kind: 'clever-rostering',
    answers: { 'sync.status': 'no_issue' },
    outcome: 'sync_report_clear',
    outcomeKind: 'resolved',
  },
  {
    says: 'Disconnected: Remind is unable to communicate with Clever → check the settings in Clever, then Resume sync',
    tree: 'sync',
    kind: 'clever-rostering',
    answers: { 'sync.status': 'on_hold', 'sync.hold_type': 'disconnected' },
    outcome: 'resume_after_reconnect',
    outcomeKind: 'resolved',
  },
  {
    says: 'lots of data changes → review the .CSV, resume the sync (asking the SIS Administrator or Clever Support first if unexpected)',
    tree: 'sync',
    kind: 'clever-rostering',
    answers: { 'sync.status': 'on_hold', 'sync.hold_type': 'data_changes' },
    outcome: 'resume_after_reviewing_changes',
    outcomeKind: 'resolved',
  },
  {
    says: 'emergency/secondary contacts included in the data share → review the .CSV, filter them out or sync them, resume',
    tree: 'sync',
    kind: 'clever-rostering',
    answers: { 'sync.status': 'on_hold', 'sync.hold_type': 'data_config', 'sync.data_config_type': 'extra_contacts' },
    outcome: 'extra_contacts_in_data_share',
    outcomeKind: 'resolved',
  },
  {
    says: 'students with six or more contacts → review the .CSV, filter out emergency and secondary contacts or sync them, resume',
    tree: 'sync',
    kind: 'clever-rostering',
    answers: { 'sync.status': 'on_hold', 'sync.hold_type': 'data_config', 'sync.data_config_type': 'six_plus_contacts' },
    outcome: 'students_with_six_plus_contacts',
    outcomeKind: 'resolved',
  },
  {
    says: 'multiple accounts have the same email address → correct them in the SIS and sync with Clever, or sync them; resume',
    tree: 'sync',
    kind: 'clever-rostering',
    answers: { 'sync.status': 'on_hold', 'sync.hold_type': 'data_config', 'sync.data_config_type': 'duplicate_emails' },
    outcome: 'duplicate_email_addresses',
    outcomeKind: 'resolved',
  },
  // Issue 19: the second reading of the procedures.
  {
    // Tier 2 step 2: "(This requires escalation to [the supervisors, in order].)"
    says: 'Tier 2 step 2 “This requires escalation to” the supervisors: the lookup not done yet → escalate it to a supervisor',
    tree: 'tier2',
    kind: 'clever-sso',
    answers: { 'tier2.1': 'yes', 'tier2.2': 'needs_supervisor' },
    outcome: 'dashboard_lookup_escalate_supervisor',
    outcomeKind: 'escalate_supervisor',
  },
  {
    says: 'Tier 2 step 3 No, from the access procedure: “If necessary, escalate to [one supervisor] to mark as a returned Tier 1 escalation”',
    tree: 'tier2',
    kind: 'clever-sso',
    answers: { 'tier2.1': 'yes', 'tier2.2': 'yes', 'tier2.3': 'no', 'tier2.3.origin': 'access', 'tier2.3.mark_access': 'yes' },
    outcome: 'returned_to_access_marked',
    outcomeKind: 'handoff',
  },
  {
    says: 'Tier 2 step 3 No, a transfer escalation: “Run through the troubleshooting steps.” of the transfers procedure, no marking needed',
    tree: 'tier2',
    kind: 'clever-sso',
    answers: { 'tier2.1': 'yes', 'tier2.2': 'yes', 'tier2.3': 'no', 'tier2.3.origin': 'transfers', 'tier2.3.mark_transfers': 'no' },
    outcome: 'returned_to_transfers',
    outcomeKind: 'handoff',
  },
  {
    says: 'Tier 2 step 3 No, a transfer escalation that needs marking as a returned Tier 1 escalation → back to the transfers procedure, marked',
    tree: 'tier2',
    kind: 'clever-rostering',
    answers: { 'tier2.1': 'yes', 'tier2.2': 'yes', 'tier2.3': 'no', 'tier2.3.origin': 'transfers', 'tier2.3.mark_transfers': 'yes' },
    outcome: 'returned_to_transfers_marked',
    outcomeKind: 'handoff',
  },
  {
    says: 'transfers step 1: “confirm with the district’s Clever admin that the user’s Clever profile has been updated” — it was not → refer to the district’s Clever admin',
    tree: 'transfers',
    kind: 'clever-sso',
    answers: { 'transfers.1': 'yes', 'transfers.1.clever_profile': 'no' },
    outcome: 'refer_district_admin_update_profile',
    outcomeKind: 'refer',
  },
  {
    says: 'sync article: “Available to administrators with a School Plan or District Plan.” — the requester cannot see the report → the plan',
    tree: 'sync',
    kind: 'clever-rostering',
    answers: { 'sync.status': 'cannot_see_report' },
    outcome: 'report_needs_remind_plan',
    outcomeKind: 'refer',
  },
];

/**
 * Written the way the scenarios outside the project are: only the contract's node ids and the
 * answers yes/no (or the sync article's fixed choices), expecting the kind of result the seed gives.
 */
const CONTRACT_ONLY_SCENARIOS: Omit<Scenario, 'outcome'>[] = [
  {
    says: 'a school in a non-Clever district (access.1 no) → escalate to Tier 2 for confirmation of the integration status',
    tree: 'access',
    kind: 'not-clever',
    answers: { 'access.1': 'no' },
    outcomeKind: 'escalate_tier2',
  },
  {
    says: 'a Clever SSO school the agent finds has no Clever integration (access.1 no) → escalate to Tier 2',
    tree: 'access',
    kind: 'clever-sso',
    answers: { 'access.1': 'no' },
    outcomeKind: 'escalate_tier2',
  },
  {
    says: 'nothing found after a user search (access.3 no) → log in through Clever to create the account',
    tree: 'access',
    kind: 'clever-sso',
    answers: { 'access.2a': 'no', 'access.2b': 'no', 'access.3': 'no' },
    outcomeKind: 'resolved',
  },
  {
    says: 'a student in a rostering district missing from the course → wait 24 hours, then escalate',
    tree: 'access',
    kind: 'clever-rostering',
    answers: { ...THROUGH_STEP_6, 'access.7b': 'yes' },
    outcomeKind: 'escalate_tier2',
  },
  {
    says: 'correct privileges but certain content not accessible (access.8 yes) → a known limitation of Clever integrations',
    tree: 'access',
    kind: 'clever-sso',
    answers: { ...THROUGH_STEP_6, 'access.7a': 'yes', 'access.8': 'yes' },
    outcomeKind: 'known_limitation',
  },
  {
    says: 'a Clever district of unknown type, a student missing from the rostered course (access.7b yes) → the rostering branch of step 7, escalate',
    tree: 'access',
    kind: 'clever-unknown-type',
    answers: { 'access.1': 'yes', ...THROUGH_STEP_6, 'access.7b': 'yes' },
    outcomeKind: 'escalate_tier2',
  },
  {
    says: 'no organization on the ticket, the agent finds a Clever district and the SSO student can use the course (access.7a yes, access.8 no) → site license',
    tree: 'access',
    kind: 'no-organization',
    answers: { 'access.1': 'yes', ...THROUGH_STEP_6, 'access.7a': 'yes', 'access.8': 'no' },
    outcomeKind: 'handoff',
  },
  {
    says: 'a district of unknown type, an SSO transfer whose new school is not listed (transfers.1.new_school_listed no) → escalate to Tier 2',
    tree: 'transfers',
    kind: 'clever-unknown-type',
    answers: { 'transfers.1': 'yes', 'transfers.1.clever_profile': 'yes', 'transfers.1.new_school_listed': 'no' },
    outcomeKind: 'escalate_tier2',
  },
  {
    says: 'a rostering student transferred to a new school → enrollment changes are processed overnight',
    tree: 'transfers',
    kind: 'clever-rostering',
    answers: { 'transfers.1': 'yes', 'transfers.1.clever_profile': 'yes' },
    outcomeKind: 'resolved',
  },
  {
    says: 'Tier 2: the district’s integration is not approved, launched and live (tier2.1 no) → refer',
    tree: 'tier2',
    kind: 'clever-sso',
    answers: { 'tier2.1': 'no' },
    outcomeKind: 'refer',
  },
  {
    says: 'sync errors on the report → fix them in the SIS',
    tree: 'sync',
    kind: 'clever-rostering',
    answers: { 'sync.status': 'errors' },
    outcomeKind: 'resolved',
  },
  {
    says: 'a sync on hold for lots of data changes → review them and resume',
    tree: 'sync',
    kind: 'clever-rostering',
    answers: { 'sync.status': 'on_hold', 'sync.hold_type': 'data_changes' },
    outcomeKind: 'resolved',
  },
];

function finish(tree: Tree, kind: DistrictKind, answers: Record<string, string>) {
  return view(tree, walk(tree, district(kind), answers));
}

describe('the procedures, scenario by scenario', () => {
  it.each(SCENARIOS)('$tree, $kind district: $says', ({ tree, kind, answers, outcome, outcomeKind }) => {
    const result = finish(TREES[tree], kind, answers);
    expect(result.pending).toBeNull();
    expect(result.outcome?.id).toBe(outcome);
    expect(result.outcome?.kind).toBe(outcomeKind);
  });

  it('reaches every outcome of every tree in some scenario', () => {
    for (const tree of Object.values(TREES)) {
      const reached = new Set(SCENARIOS.filter((s) => s.tree === tree.id).map((s) => s.outcome));
      expect(Object.keys(tree.outcomes).filter((id) => !reached.has(id))).toEqual([]);
    }
  });

  it('uses every answer the scenario gives, so no scenario passes by a path it did not mean', () => {
    for (const s of SCENARIOS) {
      const walked = finish(TREES[s.tree], s.kind, s.answers).path;
      const onPath = new Set(walked.filter((step) => step.source === 'agent').map((step) => step.node));
      expect({ says: s.says, unused: Object.keys(s.answers).filter((node) => !onPath.has(node)) }).toEqual({ says: s.says, unused: [] });
    }
  });
});

describe('scenarios that know only the contract’s node ids and yes/no', () => {
  it.each(CONTRACT_ONLY_SCENARIOS)('$tree, $kind district: $says', ({ tree, kind, answers, outcomeKind }) => {
    const result = finish(TREES[tree], kind, answers);
    expect(result.pending).toBeNull();
    expect(result.outcome?.kind).toBe(outcomeKind);
  });

  it('are written with contract ids and answers only', () => {
    const outside = CONTRACT_ONLY_SCENARIOS.flatMap((s) => Object.entries(s.answers).filter(([node, a]) => !isContractAnswer(node, a)));
    expect(outside).toEqual([]);
  });
});

describe('what the organization record answers by itself', () => {
  it.each(['clever-sso', 'clever-rostering'] as const)('step 1: a school whose LMS field names the integration (%s) is in a Clever district', (kind) => {
    const step = finish(TREES.access, kind, {}).path[0];
    expect(step).toMatchObject({ node: 'access.1', answer: 'yes', source: 'auto' });
  });

  it.each([
    ['a parent account whose LMS field does not name the integration (check the list of launched districts)', 'clever-unknown-type'],
    ['an organization with no parent account and no Clever LMS value (empty fields prove nothing)', 'not-clever'],
    ['no organization on the ticket', 'no-organization'],
  ] as const)('step 1 is asked, never escalated by itself, for %s', (_case, kind) => {
    const result = finish(TREES.access, kind, {});
    expect(result.path).toEqual([]);
    expect(result.pending?.id).toBe('access.1');
  });

  it('the data answers only what it positively says: every auto-answer comes from an LMS naming the integration', () => {
    const fromOtherKinds = Object.values(TREES).flatMap((tree) =>
      Object.values(tree.nodes).flatMap((node) =>
        Object.keys(node.auto?.answers ?? {})
          .filter((kind) => kind !== 'clever-sso' && kind !== 'clever-rostering')
          .map((kind) => `${node.id} from ${kind}`),
      ),
    );
    expect(fromOtherKinds).toEqual([]);
  });

  it.each([
    ['clever-sso', 'access.7a'],
    ['clever-rostering', 'access.7b'],
  ] as const)('step 7: a %s district goes to %s', (kind, next) => {
    const result = finish(TREES.access, kind, THROUGH_STEP_6);
    expect(result.path.at(-1)).toMatchObject({ node: 'access.7', source: 'auto' });
    expect(result.pending?.id).toBe(next);
  });

  it('step 7 asks which integration when the LMS field does not say', () => {
    expect(finish(TREES.access, 'clever-unknown-type', { 'access.1': 'yes', ...THROUGH_STEP_6 }).pending?.id).toBe('access.7');
  });

  it('transfers step 1 Yes goes to the SSO or the rostering instructions by the district kind, and asks when unknown', () => {
    const updated = { 'transfers.1': 'yes', 'transfers.1.clever_profile': 'yes' };
    expect(finish(TREES.transfers, 'clever-sso', { 'transfers.1': 'yes' }).pending?.id).toBe('transfers.1.clever_profile');
    expect(finish(TREES.transfers, 'clever-sso', updated).pending?.id).toBe('transfers.1.new_school_listed');
    expect(finish(TREES.transfers, 'clever-rostering', updated).outcome?.id).toBe('rostering_transfer_wait_overnight');
    expect(finish(TREES.transfers, 'clever-unknown-type', updated).pending?.id).toBe('transfers.1.integration');
  });

  it('the agent’s answer overrides what the organization record says', () => {
    const result = finish(TREES.access, 'clever-sso', { 'access.1': 'no' });
    expect(result.path[0]).toMatchObject({ node: 'access.1', answer: 'no', source: 'agent' });
    expect(result.outcome?.id).toBe('escalate_integration_status');
  });
});

/** The answer ids of an offer, as the sidebar shows them: first, and behind “the district record is wrong”. */
function shown(offer: AnswerOffer | null) {
  if (offer === null) return null;
  return offer.kind === 'by_record'
    ? { kind: offer.kind, offered: offer.offered.map((a) => a.id), others: offer.others.map((a) => a.id) }
    : { kind: offer.kind, answers: offer.answers.map((a) => a.id) };
}

// Issue 19, point 7: offer what the district allows, the rest one click away behind “the district record is wrong”.
describe('answers offered where they can apply', () => {
  const TO_STEP_3 = { 'tier2.1': 'yes', 'tier2.2': 'yes' };
  const TRANSFERRED = { 'transfers.1': 'yes', 'transfers.1.clever_profile': 'yes' };

  it.each([
    ['clever-sso', ['yes', 'no'], ['accurate_rostering_missing_in_vhl']],
    ['not-clever', ['yes', 'no'], ['accurate_rostering_missing_in_vhl']],
    ['clever-rostering', ['yes', 'no', 'accurate_rostering_missing_in_vhl'], []],
    ['clever-unknown-type', ['yes', 'no', 'accurate_rostering_missing_in_vhl'], []],
    ['no-organization', ['yes', 'no', 'accurate_rostering_missing_in_vhl'], []],
  ] as const)('access step 7b “b. Rostering only”: Tier 2 step 3 in a %s district offers %j, and %j behind the record', (kind, offered, others) => {
    const result = finish(TREES.tier2, kind, TO_STEP_3);
    expect(result.pending?.id).toBe('tier2.3');
    expect(shown(result.offer)).toEqual({ kind: 'by_record', offered, others });
  });

  it.each([
    ['clever-unknown-type', { kind: 'by_record', offered: ['sso', 'rostering'], others: [] }],
    ['no-organization', { kind: 'by_record', offered: ['sso', 'rostering'], others: [] }],
    ['not-clever', { kind: 'record_allows_none', answers: ['sso', 'rostering'] }],
  ] as const)('transfers step 1 “For Clever SSO integrations … For Clever Rostering integrations”: a %s record offers %j', (kind, offer) => {
    const result = finish(TREES.transfers, kind, TRANSFERRED);
    expect(result.pending?.id).toBe('transfers.1.integration');
    expect(shown(result.offer)).toEqual(offer);
  });

  it('a record whose Parent Account and LMS disagree rules nothing out, as it answers nothing', () => {
    const conflicted = { ...district('clever-sso'), conflict: true };
    const state = walk(TREES.transfers, conflicted, TRANSFERRED);
    expect(shown(view(TREES.transfers, state).offer)).toEqual({ kind: 'by_record', offered: ['sso', 'rostering'], others: [] });
    expect(planWrite(TREES.transfers, answer(TREES.transfers, state, 'transfers.1.integration', 'rostering'), DEFAULT_SETTINGS, { collected: {}, remark: '' }).note).toContain(
      '- transfers.1.integration = rostering [agent]: ',
    );
  });

  it('an answer chosen against the record is marked in the note, and Tier 2 reads the mark back', () => {
    const state = walk(TREES.tier2, district('clever-sso'), { ...TO_STEP_3, 'tier2.3': 'accurate_rostering_missing_in_vhl' });
    const { note } = planWrite(TREES.tier2, state, DEFAULT_SETTINGS, { collected: {}, remark: '' });
    expect(note).toContain('- tier2.3 = accurate_rostering_missing_in_vhl [agent, against the district record]: ');
    const read = readNote(note);
    if (!read.ok) throw new Error(read.message);
    expect(read.note.path.map((p) => [p.node, p.againstRecord])).toEqual([
      ['tier2.1', false],
      ['tier2.2', false],
      ['tier2.3', true],
    ]);
  });

  it('an agent overriding the record’s own auto-answer is marked both ways: what the data said, and against the record', () => {
    const state = answer(TREES.transfers, walk(TREES.transfers, district('clever-sso'), TRANSFERRED), 'transfers.1.integration', 'rostering');
    const { note } = planWrite(TREES.transfers, state, DEFAULT_SETTINGS, { collected: {}, remark: '' });
    expect(note).toContain('- transfers.1.integration = rostering [agent, the data said sso, against the district record]: ');
    const read = readNote(note);
    expect(read.ok && read.note.path.find((p) => p.node === 'transfers.1.integration')).toMatchObject({ answer: 'rostering', againstRecord: true });
  });
});

describe('outcomes carry the procedure’s own instructions', () => {
  it('7a “No” warns at the procedure’s strength and asks for screenshots', () => {
    const o = TREES.access.outcomes.sso_enrollment_error;
    expect(o?.warnings).toContain('DO NOT try to disable the account or recreate the account on VHL Central.');
    expect(o?.collect.map((f) => f.id)).toEqual(expect.arrayContaining(['screenshots_attached', 'user_clever_id']));
  });

  it('Tier 2’s Jira issue for the association owner requires the names, Salesforce ids and Clever ids; one for Tech Dev may leave them out', () => {
    const o = TREES.tier2.outcomes.escalate_via_jira!;
    const recipient = o.collect.find((f) => f.id === 'jira_recipient');
    expect(recipient).toMatchObject({ kind: 'choice', required: true, choices: [{ id: 'techdev' }, { id: 'association_owner' }] });
    const summary = { jira_summary: 'The school is missing from the district association.', dashboard_lookup_by: 'A supervisor' };
    const missingFor = (jira_recipient: string) => checkPacket(o.collect, { ...summary, jira_recipient }).entries.filter((e) => e.problem?.code === 'required').map((e) => e.field.id);
    expect(missingFor('association_owner')).toEqual(['school_name', 'district_name', 'school_salesforce_id', 'district_salesforce_id', 'school_clever_id', 'district_clever_id']);
    expect(missingFor('techdev')).toEqual([]);
  });

  it('a school–district association escalation collects school and district names, Salesforce ids and Clever ids', () => {
    for (const o of [TREES.access.outcomes.escalate_school_district_association, TREES.tier2.outcomes.escalate_via_jira]) {
      expect(o?.collect.map((f) => f.id)).toEqual(expect.arrayContaining([
        'school_name',
        'district_name',
        'school_salesforce_id',
        'district_salesforce_id',
        'school_clever_id',
        'district_clever_id',
      ]));
      expect(o?.roles).toContain('role_association_owner');
    }
  });

  it('step 7b Yes escalates, but first confirms the dates and says syncing can take up to 24 hours, like the wait does', () => {
    const { rostering_sync_escalate: escalate, rostering_wait_for_sync: wait } = TREES.access.outcomes;
    expect(escalate?.agentActions.slice(0, 2)).toEqual(wait?.agentActions);
    expect(escalate?.agentActions[0]).toMatch(/^Confirm with the teacher\/admin the date\/time the student\(s\) was added/);
    expect(escalate?.agentActions[1]).toMatch(/up to 24 hours/);
  });

  it('a rostering escalation collects when the student was added, when the sections were linked and the SIS portal attempt', () => {
    const fields = TREES.access.outcomes.rostering_sync_escalate?.collect ?? [];
    expect(fields.filter((f) => f.kind === 'datetime').map((f) => f.id)).toEqual(['student_added_to_section_at', 'sections_linked_at']);
    expect(fields.find((f) => f.id === 'tried_sis_portal_login')?.kind).toBe('yes_no');
  });

  it('no outcome asks for a student’s name', () => {
    for (const tree of Object.values(TREES)) {
      for (const o of Object.values(tree.outcomes)) {
        for (const f of o.collect) expect(`${f.id} ${f.label}`).not.toMatch(/student(’s|'s)? name/i);
      }
    }
  });

  it('site license issues and Clever login problems continue in their own procedures, by link', () => {
    expect(TREES.access.outcomes.site_license_issue?.handoff).toMatchObject({ kind: 'procedure', link: 'link_site_license_troubleshooting' });
    expect(TREES.access.outcomes.clever_login_triage?.handoff).toMatchObject({ kind: 'procedure', link: 'link_clever_login_triage' });
  });

  // Tier 2 step 3 No: "(If necessary, escalate to [one supervisor] to mark as a returned Tier 1 escalation and review with agent.)"
  it('only a return marked “as a returned Tier 1 escalation” is tagged as returned, and names the returned-escalations role alone', () => {
    const o = TREES.tier2.outcomes;
    expect([o.returned_to_tier1, o.returned_to_transfers].map((r) => r?.escalationTags)).toEqual([[], []]);
    for (const marked of [o.returned_to_access_marked, o.returned_to_transfers_marked]) {
      expect(marked?.escalationTags).toEqual(['tier2_returned']);
      expect(marked?.roles).toEqual(['role_returned_escalations']);
      expect(fill(marked?.agentActions.join('\n') ?? '', { ...DEFAULT_SETTINGS, role_returned_escalations: 'The one who marks' })).toContain(
        'Escalate to The one who marks to mark it as a returned Tier 1 escalation',
      );
    }
    expect([o.returned_to_tier1, o.returned_to_access_marked, o.returned_to_transfers, o.returned_to_transfers_marked].map((r) => r?.handoff)).toMatchObject([
      { tree: 'access' },
      { tree: 'access' },
      { tree: 'transfers' },
      { tree: 'transfers' },
    ]);
  });

  // Tier 2 step 2: "Does the teacher/student or school appear in Clever’s dashboard district info? (This requires escalation to …)"
  it('step 2’s lookup escalates to the supervisors in their order, and every outcome past step 2 records who did it', () => {
    const o = TREES.tier2.outcomes.dashboard_lookup_escalate_supervisor;
    expect(o?.escalationTags).toEqual(['escalated_supervisor']);
    expect(fill(o?.agentActions.join('\n') ?? '', { ...DEFAULT_SETTINGS, role_tier2_supervisors: [['A', 'B'], ['C'], ['D']] })).toContain(
      'each when the ones before are not available: A or B, then C, then D.',
    );
    const past2 = Object.values(TREES.tier2.outcomes).filter((x) => !['refer_sales_integration_request', 'refer_district_admin_not_live', 'dashboard_lookup_escalate_supervisor'].includes(x.id));
    expect(past2.filter((x) => !x.collect.some((f) => f.id === 'dashboard_lookup_by' && f.required === true)).map((x) => x.id)).toEqual([]);
  });

  it('Tier 2’s escalation to supervisor names the supervisors in order and asks again for nothing Tier 1’s 7b packet holds', () => {
    const o = TREES.tier2.outcomes.rostering_escalate_supervisor;
    expect(o?.escalationTags).toEqual(['escalated_supervisor']);
    expect(o?.roles).toEqual(['role_tier2_supervisors']);
    expect(fill(o?.agentActions.join('\n') ?? '', { ...DEFAULT_SETTINGS, role_tier2_supervisors: [['First', 'Also first'], ['Second'], ['Third']] })).toContain(
      'in this order, each when the ones before are not available: First or Also first, then Second, then Third.',
    );
    const tier1 = new Set(TREES.access.outcomes.rostering_sync_escalate?.collect.map((f) => f.id));
    expect(o?.collect.map((f) => f.id).filter((id) => !tier1.has(id))).toEqual(['dashboard_lookup_by', 'has_vhl_profile']);
  });

  it('every seed step is a node, with the id the contract gives it', () => {
    const steps = [
      'access.1', 'access.2a', 'access.2b', 'access.3', 'access.4', 'access.5', 'access.6', 'access.7a', 'access.7b', 'access.8',
      'transfers.1', 'transfers.2', 'tier2.1', 'tier2.2', 'tier2.3', 'sync.status', 'sync.hold_type', 'sync.data_config_type',
    ];
    const all = Object.values(TREES).flatMap((t) => Object.keys(t.nodes));
    expect(steps.filter((id) => !all.includes(id))).toEqual([]);
    // The article's "Available to administrators with a School Plan or District Plan" adds cannot_see_report (sync v3).
    expect(TREES.sync.nodes['sync.status']?.answers.map((a) => a.id)).toEqual(['errors', 'alerts', 'on_hold', 'no_issue', 'cannot_see_report']);
    expect(TREES.sync.nodes['sync.hold_type']?.answers.map((a) => a.id)).toEqual(['disconnected', 'data_changes', 'data_config']);
    expect(TREES.sync.nodes['sync.data_config_type']?.answers.map((a) => a.id)).toEqual(['extra_contacts', 'six_plus_contacts', 'duplicate_emails']);
  });
});

describe('what the agent may tell the customer', () => {
  // Issue 19, point 8: where the agent's actions name a referral, the customer text names it too.
  it.each([
    ['sync', 'extra_contacts_in_data_share', 'If you would like to ignore a specific data configuration issue in future syncs, select Don’t hold syncs like this again', /Don’t hold syncs like this again/],
    ['sync', 'students_with_six_plus_contacts', 'select Don’t hold syncs like this again before resuming the sync', /Don’t hold syncs like this again/],
    ['sync', 'duplicate_email_addresses', 'select Don’t hold syncs like this again before resuming the sync', /Don’t hold syncs like this again/],
    ['access', 'create_account_via_clever', 'refer them to their district’s support contact, Clever support, or to their teacher', /Clever Support/],
    ['access', 'non_clever_account', 'refer them to their district’s support contact, Clever support, or to their teacher', /Clever Support/],
    ['access', 'escalate_integration_status', 'refer teachers to the district’s Clever admin, students to their teacher, admins to the VHL MLS', /if you are an administrator, your VHL sales representative/],
  ] as const)('%s %s: “%s”', (tree, outcome, _sentence, names) => {
    expect(TREES[tree].outcomes[outcome]?.customerGuidance).toMatch(names);
  });

  // Issue 19, point 6: step 8 “If there is an issue with any other content access, go to 8 b” (no 8 b exists): say only what the escalation does.
  it('the other-content escalation promises nothing about the content', () => {
    expect(TREES.access.outcomes.escalate_other_content?.customerGuidance).not.toMatch(/should open|will open|right access/);
  });

  // Issue 19, point 5: the article is Remind's ("the status of each school's Clever-Remind sync").
  it('the sync tree says whose report it is, and its texts never claim the sync reaches VHL', () => {
    expect(TREES.sync.title).toMatch(/Remind/);
    const texts = Object.values(TREES.sync.outcomes).map((o) => o.customerGuidance ?? '');
    expect(texts.filter((t) => /reach us|VHL Central/.test(t))).toEqual([]);
    expect(Object.values(TREES.sync.outcomes).filter((o) => o.handoff !== undefined).map((o) => o.id)).toEqual([]);
  });

  // Issue 19, point 4: transfer texts speak to whoever the contact is (usually the admin), not as if to the student.
  it('transfer customer texts speak of “the student”, not “your profile”', () => {
    for (const o of Object.values(TREES.transfers.outcomes)) expect({ id: o.id, toStudent: /\byour (VHL Central )?profile\b|\byour new school\b/i.test(o.customerGuidance ?? '') }).toEqual({ id: o.id, toStudent: false });
  });

  it('never names an internal role, team or tool', () => {
    const internal = /\{\{role\.|Tier 2|Tech Dev|Jira|Support Tools|Salesforce|\bMLS\b|supervisor/i;
    for (const tree of Object.values(TREES)) {
      for (const o of Object.values(tree.outcomes)) expect({ outcome: o.id, internal: internal.test(o.customerGuidance ?? '') }).toEqual({ outcome: o.id, internal: false });
    }
  });
});
