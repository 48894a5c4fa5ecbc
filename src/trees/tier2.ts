import type { CollectField, Outcome, QuestionNode, Tree } from '../triage/tree';
import { PROCEDURE_TITLES } from './titles';
import {
  ASSOCIATION_FIELDS,
  ROSTERING_DATES,
  TEACHER_AND_COURSES_FIELD,
  USER_CLEVER_ID_FIELD,
  WHERE_CLEVER_DASHBOARD,
  WHERE_DISTRICTS_USING_CLEVER,
  WHERE_USER_SEARCH,
  yesNo,
} from './common';

/**
 * "Tier 2 Escalations", steps 1–3: what Tier 2 checks before it escalates further (supervisors,
 * Tech Dev, the association owner via Jira) or returns the ticket to Tier 1. Access step 7b's
 * instruction for Tier 2 (students in the Clever section but not in the VHL section → escalate to
 * supervisor) is step 3's extra answer: it is where Tier 2 confirms what Tier 1 found.
 */

/** The seed's order for the supervisors (tier2.2's parenthetical), said once for every place that names them. */
const SUPERVISORS_IN_ORDER =
  'the Tier 2 supervisors, in this order, each when the ones before are not available: {{role.role_tier2_supervisors}}';

const TICKET_SHARING_NOTE =
  'If the issue requires resolution from Clever, the Tier 2 supervisors ({{role.role_tier2_supervisors}}) may refer to {{link.link_clever_ticket_sharing}}: the note on handling shared tickets in Zendesk for Tier 2.';

const nodes: Record<string, QuestionNode> = {
  'tier2.1': {
    id: 'tier2.1',
    step: '1',
    question: 'Is the district’s integration approved, launched, and live?',
    check:
      'Check the Districts Using Clever list or the associated schools linked in the user’s account details in VHL Central Support Tools. ' +
      'The list shows whether the district’s integration request was approved and whether it has launched: No means not approved; approved but not launched or live is its own answer.',
    where: [WHERE_DISTRICTS_USING_CLEVER, WHERE_USER_SEARCH],
    answers: [
      { id: 'yes', label: 'Yes — approved, launched and live', next: 'tier2.2' },
      { id: 'no', label: 'No — not approved', next: 'refer_sales_integration_request' },
      { id: 'no_not_live', label: 'Approved, but not launched or live', next: 'refer_district_admin_not_live' },
    ],
  },
  'tier2.2': {
    id: 'tier2.2',
    step: '2',
    question: 'Does the teacher/student or school appear in Clever’s dashboard district info?',
    check:
      `Look up the district info in Clever’s dashboard. This requires escalation to ${SUPERVISORS_IN_ORDER}.`,
    where: [WHERE_CLEVER_DASHBOARD, { kind: 'link', link: 'link_clever_ticket_sharing', label: 'Clever_Ticket Sharing Process (TS Supervisor group)' }],
    answers: [
      ...yesNo('tier2.3', 'not_in_district_data'),
      // The lookup "requires escalation" to a supervisor: an agent who cannot do it stops here.
      { id: 'needs_supervisor', label: 'Not looked up yet: escalate the lookup to a supervisor', next: 'dashboard_lookup_escalate_supervisor' },
    ],
    notes: [TICKET_SHARING_NOTE],
  },
  'tier2.3': {
    id: 'tier2.3',
    step: '3',
    question: 'Is the information collected from Tier 1 troubleshooting accurate?',
    check:
      'Compare Tier 1’s note (the steps, the answers and the data collected) with Support Tools and the Clever dashboard. ' +
      'For students missing from a linked course (rostering, access step 7b), check the list of students in the teacher’s linked section in the Clever dashboard: ' +
      'students listed in the Clever section but not in the VHL section (or without a VHL Central profile in User Search) is its own answer, an escalation to supervisor.',
    where: [WHERE_USER_SEARCH, WHERE_CLEVER_DASHBOARD],
    answers: [
      ...yesNo('escalate_via_jira', 'tier2.3.origin'),
      {
        id: 'accurate_rostering_missing_in_vhl',
        label: 'Accurate, and the students are in the teacher’s linked Clever section but not in the VHL section (rostering)',
        next: 'rostering_escalate_supervisor',
        // Access step 7b is "Rostering only": an SSO (or non-Clever) record puts it behind "the district record is wrong".
        onlyFor: ['clever-rostering', 'clever-unknown-type'],
      },
    ],
  },
  'tier2.3.origin': {
    id: 'tier2.3.origin',
    step: '3',
    question: 'Which Tier 1 procedure did the escalation come from?',
    check: 'Tier 1’s note names its procedure on its first line: the troubleshooting steps are run again from that procedure.',
    where: [],
    answers: [
      { id: 'access', label: 'Tier 1: troubleshooting access issues', next: 'tier2.3.mark_access' },
      { id: 'transfers', label: 'Tier 1: school transfers and dual enrollments', next: 'tier2.3.mark_transfers' },
    ],
  },
  'tier2.3.mark_access': markQuestion('access'),
  'tier2.3.mark_transfers': markQuestion('transfers'),
};

