import type { AnswerOption, Outcome, QuestionNode, Tree, Where } from '../triage/tree';
import { PROCEDURE_TITLES } from './titles';

/**
 * Remind's SIS sync report article ("What is my SIS sync report?"), about the Clever–Remind
 * sync, not VHL Central's rostering: errors versus alerts, the
 * nightly sync window, the three hold types and the three data-configuration causes, and how
 * each hold is resumed. The article speaks to the district's administrator, so the outcomes
 * tell the agent what to walk the administrator through.
 */

const WHERE_SYNC_REPORT: Where = {
  kind: 'place',
  label: 'The SIS sync report: Settings tab in the admin dashboard > SIS Sync, then click the school’s name',
};
const WHERE_SHARING_SETTINGS: Where = {
  kind: 'link',
  link: 'link_clever_sharing_settings',
  label: 'Sharing settings with Remind in Clever',
};
const WHERE_CLEVER_SUPPORT: Where = { kind: 'link', link: 'link_clever_support_center', label: 'Clever Support' };

const dataConfigAnswers: AnswerOption[] = [
  { id: 'extra_contacts', label: 'Emergency/secondary contacts included in data share', next: 'extra_contacts_in_data_share' },
  { id: 'six_plus_contacts', label: 'Students with six or more contacts', next: 'students_with_six_plus_contacts' },
  { id: 'duplicate_emails', label: 'Multiple accounts have the same email address', next: 'duplicate_email_addresses' },
];

const nodes: Record<string, QuestionNode> = {
  'sync.status': {
    id: 'sync.status',
    step: '1',
    question: 'What does the school’s SIS sync report show?',
    check:
      'Head to the Settings tab in the admin dashboard and select SIS Sync: it lists all of the district’s schools and the status of each school’s Clever-Remind sync (sorted by sync status; schools not part of the plan are in gray). ' +
      'Errors are issues in the SIS that prevent teacher or student accounts from being created: schools with errors are highlighted in red with a red exclamation point. ' +
      'Alerts are minor data errors in the SIS that, if fixed, would make Remind more useful. Sync status shows the state of the school’s Clever-Remind connection.',
    where: [WHERE_SYNC_REPORT],
    answers: [
      { id: 'errors', label: 'Errors', next: 'fix_in_sis_then_sync' },
      { id: 'alerts', label: 'Alerts', next: 'fix_in_sis_then_sync' },
      { id: 'on_hold', label: 'Sync on hold', next: 'sync.hold_type' },
      { id: 'no_issue', label: 'No errors, alerts or hold', next: 'sync_report_clear' },
      // "Available to administrators with a School Plan or District Plan": without it there is no report to read.
      { id: 'cannot_see_report', label: 'The requester cannot see the SIS sync report (or the school is in gray)', next: 'report_needs_remind_plan' },
    ],
    notes: [
      'This is Remind’s article: the SIS sync report shows the Clever–Remind sync, not VHL Central’s Clever rostering.',
      'The SIS sync report is available to administrators with a School Plan or District Plan, at schools and districts that have rostered using Clever.',
      'Teachers & Students are the numbers of rostered teacher or student accounts provisioned in Remind from Clever.',
      'Errors are critical: address them as soon as possible. Alerts are minor.',
    ],
  },
  'sync.hold_type': {
    id: 'sync.hold_type',
    step: '4',
    question: 'Which hold type does the school’s SIS sync report show?',
    check:
      'Drill into the school’s SIS sync report to find details on the hold type, including next steps on how to resolve the issue and resume the sync. The administrator is notified via email when a sync is placed on hold.',
    where: [WHERE_SYNC_REPORT, WHERE_SHARING_SETTINGS, WHERE_CLEVER_SUPPORT],
    answers: [
      { id: 'disconnected', label: 'Disconnected: Remind is unable to communicate with Clever', next: 'resume_after_reconnect' },
      { id: 'data_changes', label: 'Lots of data changes: a large number of destructive data changes', next: 'resume_after_reviewing_changes' },
      { id: 'data_config', label: 'Data configuration: a suspected data configuration error in the SIS or in Clever', next: 'sync.data_config_type' },
    ],
    notes: [
      'A school’s sync is placed on hold if Remind encounters an issue with the Clever connection or suspects a data configuration issue in the SIS or in Clever.',
      'To resume a sync that has been placed on hold, the issue for the hold is addressed directly in Clever or in the SIS.',
    ],
  },
  'sync.data_config_type': {
    id: 'sync.data_config_type',
    step: '5',
    question: 'Which data configuration issue placed the sync on hold?',
    check: 'There are three data configuration issues that can result in a sync being placed on hold; the school’s SIS sync report names it.',
    where: [WHERE_SYNC_REPORT],
    answers: dataConfigAnswers,
  },
};

