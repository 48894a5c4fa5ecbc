import type { Outcome, QuestionNode, Tree } from '../triage/tree';
import { PROCEDURE_TITLES } from './titles';
import {
  ASSOCIATION_FIELDS,
  INTEGRATION_AUTO,
  INTEGRATION_CHECK,
  INTEGRATION_QUESTION,
  ROSTERING_DATES,
  TEACHER_AND_COURSES_FIELD,
  USER_CLEVER_ID_FIELD,
  WHERE_CLEVER_DASHBOARD,
  WHERE_CLEVER_OVERVIEW,
  WHERE_DISTRICTS_USING_CLEVER,
  WHERE_MY_ACCOUNT,
  WHERE_ORGANIZATION,
  WHERE_USER_SEARCH,
  integrationAnswers,
  yesNo,
} from './common';

/**
 * "Tier 1 Troubleshooting Access Issues", steps 1–8, from the Clever integration tech support
 * procedures. Every sentence of the seed is carried by a node or an outcome here; the mapping is
 * written out in docs/procedure-map.md, and each loose end of the seed is decided in a `decision`.
 */

/** Step 3 "No" and step 4 "No" send the user back through Clever with the same fallback referral. */
const LOGIN_VIA_CLEVER_FALLBACK =
  'If this is not successful or they do not know their login info, refer them to their district’s support contact, Clever support ({{role.role_clever_support}}), or to their teacher (if a student).';

/** Steps 4 "No" and 5 "No" both say it. */
const COURSES_CANNOT_TRANSFER =
  'If a teacher set up courses in a non-Clever account, they will need to recreate those courses in the Clever-associated account because there is no way to transfer the courses.';

/** Step 7b "Yes", first two instructions: both of its outcomes start with them. */
const ROSTERING_CONFIRM_DATES =
  'Confirm with the teacher/admin the date/time the student(s) was added to the Clever section, the date/time the sections were linked, and if the student has attempted to log in to VHL via their SIS portal.';
const ROSTERING_SYNC_TAKES_24_HOURS =
  'Advise the customer that syncing on linked courses can take up to 24 hours to complete, so it is possible that the district simply needs to wait for syncing to complete.';

