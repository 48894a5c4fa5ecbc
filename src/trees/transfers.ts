import type { Outcome, QuestionNode, Tree } from '../triage/tree';
import { PROCEDURE_TITLES } from './titles';
import {
  INTEGRATION_AUTO,
  INTEGRATION_CHECK,
  INTEGRATION_QUESTION,
  USER_CLEVER_ID_FIELD,
  WHERE_DISTRICTS_USING_CLEVER,
  WHERE_ORGANIZATION,
  WHERE_USER_SEARCH,
  integrationAnswers,
  yesNo,
} from './common';

/**
 * "Tier 1 Troubleshooting School Transfers / Dual Enrollments", steps 1–2. Step 1's Yes splits
 * into the SSO and the rostering instructions by the district kind (auto-answered when the
 * organization record says which).
 */

/** Step 1 Yes, first bullet: it applies to both integrations, so every step 1 outcome starts with it. */
const CONFIRM_CLEVER_PROFILE =
  'If the admin has not already done so, confirm with the district’s Clever admin that the user’s Clever profile has been updated to the correct school and correct teacher’s course (if Rostering is implemented).';

const nodes: Record<string, QuestionNode> = {
  'transfers.1': {
    id: 'transfers.1',
    step: '1',
    question:
      'Is the student(s) supposed to be enrolled in only one course at one school in the district, but the student(s) transferred to a new school within the Clever district since the start of the academic year?',
    check: 'Ask the admin or teacher which school the student now attends and since when, and compare with the school in the student’s account details.',
    where: [WHERE_USER_SEARCH],
    answers: yesNo('transfers.1.clever_profile', 'transfers.2'),
  },
  'transfers.1.clever_profile': {
    id: 'transfers.1.clever_profile',
    step: '1',
    question: 'Has the district’s Clever admin updated the user’s Clever profile to the correct school (and the correct teacher’s course, if Rostering is implemented)?',
    check: CONFIRM_CLEVER_PROFILE,
    where: [],
    // VHL Central takes the new school from the Clever profile: until it is corrected, the fix is the district's Clever admin.
    answers: yesNo('transfers.1.integration', 'refer_district_admin_update_profile'),
  },
  'transfers.1.integration': {
    id: 'transfers.1.integration',
    step: '1',
    question: INTEGRATION_QUESTION,
    check: INTEGRATION_CHECK,
    where: [WHERE_ORGANIZATION, WHERE_USER_SEARCH, WHERE_DISTRICTS_USING_CLEVER],
    answers: integrationAnswers('transfers.1.new_school_listed', 'rostering_transfer_wait_overnight'),
    auto: INTEGRATION_AUTO,
    notes: ['For Clever Rostering integrations, go live is Fall 2017.'],
  },
  'transfers.1.new_school_listed': {
    id: 'transfers.1.new_school_listed',
    step: '1',
    question: 'For Clever SSO: does the VHL Central user profile list the new school?',
    check:
      'The newly added school should be updated in the VHL Central user profile based on the corrections made in the user’s Clever profile. ' +
      'Look at the schools in Support Tools > user’s account details > District > Other schools in district list (click on the school name in the user’s account details).',
    where: [WHERE_USER_SEARCH],
    answers: yesNo('sso_transfer_change_school', 'sso_transfer_escalate'),
  },
  'transfers.2': {
    id: 'transfers.2',
    step: '2',
    question: 'Does the student need to be enrolled in simultaneous courses at one or more schools in the district?',
    check: 'Ask the admin or teacher whether the student takes courses at more than one school of the district at the same time.',
    where: [],
    answers: yesNo('dual_enrollment_workaround', 'not_transfer_or_dual_enrollment'),
  },
};

/** Where the SSO escalation's details are read: Support Tools > account details > District > Other schools in district. */
const TRANSFER_SCHOOLS: Outcome['collect'] = [
  { id: 'old_school_name', label: 'Old school name', kind: 'text', required: true },
  { id: 'old_school_clever_id', label: 'Old school Clever ID', kind: 'clever_id', required: true },
  { id: 'old_school_vhl_id', label: 'Old school VHL ID', kind: 'text', required: true },
  { id: 'new_school_name', label: 'New school name', kind: 'text', required: true },
  { id: 'new_school_clever_id', label: 'New school Clever ID', kind: 'clever_id', required: true },
  { id: 'new_school_vhl_id', label: 'New school VHL ID', kind: 'text', required: true },
  { id: 'district_name', label: 'District name', kind: 'text', required: true },
  { id: 'district_clever_id', label: 'District Clever ID', kind: 'clever_id', required: true },
  { id: 'district_vhl_id', label: 'District VHL ID', kind: 'text', required: true },
];