/**
 * Step 3 "No": "(If necessary, escalate to [the returned-escalations supervisor] to mark as a returned
 * Tier 1 escalation and review with agent.)" — the agent says whether it is necessary.
 */
function markQuestion(origin: ReturnOrigin): QuestionNode {
  return {
    id: `tier2.3.mark_${origin}`,
    step: '3',
    question: 'Does it need marking as a returned Tier 1 escalation (and a review with the agent)?',
    check: 'If necessary, escalate to {{role.role_returned_escalations}} to mark it as a returned Tier 1 escalation and review it with the agent.',
    where: [],
    answers: yesNo(returnedId(origin, true), returnedId(origin, false)),
  };
}

type ReturnOrigin = 'access' | 'transfers';

/** `returned_to_tier1` keeps the id notes of tier2 v4 and earlier carry: the access procedure, unmarked. */
function returnedId(origin: ReturnOrigin, marked: boolean): string {
  return origin === 'access' && !marked ? 'returned_to_tier1' : `returned_to_${origin}${marked ? '_marked' : ''}`;
}

/** A user missing from the district's Clever data may have no Clever id yet: whatever identifies them, never a student's name. */
const USER_IDENTIFIER_FIELD: CollectField = {
  id: 'user_identifier',
  label: 'User’s Clever id, or their VHL Central username when they have no Clever id',
  kind: 'text',
  required: true,
  help: 'Never write a student’s name.',
};

/** Who the step 2 lookup is about, and what its No outcome records. */
const SCHOOL_AND_DISTRICT: CollectField[] = [
  { id: 'school_name', label: 'School name', kind: 'text', required: true },
  { id: 'district_name', label: 'District name', kind: 'text', required: true },
];

/** Step 2's lookup "requires escalation" to a supervisor: every note past step 2 says who did it. */
const DASHBOARD_LOOKUP_BY_FIELD: CollectField = {
  id: 'dashboard_lookup_by',
  label: 'Who looked up the district info in Clever’s dashboard (Tier 2 step 2)',
  kind: 'text',
  required: true,
};

const RETURN_HANDOFF: Record<ReturnOrigin, Outcome['handoff']> = {
  access: { kind: 'tree', tree: 'access', label: 'Tier 1: troubleshooting access issues' },
  transfers: { kind: 'tree', tree: 'transfers', label: 'Tier 1: school transfers and dual enrollments' },
};

/**
 * Step 3 "No", back to the procedure the escalation came from; marked as a returned Tier 1
 * escalation (tier2_returned) only when the agent says it needs it.
 */
function returnedOutcome(origin: ReturnOrigin, marked: boolean): Outcome {
  return {
    id: returnedId(origin, marked),
    kind: 'handoff',
    title: `Tier 1 information not accurate: update it and run through the ${origin === 'access' ? 'access' : 'transfer'} troubleshooting steps again${marked ? '; mark as a returned Tier 1 escalation' : ''}`,
    agentActions: [
      'Update the information collected during troubleshooting.',
      'Run through the troubleshooting steps.',
      ...(marked ? ['Escalate to {{role.role_returned_escalations}} to mark it as a returned Tier 1 escalation and review it with the agent.'] : []),
    ],
    customerGuidance: null,
    collect: [
      DASHBOARD_LOOKUP_BY_FIELD,
      { id: 'corrections', label: 'What was not accurate, and the corrected information', kind: 'multiline', required: true },
    ],
    warnings: [],
    escalationTags: marked ? ['tier2_returned'] : [],
    handoff: RETURN_HANDOFF[origin],
    returnsToTier1: true,
    roles: marked ? ['role_returned_escalations'] : [],
    decision:
      'Tier 2 step 3 “No”: update the information and run through the troubleshooting steps; “(If necessary, escalate to [one supervisor] to mark as a returned Tier 1 escalation and review with agent.)”. Until tier2 v4 every No was tagged tier2_returned and handed off to access. Now the agent says which procedure the escalation came from (tier2.3.origin) and whether it needs marking (tier2.3.mark_<origin>); only a marked return is tagged tier2_returned and names the returned-escalations supervisor, a role of its own.',
  };
}

