import { tag } from './planWrite';

/**
 * What Zendesk creates in the account when an admin installs the app (requirements.json, written by
 * `npm run manifest` from this module): the two shared views Tier 2 works from and the ticket field that holds the
 * outcome id. The identifiers are how the app finds the created resources again through the installation's
 * requirements (`GET /api/v2/apps/installations/{id}/requirements`), so they are a contract: renaming one makes an
 * installed account's resource unknown to the app.
 */
export const REQUIREMENT = {
  escalatedView: 'clever_escalated_tier2_view',
  returnedView: 'clever_tier2_returned_view',
  outcomeField: 'clever_outcome_field',
} as const;
export type RequirementName = keyof typeof REQUIREMENT;

/** The tickets a view shows: open (not yet solved) and carrying one tag, oldest first. */
function taggedView(title: string, tagName: string) {
  return {
    title,
    all: [
      { field: 'status', operator: 'less_than', value: 'solved' },
      { field: 'current_tags', operator: 'includes', value: tagName },
    ],
    output: { columns: ['nice_id', 'description', 'organization', 'group', 'assignee', 'created', 'updated'], sort_by: 'created', sort_order: 'asc' },
  };
}

/**
 * requirements.json for a tag prefix. Zendesk creates the views once, at install, with the tags as they are then:
 * they follow the prefix the package was built with (the default), not a prefix changed later in the settings.
 */
export function requirementsFor(prefix: string) {
  return {
    views: {
      [REQUIREMENT.escalatedView]: taggedView('Clever: escalated to Tier 2', tag(prefix, 'escalated_tier2')),
      [REQUIREMENT.returnedView]: taggedView('Clever: returned to Tier 1', tag(prefix, 'tier2_returned')),
    },
    ticket_fields: {
      [REQUIREMENT.outcomeField]: {
        type: 'text',
        title: 'Clever triage outcome',
        description: 'The outcome id of the last Clever triage walk, written by the Clever Triage app.',
        active: true,
        visible_in_portal: false,
        editable_in_portal: false,
      },
    },
  };
}