const SIS_ADMIN_OR_CLEVER = 'contact their SIS Administrator or Clever Support ({{role.role_clever_support}})';

/** Errors and alerts are fixed in the SIS the same way; the sync type decides how the fix reaches Remind. */
const FIX_IN_SIS = [
  'Drill into the school’s SIS sync report: it shows the error or alert types with information on how to resolve them, and the date and time of the last Clever-Remind sync.',
  'Download the .CSV files that contain the users that need to be corrected in the SIS: the detailed list of the changes to make directly in the SIS.',
  'Errors prevent teacher or student accounts from being created: address them as soon as possible. Alerts are minor data errors worth fixing.',
];

/** How a data-configuration hold ends once its cause is addressed (or accepted). */
const RESUME =
  'Once the data configuration issue is addressed in the SIS and/or in Clever, click Resume sync on the school’s SIS sync report. Remind will process the sync immediately.';
const DONT_HOLD_AGAIN =
  'To ignore this data configuration issue in future syncs, select “Don’t hold syncs like this again” before resuming the sync.';
/** The customer's side of DONT_HOLD_AGAIN: every data-configuration hold's reply ends with it. */
const DONT_HOLD_AGAIN_CUSTOMER =
  ' To ignore this kind of issue in future syncs, select “Don’t hold syncs like this again” before you click Resume sync.';
const FILTER_CONTACTS = `If the administrator needs to filter out emergency and secondary contacts from the data share with Remind, they should ${SIS_ADMIN_OR_CLEVER}.`;
const REMOVE_CONTACTS_BEFORE_RESUMING =
  'Ensure that emergency and secondary contacts have been removed from the data share with Remind before resuming the sync.';

