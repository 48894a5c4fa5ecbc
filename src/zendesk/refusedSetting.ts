import type { WritePlan } from '../triage/writePlan';
import { isRecord } from './isRecord';
import type { RestFailure } from './rest';

/**
 * A setting of the app whose value Zendesk refused (a 422 naming it): only an admin can fix it,
 * so the agent is told whom to ask, not to retry.
 */
export type RefusedSetting = { setting: 'group' | 'outcome_field'; id: number };

/**
 * The setting a 422 names: the group the plan assigns (`details.group`, as Zendesk answers an
 * unknown group) or the outcome field, when Zendesk names its id in the details.
 */
export function refusedSetting(failure: RestFailure, plan: WritePlan): RefusedSetting | null {
  if (failure.kind !== 'http' || failure.status !== 422 || !isRecord(failure.body) || !isRecord(failure.body.details)) return null;
  const { details } = failure.body;
  if (plan.groupId !== null && ('group' in details || 'group_id' in details)) return { setting: 'group', id: plan.groupId };
  const field = plan.outcomeField?.id;
  return field !== undefined && new RegExp(`\\b${field}\\b`).test(JSON.stringify(details)) ? { setting: 'outcome_field', id: field } : null;
}