const outcomes: Record<string, Outcome> = {
  refer_district_admin_update_profile: {
    id: 'refer_district_admin_update_profile',
    kind: 'refer',
    title: 'Transfer: the user’s Clever profile is not updated yet: refer to the district’s Clever admin',
    agentActions: [
      'The user’s Clever profile has not been updated to the new school (and teacher’s course, with Rostering): VHL Central takes the new school from it.',
      'Refer the requester to the district’s Clever admin to update the user’s Clever profile to the correct school and correct teacher’s course (if Rostering is implemented); once it is, the transfer steps apply.',
    ],
    customerGuidance:
      'VHL Central takes the student’s school from their Clever profile, so the first step of the transfer is in Clever: the district’s Clever administrator needs to update the student’s Clever profile to the new school (and, with Clever Rostering, to the new teacher’s course). Once that is done, please let us know and we’ll check the student’s VHL Central account.',
    collect: [],
    warnings: [],
    escalationTags: [],
    decision:
      'Transfers step 1 Yes begins: “If the admin has not already done so, confirm with the district’s Clever admin that the user’s Clever profile has been updated”. Until version 2 that was a note; it is now a question (transfers.1.clever_profile) whose No refers to the district’s Clever admin, since the SSO and rostering instructions both depend on the corrected profile.',
  },
  sso_transfer_change_school: {
    id: 'sso_transfer_change_school',
    kind: 'resolved',
    title: 'SSO transfer: new school listed: send directions to change the school and enroll',
    agentActions: [
      CONFIRM_CLEVER_PROFILE,
      'Confirm that the new school is listed in the VHL Central user profile.',
      'Send directions on how to change the school and enroll in a new course.',
    ],
    customerGuidance:
      'The student’s new school now shows in their VHL Central profile. To finish the move, the student changes their school in VHL Central and then enrolls in the new teacher’s course: [paste the directions for changing the school and enrolling].',
    collect: [],
    warnings: [],
    escalationTags: [],
  },
  sso_transfer_escalate: {
    id: 'sso_transfer_escalate',
    kind: 'escalate_tier2',
    title: 'SSO transfer: new school not in the VHL Central profile: escalate to Tier 2',
    agentActions: [
      CONFIRM_CLEVER_PROFILE,
      'Record in the Zendesk internal notes the student’s VHL Central account details and details about the old and new school and the district (Clever ID, VHL ID) as detailed in Support Tools > user’s account details > District > Other schools in district list (click on the school name in the user’s account details).',
      'Escalate to Tier 2.',
    ],
    customerGuidance:
      'Thank you for confirming the transfer. The student’s VHL Central profile doesn’t show the new school yet, so I’ve passed the details to our specialist team to look into it. We’ll update you as soon as we know more.',
    collect: [USER_CLEVER_ID_FIELD, ...TRANSFER_SCHOOLS],
    warnings: [],
    escalationTags: ['escalated_tier2'],
  },
  rostering_transfer_wait_overnight: {
    id: 'rostering_transfer_wait_overnight',
    kind: 'resolved',
    title: 'Rostering transfer: confirm the new teacher’s course is linked; enrollment updates overnight',
    agentActions: [
      CONFIRM_CLEVER_PROFILE,
      'The student will be auto-enrolled in the correct teacher’s course as long as the teacher’s course has been linked. Confirm that the new teacher’s course is linked to its Clever section.',
      'If it is not linked, ask the teacher to link the course to their Clever section: the auto-enrollment waits for it.',
      'Enrollment changes on VHL Central are processed once daily, overnight. Advise the admin to check the student’s account the following day (the day after the course is linked) and contact us back if the enrollment update did not complete.',
    ],
    customerGuidance:
      'Thanks for confirming. The student will be enrolled automatically in the new teacher’s course as long as that course is linked to its Clever section, so if the teacher hasn’t linked it yet, please have them do so. Enrollment changes in VHL Central are processed once a day, overnight, so please check the student’s account the following day and let us know if the update didn’t complete.',
    collect: [],
    warnings: [],
    escalationTags: [],
    decision:
      'Transfers step 1 for Rostering is one list of instructions (the student is auto-enrolled as long as the course is linked; confirm it is linked; changes are processed overnight). One outcome carries it, so a plain Yes in a rostering district reaches it. The procedure does not say what to do when the course is not linked. Decided: the teacher links it (auto-enrollment depends on it), then the overnight processing applies.',
  },
  dual_enrollment_workaround: {
    id: 'dual_enrollment_workaround',
    kind: 'known_limitation',
    title: 'Dual enrollment: one Clever profile per school (workaround)',
    agentActions: [
      'It is not possible with the Clever integration for students to be enrolled in more than one school using the same VHL Central account and the same Clever ID. There is a workaround the district can use to still allow students to be enrolled at more than one school.',
      'Workaround: unique Clever profiles must be created for each school at which the student is enrolled in a course. The Clever district admin must create the unique Clever profile for the student.',
      'The student can then log in to the VHL Central courses via the appropriate Clever user profile.',
    ],
    customerGuidance:
      'With Clever, one VHL Central account can belong to only one school, so a student can’t be enrolled at two schools with the same account. Your district can work around this: your district’s Clever administrator creates a separate Clever profile for the student at each school where they take a course. The student then signs in to each school’s VHL Central course with that school’s Clever profile.',
    collect: [],
    warnings: [],
    escalationTags: [],
  },
  not_transfer_or_dual_enrollment: {
    id: 'not_transfer_or_dual_enrollment',
    kind: 'handoff',
    title: 'Neither a transfer nor a dual enrollment: troubleshoot as an access issue',
    agentActions: ['This is neither a school transfer nor a dual enrollment: continue with the Tier 1 access troubleshooting steps.'],
    customerGuidance: null,
    collect: [],
    warnings: [],
    escalationTags: [],
    handoff: { kind: 'tree', tree: 'access', label: 'Tier 1: troubleshooting access issues' },
    decision:
      'Transfers step 2 has no “No” branch. Decided: a student who neither transferred nor needs simultaneous courses has an access problem, so the agent continues in the access tree.',
  },
};

export const transfersTree: Tree = {
  id: 'transfers',
  version: 4,
  title: PROCEDURE_TITLES.transfers,
  source: 'Clever Integration: Tech Support troubleshooting Procedures — Tier 1 Troubleshooting School Transfers / Dual Enrollments, steps 1–2',
  root: 'transfers.1',
  nodes,
  outcomes,
};