const outcomes: Record<string, Outcome> = {
  dashboard_lookup_escalate_supervisor: {
    id: 'dashboard_lookup_escalate_supervisor',
    kind: 'escalate_supervisor',
    title: 'Clever dashboard lookup: escalate to a supervisor',
    agentActions: [
      `Whether the teacher/student or school appears in Clever’s dashboard district info requires escalation to ${SUPERVISORS_IN_ORDER}.`,
      'Give the supervisor who the ticket is about and the school and district, so they can look them up in the district info; the walk continues from step 2 with their answer.',
    ],
    customerGuidance:
      'Thank you for your patience. I’ve passed your question to a senior member of our team, who will check your district’s information in Clever. We’ll update you as soon as we know more.',
    collect: [
      USER_IDENTIFIER_FIELD,
      ...SCHOOL_AND_DISTRICT,
      { id: 'lookup_question', label: 'What to look up: the teacher/student, the school, or both', kind: 'multiline', required: true },
    ],
    warnings: [],
    escalationTags: ['escalated_supervisor'],
    roles: ['role_tier2_supervisors'],
    decision:
      'Tier 2 step 2’s lookup “requires escalation” to the supervisors, in their order. An agent who cannot see the dashboard answers needs_supervisor and ends the walk at this escalation (tagged escalated_supervisor); once the lookup is done the walk answers Yes or No, and every outcome past step 2 records who did the lookup (dashboard_lookup_by).',
  },
  refer_sales_integration_request: {
    id: 'refer_sales_integration_request',
    kind: 'refer',
    title: 'Integration not approved: refer to Sales for the status of the request',
    agentActions: ['The district’s integration is not approved: refer to {{role.role_sales}} for the status of the request.'],
    customerGuidance:
      'Thank you for your patience. Your district’s Clever integration with VHL Central hasn’t been approved yet. Our sales team is following your district’s request and can tell you where it stands; I’ve passed your question on to them.',
    collect: [],
    warnings: [],
    escalationTags: [],
    roles: ['role_sales'],
  },
  refer_district_admin_not_live: {
    id: 'refer_district_admin_not_live',
    kind: 'refer',
    title: 'Integration not launched or live: refer to the district’s Clever admin',
    agentActions: ['The district’s integration is not launched or live: refer the user to the district’s Clever admin.'],
    customerGuidance:
      'Thank you for your patience. Your district’s Clever integration with VHL Central isn’t live yet. Your district’s Clever administrator can tell you when it will launch; once it does, you’ll be able to sign in through Clever.',
    collect: [],
    warnings: [],
    escalationTags: [],
    decision:
      'Tier 2 step 1 “No” holds two cases (not approved; not launched or live). A plain No is the seed’s first case, not approved (refer_sales_integration_request); approved but not launched or live is a third answer to step 1 (no_not_live), which ends here.',
  },
  not_in_district_data: {
    id: 'not_in_district_data',
    kind: 'refer',
    title: 'Not in the district’s Clever data: refer to the district’s Clever admin',
    agentActions: [
      'The teacher or student is not included in the district’s data.',
      'Advise the user to contact their district’s Clever admin/support contact for assistance in getting added to Clever.',
      'If the high school is not listed in the Clever dashboard, the admin will need to add the school and notify VHL when complete, so that VHL can update the district association to include this school ({{role.role_association_owner}}).',
      'After that process is completed users should be able to successfully log in via their SIS/portal (through Clever) and click on the VHL Central / Vista Higher Learning icon/link set up by the school district’s Clever admin to access VHL Central and begin the account creation process.',
      TICKET_SHARING_NOTE,
    ],
    customerGuidance:
      'We checked your district’s information in Clever and you aren’t included in it yet, which is why you can’t get in. Please contact your district’s Clever administrator or support contact and ask to be added to Clever. If your school itself isn’t in Clever yet, your administrator will need to add it and let us know, so we can connect the school to your district in VHL Central. After that, sign in through your school’s portal (Clever) and click the VHL Central / Vista Higher Learning icon to create your account.',
    collect: [
      DASHBOARD_LOOKUP_BY_FIELD,
      USER_IDENTIFIER_FIELD,
      ...SCHOOL_AND_DISTRICT,
      { id: 'school_in_clever', label: 'Is the school itself listed in the Clever dashboard?', kind: 'yes_no', required: true },
    ],
    warnings: [],
    escalationTags: [],
    roles: ['role_association_owner', 'role_tier2_supervisors'],
    decision:
      'Tier 2 step 2 “No” is one branch holding two cases (the user is missing; the school itself is missing). One outcome carries both, and records whether the school is listed so the association update can follow once the district notifies VHL.',
  },
  escalate_via_jira: {
    id: 'escalate_via_jira',
    kind: 'escalate_techdev',
    title: 'Tier 1 information accurate: escalate via a Jira issue (Tech Dev, or the association owner)',
    agentActions: [
      'Escalate to {{role.role_techdev}} or, for updating of school and district associations, to {{role.role_association_owner}}, via a Jira issue.',
      'For an association update, give the school and district names, Salesforce ids and Clever ids.',
    ],
    customerGuidance:
      'Thank you for your patience. We’ve confirmed the details and passed the problem to the team that can fix it. We’ll update you as soon as we hear back from them.',
    collect: [
      DASHBOARD_LOOKUP_BY_FIELD,
      {
        id: 'jira_recipient',
        label: 'Who the Jira issue goes to',
        kind: 'choice',
        choices: [
          { id: 'techdev', label: 'Tech Dev' },
          { id: 'association_owner', label: 'The association owner: updating school and district associations' },
        ],
        required: true,
      },
      { id: 'jira_summary', label: 'What needs fixing, in one paragraph', kind: 'multiline', required: true },
      // The seed: the ids "will be needed" for an association update; a Tech Dev issue may leave them out.
      ...ASSOCIATION_FIELDS.map((f) => ({
        ...f,
        required: { field: 'jira_recipient', equals: 'association_owner' },
        help: 'Required for a school and district association update.',
      })),
    ],
    warnings: [],
    escalationTags: ['escalated_techdev'],
    roles: ['role_techdev', 'role_association_owner'],
    decision:
      'Tier 2 step 3 “Yes” names two Jira recipients (Tech Dev, or the association owner for school and district associations) in one branch. One outcome of kind escalate_techdev (a Jira escalation out of support, tagged escalated_techdev) carries both; the agent chooses the recipient (techdev or association_owner), and for the association owner the association fields (names, Salesforce ids, Clever ids) are required.',
  },
  rostering_escalate_supervisor: {
    id: 'rostering_escalate_supervisor',
    kind: 'escalate_supervisor',
    title: 'Rostering: students in the linked Clever section but not in the VHL section: escalate to a supervisor',
    agentActions: [
      'Check the list of students in the teacher’s linked section in the Clever dashboard: the student(s) are listed in the Clever section, but not in the VHL section (or do not have a VHL Central profile in User Search).',
      `Escalate to a supervisor: ${SUPERVISORS_IN_ORDER}.`,
      'Give the supervisor the user’s Clever id (never a student’s name), the teacher’s linked Clever section and the VHL Central course, when the student(s) was added to the section and when the sections were linked.',
    ],
    customerGuidance:
      'Thank you for your patience. We’ve confirmed that the student is in your linked Clever section but hasn’t come through to the VHL Central course, so I’ve passed this to a senior member of our team to resolve. We’ll update you as soon as we know more.',
    collect: [
      DASHBOARD_LOOKUP_BY_FIELD,
      USER_CLEVER_ID_FIELD,
      TEACHER_AND_COURSES_FIELD,
      ...ROSTERING_DATES,
      { id: 'has_vhl_profile', label: 'Does the student have a VHL Central profile in User Search?', kind: 'yes_no', required: true },
    ],
    warnings: [],
    escalationTags: ['escalated_supervisor'],
    roles: ['role_tier2_supervisors'],
    decision:
      'Access step 7b gives Tier 2 an instruction of its own: check the teacher’s linked Clever section; students listed there but not in the VHL section (or with no VHL Central profile) → escalate to supervisor. It is an extra answer to Tier 2 step 3 (accurate_rostering_missing_in_vhl), where Tier 2 confirms what Tier 1 found, so a plain Yes still goes to the Jira issue. The fields have Tier 1’s ids (rostering_sync_escalate), so Tier 1’s values are carried over.',
  },
  ...Object.fromEntries(
    (['access', 'transfers'] as const).flatMap((origin) => [false, true].map((marked) => [returnedId(origin, marked), returnedOutcome(origin, marked)])),
  ),
};

export const tier2Tree: Tree = {
  id: 'tier2',
  version: 6,
  title: PROCEDURE_TITLES.tier2,
  source: 'Clever Integration: Tech Support troubleshooting Procedures — Tier 2 Escalations, steps 1–3',
  root: 'tier2.1',
  nodes,
  outcomes,
};