const nodes: Record<string, QuestionNode> = {
  'access.1': {
    id: 'access.1',
    step: '1',
    question: 'Is the student’s and teacher’s school in a district that has a Clever integration?',
    check:
      '“Clever SSO or Rostering enabled” should be listed with the school information within the user’s account details in VHL Central Support Tools. ' +
      'Confirm the district/school name with the user and check for the school’s district by clicking on the school listing associated with the user’s account details in VHL Central Support Tools. ' +
      'You can also quickly check the school’s Organization record in Zendesk: if the fields “Parent Account” and “Parent Account ID” include information, the school is associated with the district noted (check the list of launched districts). ' +
      'Also look at the “LMS” field for further confirmation, such as “Clever SSO District AY 2017-2018” or “Clever Rostering District AY 2017-2018”.',
    where: [WHERE_USER_SEARCH, WHERE_ORGANIZATION, WHERE_DISTRICTS_USING_CLEVER],
    answers: [
      { id: 'yes', label: 'Yes — a Clever district', next: 'access.2a' },
      { id: 'no', label: 'No — no Clever integration found', next: 'escalate_integration_status' },
      { id: 'no_wants_clever', label: 'Not a Clever school, and it wants to set up Clever', next: 'refer_sales_new_integration' },
    ],
    // Only an LMS field naming the integration answers step 1: a parent account alone (the seed:
    // "check list of launched districts"), empty fields or no organization leave it to the agent.
    auto: { from: 'district', answers: { 'clever-sso': 'yes', 'clever-rostering': 'yes' } },
    notes: [
      'First read “Clever Overview and District Information: Single Sign-On and Rostering”: it includes the districts’ integration information, contacts for district support and login instructions, and an overview of how Clever integration works.',
      'No: it is possible that the district has not completed their Clever integration or the integration is not yet approved by VHL. A non-Clever school expressing interest in setting up a Clever integration is the third answer: it goes to Sales, not to Tier 2.',
    ],
  },
  'access.2a': {
    id: 'access.2a',
    step: '2a',
    question: 'Is the user having difficulty with the Clever portion of the login process (not VHL access)?',
    check:
      'Is the user having difficulty with the Clever login process (not VHL access)? Agents should refer to the Clever Login Triage to troubleshoot. ' +
      'Answer Yes for problems with the Clever portion of the login process.',
    where: [{ kind: 'link', link: 'link_clever_login_triage', label: 'Clever Login Triage (Clever Support article)' }, WHERE_CLEVER_OVERVIEW],
    answers: yesNo('clever_login_triage', 'access.2b'),
  },
  'access.2b': {
    id: 'access.2b',
    step: '2b',
    question: 'Does the user have problems getting to VHL Central Home (seeing the message “! VHL does not recognize your school.”)?',
    check: 'Ask the user what they see after the Clever login: the message “! VHL does not recognize your school.” on the way to VHL Central Home.',
    where: [],
    answers: yesNo('escalate_school_district_association', 'access.3'),
  },
  'access.3': {
    id: 'access.3',
    step: '3',
    question: 'Does the user have a VHL Central account?',
    check:
      'Perform a user search in Support Tools. Nothing found after the user search means No: the user has no VHL Central account yet. ' +
      'If, besides, the user sees a message during login that is on VHL Central (not on Clever or the district portal), the problem is likely with the VHL school-district association: choose the third answer.',
    where: [WHERE_USER_SEARCH],
    answers: [
      { id: 'yes', label: 'Yes — an account was found', next: 'access.4' },
      { id: 'no', label: 'No — nothing found after a user search', next: 'create_account_via_clever' },
      { id: 'no_message_on_vhl', label: 'Nothing found, and a message on VHL Central stops the login', next: 'escalate_school_district_association' },
    ],
  },
  'access.4': {
    id: 'access.4',
    step: '4',
    question: 'Is the VHL Central account username a Clever user id (a long series of numbers and letters)?',
    check:
      'Clever user ids are visible in Support Tools user profiles, or the user may be directed to go to My account in VHL Central to view and confirm their username.',
    where: [WHERE_USER_SEARCH, WHERE_MY_ACCOUNT],
    answers: yesNo('access.5', 'non_clever_account'),
    notes: [
      'The email address in the VHL user profile is not a real email address. We will have no way to contact students via email, so their teacher is the main point of contact via email.',
      'Teacher user profiles may have real email contact information (if Clever passed the info), which should be entered/confirmed in the teacher’s Zendesk profile.',
    ],
  },
  'access.5': {
    id: 'access.5',
    step: '5',
    question: 'Does the teacher have the course set up at the correct school?',
    check: 'Look at the teacher’s courses and the school each is set up at in the teacher’s account details in VHL Central Support Tools.',
    where: [WHERE_USER_SEARCH],
    answers: yesNo('access.6', 'course_at_wrong_school'),
    notes: ['As of 8/10/16, instructors see a message on the dashboard about why they cannot create courses.'],
  },
  'access.6': {
    id: 'access.6',
    step: '6',
    question: 'Does the teacher have the course created in the Clever-associated VHL Central account?',
    check: 'Confirm by checking the user id of the teacher’s account that holds the course (it should be a long series of numbers and letters).',
    where: [WHERE_USER_SEARCH],
    answers: yesNo('access.7', 'create_course_in_clever_account'),
  },
  'access.7': {
    id: 'access.7',
    step: '7',
    question: INTEGRATION_QUESTION,
    check: `${INTEGRATION_CHECK} Step 7a is for Single Sign-On only; step 7b is for Rostering only.`,
    where: [WHERE_ORGANIZATION, WHERE_USER_SEARCH, WHERE_DISTRICTS_USING_CLEVER],
    answers: integrationAnswers('access.7a', 'access.7b'),
    auto: INTEGRATION_AUTO,
  },
  'access.7a': {
    id: 'access.7a',
    step: '7a',
    question:
      'Single Sign-On only: Can the student see the course in the VHL Central enrollment table, enroll in the course, and access the course without receiving any error messages?',
    check: 'Have the student try, or replicate it from the student’s account: the course in the enrollment table, enrolling, then opening the course.',
    where: [WHERE_USER_SEARCH],
    answers: yesNo('access.8', 'sso_enrollment_error'),
  },
  'access.7b': {
    id: 'access.7b',
    step: '7b',
    question: 'Rostering only: Are one or more students not enrolled in the VHL Central course that is linked to a section in Clever?',
    check:
      'Compare the students listed in the Clever section with the students enrolled in the linked VHL Central course. ' +
      `When students are missing: ${ROSTERING_CONFIRM_DATES} Syncing on linked courses can take up to 24 hours to complete, so Yes means the updates/linking were done more than 24 hours ago; within the last 24 hours is its own answer.`,
    where: [WHERE_USER_SEARCH, WHERE_CLEVER_DASHBOARD],
    answers: [
      { id: 'yes', label: 'Yes — added or linked more than 24 hours ago', next: 'rostering_sync_escalate' },
      { id: 'yes_within_24_hours', label: 'Students missing, but added or linked within the last 24 hours', next: 'rostering_wait_for_sync' },
      { id: 'no', label: 'No — all students in the Clever section are enrolled', next: 'access.8' },
    ],
  },
  'access.8': {
    id: 'access.8',
    step: '8',
    question:
      'Does the student account show correct privileges for the book based on the requirements for the teacher’s course, but is unable to access certain content?',
    check:
      'Compare the student account’s privileges in Support Tools with the book the teacher’s course requires, and ask which content fails to open. ' +
      'Yes is the ©2014 eBook or practice partner; correct privileges with any other content failing is its own answer.',
    where: [WHERE_USER_SEARCH],
    answers: [
      { id: 'yes', label: 'Yes — the ©2014 eBook or practice partner', next: 'clever_content_limitation' },
      { id: 'yes_other_content', label: 'Correct privileges, but other content will not open', next: 'escalate_other_content' },
      { id: 'no', label: 'No — the privileges do not match the course', next: 'site_license_issue' },
    ],
  },
};