const outcomes: Record<string, Outcome> = {
  fix_in_sis_then_sync: {
    id: 'fix_in_sis_then_sync',
    kind: 'resolved',
    title: 'Errors or alerts: fix them in the SIS; they reach Remind through Clever (nightly, or after an upload)',
    agentActions: [
      ...FIX_IN_SIS,
      'With an automatic sync between the SIS and Clever, updates made directly in the SIS are pushed to Remind via Clever nightly, between 11PM and 5AM PST.',
      'Updates made to the SIS need to first be processed and stored in Clever before being pulled in. Not all SIS-Clever sync types are processed automatically: with one that is not, upload the updated SIS data to Clever before the changes will appear.',
      'Refer the administrator to their District Dashboard in Clever for the SIS-Clever sync type and frequency.',
      `For any questions on the SIS-Clever sync, the administrator should ${SIS_ADMIN_OR_CLEVER}.`,
    ],
    customerGuidance:
      'Your school’s SIS sync report lists the records that need fixing: open the school in the report, download the .CSV files, and correct those users directly in your SIS. Errors stop accounts from being created, so please fix those first. How the corrections reach Remind depends on your SIS-Clever sync type, which your District Dashboard in Clever shows: with an automatic sync they arrive overnight, between 11PM and 5AM Pacific time; otherwise, please upload your updated SIS data to Clever and the changes appear after that. Your SIS administrator or Clever Support ({{link.link_clever_support_center}}) can answer any questions about that sync.',
    collect: [],
    warnings: [],
    escalationTags: [],
    roles: ['role_clever_support'],
    decision:
      'The article’s sections on resolving errors and alerts, and on what happens after, are one list for the administrator: fix the users in the SIS; with an automatic SIS-Clever sync the fixes arrive nightly, otherwise upload the data to Clever; the District Dashboard says which; questions go to the SIS Administrator or Clever Support. One outcome carries it all, so the errors and alerts answers reach it directly.',
  },
  sync_report_clear: {
    id: 'sync_report_clear',
    kind: 'resolved',
    title: 'The Clever–Remind sync report shows no issue: the article has nothing more',
    agentActions: [
      'The SIS sync report shows no errors, alerts or hold for the school: the Clever–Remind sync is working. The report says nothing about VHL Central’s rostering.',
    ],
    customerGuidance:
      'Your school’s SIS sync report shows no errors, alerts or holds, so the Clever–Remind sync is working as expected.',
    collect: [],
    warnings: [],
    escalationTags: [],
    decision:
      'The article (Remind’s, about the Clever–Remind sync) says nothing for a sync with no errors, alerts or hold, and hands off nowhere. Until version 2 this outcome handed off to the VHL access tree as if the report said something about VHL rostering; it now ends here, a resolved outcome for Remind’s sync only.',
  },
  report_needs_remind_plan: {
    id: 'report_needs_remind_plan',
    kind: 'refer',
    title: 'The requester cannot see the SIS sync report: it is for administrators with a Remind School or District Plan',
    agentActions: [
      'The SIS sync report is available to administrators with a School Plan or District Plan; schools that are not part of the Remind Plan are in gray.',
      'Tell the requester the report needs an administrator account on a Remind School or District Plan.',
    ],
    customerGuidance:
      'Remind’s SIS sync report is available to administrators with a Remind School Plan or District Plan, and schools that aren’t part of the plan appear in gray. If you don’t see the report, or your school is in gray, an administrator on your school’s or district’s Remind plan can view it.',
    collect: [],
    warnings: [],
    escalationTags: [],
    decision:
      'The article opens with “Available to administrators with a School Plan or District Plan.” and says schools outside the Remind Plan are in gray. A requester who cannot see the report gets the answer cannot_see_report, which ends here.',
  },
  resume_after_reconnect: {
    id: 'resume_after_reconnect',
    kind: 'resolved',
    title: 'Disconnected: check the Remind app and sharing settings in Clever, then resume the sync',
    agentActions: [
      'Check the settings in Clever: make sure the Remind app is installed in Clever.',
      'Make sure the correct data is shared with Remind; sharing data by school(s) is recommended ({{link.link_clever_sharing_settings}}).',
      'Once addressed, click Resume sync on the school’s SIS sync report. Remind will attempt to reconnect with Clever and process the sync.',
    ],
    customerGuidance:
      'Your school’s sync is on hold because Remind can’t reach Clever. In Clever, please make sure the Remind app is installed and that you are sharing the right data with it (we recommend sharing by school). Then click Resume sync on the school’s SIS sync report, and Remind will reconnect and process the sync.',
    collect: [],
    warnings: [],
    escalationTags: [],
  },
  resume_after_reviewing_changes: {
    id: 'resume_after_reviewing_changes',
    kind: 'resolved',
    title: 'Lots of data changes: review them, then resume the sync (asking for help first if they are unexpected)',
    agentActions: [
      'As a policy, Remind holds syncs that will have a large impact on the data: an opportunity to review the changes to make sure they’re expected. This hold type is to be expected when rosters are updated during semester and year end changes.',
      'Download the .CSV files that contain information on the destructive changes encountered by Remind and review them. If the administrator wishes to sync them, resume the sync.',
      `If the changes are unexpected, the administrator should ${SIS_ADMIN_OR_CLEVER} for help before resuming the sync.`,
      'If the administrator addresses inconsistencies in the SIS, sync the updated SIS data to Clever before resuming the sync.',
      'Once the changes are acknowledged, click Resume sync on the school’s SIS sync report. Remind will process the sync immediately.',
    ],
    customerGuidance:
      'Remind paused the sync because it would change a lot of your data, which is normal when rosters change at semester or year end. Please download the .CSV files from the school’s SIS sync report and review the changes. If they are what you expect, click Resume sync and the sync runs right away. If they aren’t, please don’t resume yet: your SIS administrator or Clever Support ({{link.link_clever_support_center}}) can help find where they come from. If you correct anything in your SIS, sync it to Clever before you resume.',
    collect: [],
    warnings: [],
    escalationTags: [],
    roles: ['role_clever_support'],
    decision:
      'The lots-of-data-changes hold is one bullet list for the administrator (review the .CSV; resume if you wish to sync them; if unexpected, ask the SIS Administrator or Clever Support before resuming; sync SIS fixes to Clever first). One outcome carries it in order, so the data_changes answer reaches it directly.',
  },
  extra_contacts_in_data_share: {
    id: 'extra_contacts_in_data_share',
    kind: 'resolved',
    title: 'Emergency/secondary contacts included in the data share: review, filter them out or sync them, then resume',
    agentActions: [
      'All contacts that are shared with Remind receive a provisioned Remind account. Emergency and secondary contacts are users teachers don’t typically contact, so creating accounts for them is not recommended.',
      'Download the .CSV file of the additional contacts and review them. If the administrator wishes to sync them, resume the sync.',
      FILTER_CONTACTS,
      REMOVE_CONTACTS_BEFORE_RESUMING,
      DONT_HOLD_AGAIN,
      RESUME,
    ],
    customerGuidance:
      'The sync is on hold because emergency or secondary contacts are included in the data shared with Remind, and every shared contact gets an account. Download the .CSV file of these contacts from the school’s SIS sync report and review it. If you want them synced, click Resume sync. If not, your SIS administrator or Clever Support ({{link.link_clever_support_center}}) can help filter them out of your data share; once they’re removed, click Resume sync.' + DONT_HOLD_AGAIN_CUSTOMER,
    collect: [],
    warnings: [],
    escalationTags: [],
    roles: ['role_clever_support'],
  },
  students_with_six_plus_contacts: {
    id: 'students_with_six_plus_contacts',
    kind: 'resolved',
    title: 'Students with six or more contacts: review, filter out emergency/secondary contacts or sync them, then resume',
    agentActions: [
      'Students in the school data have six or more contacts associated with them. This could mean that emergency/secondary contacts are being shared with Remind.',
      'Download the .CSV file of these students and review them. If the administrator wishes to sync them, resume the sync.',
      FILTER_CONTACTS,
      REMOVE_CONTACTS_BEFORE_RESUMING,
      DONT_HOLD_AGAIN,
      RESUME,
    ],
    customerGuidance:
      'The sync is on hold because some students have six or more contacts, which often means emergency or secondary contacts are being shared. Download the .CSV file of these students from the school’s SIS sync report and review it. If the contacts are right, click Resume sync. If not, your SIS administrator or Clever Support ({{link.link_clever_support_center}}) can help filter emergency and secondary contacts out of your data share; once they’re removed, click Resume sync.' + DONT_HOLD_AGAIN_CUSTOMER,
    collect: [],
    warnings: [],
    escalationTags: [],
    roles: ['role_clever_support'],
  },
  duplicate_email_addresses: {
    id: 'duplicate_email_addresses',
    kind: 'resolved',
    title: 'Multiple accounts have the same email address: review, correct them in the SIS or sync them, then resume',
    agentActions: [
      'Remind requires that all accounts have unique email addresses; several accounts with similar email addresses were found in the school data.',
      'Download the .CSV file of these accounts and review them. If the administrator wishes to sync them, resume the sync.',
      'Otherwise, correct the duplicate email addresses in the SIS and sync the data with Clever before resuming the sync.',
      DONT_HOLD_AGAIN,
      RESUME,
    ],
    customerGuidance:
      'The sync is on hold because several accounts in your school data share an email address, and each account needs its own. Download the .CSV file of these accounts from the school’s SIS sync report and review it. If you want them synced as they are, click Resume sync. Otherwise, correct the addresses in your SIS, sync your data with Clever, and then click Resume sync.' + DONT_HOLD_AGAIN_CUSTOMER,
    collect: [],
    warnings: [],
    escalationTags: [],
  },
};

export const syncTree: Tree = {
  id: 'sync',
  version: 3,
  title: PROCEDURE_TITLES.sync,
  source: 'What is my SIS sync report? (Remind’s article on the Clever–Remind sync)',
  root: 'sync.status',
  nodes,
  outcomes,
};
