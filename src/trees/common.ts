import type { AnswerOption, AutoFromDistrict, CollectField, Where } from '../triage/tree';

/**
 * Pieces more than one tree uses, so the same instruction reads the same everywhere.
 * Data only: the trees import nothing but types from `triage/`.
 */

/** A yes/no question's answers (contract: yes-no questions take `yes` and `no`). */
export function yesNo(yes: string, no: string): AnswerOption[] {
  return [
    { id: 'yes', label: 'Yes', next: yes },
    { id: 'no', label: 'No', next: no },
  ];
}

/**
 * "Which Clever integration does the district use?" is answered by the district kind when the
 * organization record says it; a Clever district of unknown type, a non-Clever or a missing
 * organization leaves it to the agent.
 */
export const INTEGRATION_QUESTION = 'Which Clever integration does the district use?';

export const INTEGRATION_CHECK =
  'Check the school’s Organization record in Zendesk: the “LMS” field reads “Clever SSO District …” or “Clever Rostering District …”. ' +
  'When it does not say, check the school listing in the user’s account details in VHL Central Support Tools, or the Districts Using Clever list.';

export const INTEGRATION_AUTO: AutoFromDistrict = {
  from: 'district',
  answers: { 'clever-sso': 'sso', 'clever-rostering': 'rostering' },
};

/**
 * A record naming one integration rules out the other's answer; a school outside Clever rules out
 * both, and the agent answers from Support Tools with the choice marked against the record (D30).
 */
export function integrationAnswers(sso: string, rostering: string): AnswerOption[] {
  return [
    { id: 'sso', label: 'Single Sign-On (Clever SSO)', next: sso, onlyFor: ['clever-sso', 'clever-unknown-type'] },
    { id: 'rostering', label: 'Rostering (Clever Rostering)', next: rostering, onlyFor: ['clever-rostering', 'clever-unknown-type'] },
  ];
}

export const WHERE_USER_SEARCH: Where = {
  kind: 'link',
  link: 'link_user_search',
  label: 'Support Tools user search (the user’s account details)',
};
export const WHERE_ORGANIZATION: Where = {
  kind: 'place',
  label: 'The school’s Organization record in Zendesk: “Parent Account”, “Parent Account ID” and “LMS” fields',
};
export const WHERE_DISTRICTS_USING_CLEVER: Where = {
  kind: 'link',
  link: 'link_districts_using_clever',
  label: 'Districts Using Clever (the list of launched districts)',
};
export const WHERE_CLEVER_OVERVIEW: Where = {
  kind: 'link',
  link: 'link_clever_overview',
  label: 'Clever Overview and District Information: Single Sign-On and Rostering (login instructions, portal URLs, instant login links, district contacts)',
};
export const WHERE_CLEVER_DASHBOARD: Where = { kind: 'place', label: 'The Clever dashboard (the district’s info and linked sections)' };
export const WHERE_MY_ACCOUNT: Where = { kind: 'place', label: 'The user’s My account page in VHL Central (shows the username)' };

/**
 * The data a school–district association fix needs (access step 2b, step 3's side case,
 * Tier 2's Jira issue): "school and district names as well as Salesforce ids and Clever ids".
 */
export const ASSOCIATION_FIELDS: CollectField[] = [
  { id: 'school_name', label: 'School name', kind: 'text', required: true },
  { id: 'district_name', label: 'District name', kind: 'text', required: true },
  { id: 'school_salesforce_id', label: 'School Salesforce id', kind: 'salesforce_id', required: true },
  { id: 'district_salesforce_id', label: 'District Salesforce id', kind: 'salesforce_id', required: true },
  { id: 'school_clever_id', label: 'School Clever id', kind: 'clever_id', required: true },
  { id: 'district_clever_id', label: 'District Clever id', kind: 'clever_id', required: true },
];

/** Who the ticket is about, by the id Clever gave them: a note never carries a student's name. */
export const USER_CLEVER_ID_FIELD: CollectField = {
  id: 'user_clever_id',
  label: 'User’s Clever id',
  kind: 'clever_id',
  required: true,
  help: 'The VHL Central username of a Clever account (a long series of numbers and letters). Never write a student’s name.',
};

/**
 * Access step 7b: “the date/time the student(s) was added to the Clever section, date/time the
 * sections were linked, and if the student has attempted to log in to VHL via their SIS portal”.
 * Tier 2's supervisor escalation for the same students asks for them under the same ids, so
 * Tier 1's values are carried into it.
 */
export const ROSTERING_DATES: CollectField[] = [
  { id: 'student_added_to_section_at', label: 'When the student(s) was added to the Clever section', kind: 'datetime', required: true },
  { id: 'sections_linked_at', label: 'When the sections were linked', kind: 'datetime', required: true },
  { id: 'tried_sis_portal_login', label: 'Has the student attempted to log in to VHL via their SIS portal?', kind: 'yes_no', required: true },
];

/** Step 7b's “details about the student(s), teacher, and courses in VHL Central and Clever”, shared with Tier 2 the same way. */
export const TEACHER_AND_COURSES_FIELD: CollectField = {
  id: 'teacher_and_courses',
  label: 'The teacher, the VHL Central course and the linked Clever section',
  kind: 'multiline',
  required: true,
};