/** What the agent records for a rostering escalation (step 7b): dates, the SIS portal attempt, who and which course. */
const outcomes: Record<string, Outcome> = {
  refer_sales_new_integration: {
    id: 'refer_sales_new_integration',
    kind: 'refer',
    title: 'Non-Clever school interested in a Clever integration: refer to Sales',
    agentActions: ['Refer the expressed interest in setting up a Clever integration to {{role.role_sales}}.'],
    customerGuidance:
      'Thank you for your interest in using Clever with VHL Central. Your school isn’t set up with a Clever integration yet, so I’ve passed your request on to our sales team, who will contact you about setting one up.',
    collect: [
      { id: 'school_name', label: 'School name', kind: 'text', required: true },
      { id: 'district_name', label: 'District name', kind: 'text', required: true },
    ],
    warnings: [],
    escalationTags: [],
    roles: ['role_sales'],
    decision:
      'Step 1 “No” gives two instructions: escalate to Tier 2 to confirm the integration status (the main one, where a plain No leads), and refer a non-Clever school’s interest in setting up Clever to Sales. The second is a third answer to step 1 (no_wants_clever): a school asking to set Clever up is referred to Sales and not escalated.',
  },
  escalate_integration_status: {
    id: 'escalate_integration_status',
    kind: 'escalate_tier2',
    title: 'School not found in a Clever district: escalate to Tier 2 to confirm the integration status',
    agentActions: [
      'It is possible that the district has not completed their Clever integration or the integration is not yet approved by VHL.',
      'Escalate to Tier 2 for confirmation of the district’s Clever integration status.',
      'You may also refer teachers to the district’s Clever admin, students to their teacher, and admins to {{role.role_sales}}.',
    ],
    customerGuidance:
      'Thank you for your patience. It looks like your district’s Clever integration with VHL Central may not be complete yet, so I’ve asked our team to confirm its status. In the meantime, if you are a teacher, your district’s Clever administrator can tell you more about the integration; if you are a student, please check with your teacher; if you are an administrator, your VHL sales representative can tell you where the integration stands.',
    collect: [
      { id: 'school_name', label: 'School name (confirmed with the user)', kind: 'text', required: true },
      { id: 'district_name', label: 'District name (confirmed with the user)', kind: 'text', required: true },
    ],
    warnings: [],
    escalationTags: ['escalated_tier2'],
    roles: ['role_sales'],
  },
  clever_login_triage: {
    id: 'clever_login_triage',
    kind: 'handoff',
    title: 'Problem with the Clever portion of the login: Clever Login Triage, or the district’s login instructions',
    agentActions: [
      'Review the Clever Login Triage document to determine the type of login issue, and troubleshoot with its steps ({{link.link_clever_login_triage}}).',
      'If the customer simply needs to know how to log in, send the login instructions for their district, linked in {{link.link_clever_overview}}, to users who are unsure of how or where to log in.',
    ],
    customerGuidance:
      'The trouble seems to be in the Clever part of the sign-in, before you reach VHL Central. Your district signs in to VHL Central through Clever; here are the login instructions for your district: [paste the district’s login instructions]. If they don’t solve it, Clever’s help center ({{link.link_clever_support_center}}) has step-by-step help for signing in, and we’re happy to walk you through it.',
    collect: [],
    warnings: [],
    escalationTags: [],
    handoff: { kind: 'procedure', label: 'Clever Login Triage (Clever Support article)', link: 'link_clever_login_triage' },
    decision:
      'Step 2a “Yes” is one branch: review the triage document, and send the district’s login instructions when the customer simply needs to know how to log in. One outcome carries both; the Clever Login Triage article is where the agent continues.',
  },
  escalate_school_district_association: {
    id: 'escalate_school_district_association',
    kind: 'escalate_tier2',
    title: 'VHL does not recognize the school: escalate the school–district association to Tier 2',
    agentActions: [
      'The problem is likely with the VHL school-district association.',
      'Record the school and district names, Salesforce ids and Clever ids in the ticket.',
      'Escalate to Tier 2 so it can be reported to {{role.role_association_owner}} via Jira.',
    ],
    customerGuidance:
      'Thank you for letting us know. It looks like your school isn’t yet connected to your district in VHL Central, which is why you see this message. I’ve passed the details to our team to update the connection, and we’ll let you know as soon as it’s fixed.',
    collect: ASSOCIATION_FIELDS,
    warnings: [],
    escalationTags: ['escalated_tier2'],
    roles: ['role_association_owner'],
    decision:
      'Step 2b says to escalate to Tier 2 so it can be reported to the association owner via Jira; step 3’s side case (a message during login that is on VHL Central: the answer no_message_on_vhl) says to escalate it to the association owner via Jira. Both reach this one outcome: Tier 2 files the Jira issue (Tier 2 step 3), and the issue needs the Salesforce ids 2b asks for too.',
  },
  create_account_via_clever: {
    id: 'create_account_via_clever',
    kind: 'resolved',
    title: 'No VHL Central account yet: log in through Clever to create it',
    agentActions: [
      'The user needs to log in via their SIS/portal (through Clever) and click on the VHL Central / Vista Higher Learning icon/link set up by the school district’s Clever admin to access VHL Central and begin the account creation process.',
      'You may need to provide the portal or instant login link to assist the user: both are in {{link.link_clever_overview}}.',
      LOGIN_VIA_CLEVER_FALLBACK,
    ],
    customerGuidance:
      'To create your VHL Central account, please sign in to your school’s portal (through Clever) and click the VHL Central / Vista Higher Learning icon your district set up. That takes you to VHL Central, where your account is created. If that doesn’t work or you don’t know your portal login, your district’s support contact or Clever Support ({{link.link_clever_support_center}}) can help (students: please ask your teacher).',
    collect: [],
    warnings: [],
    escalationTags: [],
    roles: ['role_clever_support'],
  },
  non_clever_account: {
    id: 'non_clever_account',
    kind: 'resolved',
    title: 'Non-Clever account: log in to VHL Central through Clever',
    agentActions: [
      'The user is logging in using a non-Clever account. Non-Clever accounts are blocked from enrolling in courses at a Clever-enabled school.',
      'Direct the user to log into VHL Central or their VHL language program via their SIS/portal (through Clever).',
      'If they are unsure how to do so, provide the user with their portal URL and/or instant login link, available in {{link.link_clever_overview}}, to try to log in.',
      LOGIN_VIA_CLEVER_FALLBACK,
      COURSES_CANNOT_TRANSFER,
    ],
    customerGuidance:
      'The account you’re using isn’t connected to Clever, and at a Clever school only Clever accounts can enroll in courses. Please sign in to VHL Central through your school’s portal (Clever) instead: [paste the portal URL or instant login link]. If that doesn’t work or you don’t know your portal login, your district’s support contact or Clever Support ({{link.link_clever_support_center}}) can help (students: please ask your teacher). Teachers: courses created in a non-Clever account can’t be moved, so they need to be created again in your Clever account.',
    collect: [],
    warnings: [],
    escalationTags: [],
    roles: ['role_clever_support'],
  },
  course_at_wrong_school: {
    id: 'course_at_wrong_school',
    kind: 'known_limitation',
    title: 'Course set up at the wrong school: recreate it in the Clever-associated account',
    agentActions: [
      'The course is set up at the incorrect school, so the teacher did not use their Clever-associated account to create the courses.',
      COURSES_CANNOT_TRANSFER,
    ],
    customerGuidance:
      'Your course was created from an account that isn’t connected to Clever, which is why it is set up at a different school. Courses can’t be moved between accounts, so please sign in through your school’s portal (Clever) and create the course again there; your students will then find it at the right school.',
    collect: [],
    warnings: [],
    escalationTags: [],
    decision:
      'Step 5 “No” has no “go to”: it ends here. Its kind is known_limitation because the procedure says there is no way to transfer the courses.',
  },
  create_course_in_clever_account: {
    id: 'create_course_in_clever_account',
    kind: 'resolved',
    title: 'Course not in the Clever-associated account: create it after logging in through Clever',
    agentActions: [
      'Confirm by checking the user id of the teacher’s account (it should be a long series of numbers and letters).',
      'Advise the teacher to create the course after logging in to VHL Central via their district’s SIS/portal (through Clever).',
    ],
    customerGuidance:
      'Please sign in to VHL Central through your district’s portal (Clever) and create the course from there. Courses created that way are connected to your Clever account, so your students can find and enroll in them.',
    collect: [],
    warnings: [],
    escalationTags: [],
    decision: 'Step 6 “No” has no “go to”: it ends here, with the teacher advised to create the course.',
  },
  sso_enrollment_error: {
    id: 'sso_enrollment_error',
    kind: 'escalate_tier2',
    title: 'SSO: student cannot see, enroll in or access the course: escalate to Tier 2',
    agentActions: [
      'Replicate the problem, take screenshots, and record them in the Zendesk ticket.',
      'Escalate to Tier 2.',
    ],
    customerGuidance:
      'Thank you for the details. I was able to look into the enrollment problem and have passed it, with screenshots, to our specialist team. We’ll get back to you as soon as we have an update. Please don’t create a new account in the meantime.',
    collect: [
      USER_CLEVER_ID_FIELD,
      { id: 'replication', label: 'What you did to replicate it and what the student saw', kind: 'multiline', required: true },
      { id: 'screenshots_attached', label: 'Screenshots recorded in the ticket', kind: 'yes_no', required: true },
    ],
    warnings: ['DO NOT try to disable the account or recreate the account on VHL Central.'],
    escalationTags: ['escalated_tier2'],
  },
  rostering_wait_for_sync: {
    id: 'rostering_wait_for_sync',
    kind: 'resolved',
    title: 'Rostering: student linked less than 24 hours ago: wait for syncing to complete',
    agentActions: [ROSTERING_CONFIRM_DATES, ROSTERING_SYNC_TAKES_24_HOURS],
    customerGuidance:
      'Thanks for checking those dates. Syncing between Clever and linked VHL Central courses can take up to 24 hours to complete, so the student should appear in the course once the sync finishes. If they are still missing 24 hours after they were added or the sections were linked, just reply to this message and we’ll look into it further.',
    collect: ROSTERING_DATES,
    warnings: [],
    escalationTags: [],
    decision:
      'Step 7b “Yes” holds two cases: wait up to 24 hours, or escalate when the updates/linking were done more than 24 hours ago. A plain Yes escalates (rostering_sync_escalate): the step ends there once the wait is over, and that outcome still starts with confirming the dates and the 24-hour advice. Within the last 24 hours is a third answer to step 7b (yes_within_24_hours), which ends here.',
  },
  rostering_sync_escalate: {
    id: 'rostering_sync_escalate',
    kind: 'escalate_tier2',
    title: 'Rostering: student still missing more than 24 hours after linking: escalate to Tier 2',
    agentActions: [
      ROSTERING_CONFIRM_DATES,
      ROSTERING_SYNC_TAKES_24_HOURS,
      'The updates/linking were done more than 24 hours ago: escalate to Tier 2 with details about the student(s), teacher, and courses in VHL Central and Clever.',
      'Tier 2: Check the list of students in the teacher’s linked section in the Clever dashboard.',
      'Tier 2: If the student(s) are listed in the Clever section, but not in the VHL section (or do not have a VHL Central profile in User Search), escalate to a supervisor ({{role.role_tier2_supervisors}}).',
    ],
    customerGuidance:
      'Thank you for the dates. Since it has been more than 24 hours since the student was added and the sections were linked, the sync should have completed, so I’ve passed this to our specialist team to investigate. We’ll update you as soon as we know more.',
    collect: [
      ...ROSTERING_DATES,
      USER_CLEVER_ID_FIELD,
      TEACHER_AND_COURSES_FIELD,
    ],
    warnings: [],
    escalationTags: ['escalated_tier2'],
    roles: ['role_tier2_supervisors'],
    decision:
      'Step 7b’s “Tier 2:” instruction (check the Clever section; listed in Clever but not in VHL → escalate to supervisor) stays as this outcome’s last actions, marked “Tier 2:”, so Tier 1 knows what Tier 2 will check and it travels in the note Tier 2 reads. Tier 2 acts on it in the tier2 tree: step 3’s answer accurate_rostering_missing_in_vhl → rostering_escalate_supervisor, which carries this packet’s dates, Clever id and courses over.',
  },
  clever_content_limitation: {
    id: 'clever_content_limitation',
    kind: 'known_limitation',
    title: '©2014 eBook or practice partner not available: known limitation of Clever integrations',
    agentActions: [
      'Students and instructors being unable to access the ©2014 eBook or practice partner is a known limitation of Clever integrations. All districts were made aware of this limitation before VHL approved the integration.',
      'Refer teachers to their Clever admin and students to their teacher.',
    ],
    customerGuidance:
      'Thank you for your patience. The ©2014 eBook and practice partner aren’t available through Clever integrations; this is a known limitation that was shared with districts before their integration was approved. Teachers: your district’s Clever administrator can tell you more. Students: please check with your teacher.',
    collect: [],
    warnings: [],
    escalationTags: [],
  },
  escalate_other_content: {
    id: 'escalate_other_content',
    kind: 'escalate_tier2',
    title: 'Correct privileges but other content not accessible: escalate to Tier 2',
    agentActions: [
      'Record which content cannot be accessed and the course it is in.',
      'Escalate to Tier 2 with the content and course details.',
    ],
    customerGuidance:
      'Thank you for the details. I’ve passed the content you can’t open, and your course, to our specialist team to investigate, and we’ll update you as soon as we know more.',
    collect: [
      USER_CLEVER_ID_FIELD,
      { id: 'content', label: 'The content that cannot be accessed', kind: 'text', required: true },
      { id: 'course', label: 'The teacher’s course (name and book)', kind: 'text', required: true },
    ],
    warnings: [],
    escalationTags: ['escalated_tier2'],
    decision:
      'Step 8 says “If there is an issue with any other content access, go to 8 b”, and the procedure defines no 8 b. Decided: a plain Yes is the ©2014 eBook or practice partner (the known limitation, step 8’s main Yes); other content that a correctly privileged account cannot open is a third answer to step 8 (yes_other_content), escalated to Tier 2 with the content and course details.',
  },
  site_license_issue: {
    id: 'site_license_issue',
    kind: 'handoff',
    title: 'Privileges do not match the course: site license troubleshooting',
    agentActions: [
      'This is a site license issue.',
      'Review the troubleshooting for site license to determine next steps when the teacher’s course access does not match the district/school’s license package(s): see {{link.link_site_license_troubleshooting}}.',
    ],
    customerGuidance:
      'Thanks for your patience. Your account’s access doesn’t match what the course requires, which points to your school’s license rather than Clever. I’m checking your school’s license package now and will follow up with next steps.',
    collect: [],
    warnings: [],
    escalationTags: [],
    handoff: { kind: 'procedure', label: 'Site license troubleshooting', link: 'link_site_license_troubleshooting' },
  },
};

export const accessTree: Tree = {
  id: 'access',
  version: 5,
  title: PROCEDURE_TITLES.access,
  source: 'Clever Integration: Tech Support troubleshooting Procedures — Tier 1 Troubleshooting Access Issues, steps 1–8',
  root: 'access.1',
  nodes,
  outcomes,
};
