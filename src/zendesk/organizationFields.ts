import { isRecord } from './isRecord';
import { readFailureMessage, rest } from './rest';
import type { ZafClient } from './zaf';

/**
 * The organization's custom fields over REST, when neither ZAF shape gave them:
 * `GET /api/v2/organizations/{id}.json` answers `organization_fields` keyed by field key
 * (developer.zendesk.com/api-reference/ticketing/organizations/organizations/#show-organization).
 */
export async function readOrganizationFields(
  client: ZafClient,
  orgId: number,
): Promise<{ ok: true; fields: Record<string, unknown> } | { ok: false; message: string }> {
  const answer = await rest(client, { method: 'GET', url: `/api/v2/organizations/${orgId}.json` });
  if (!answer.ok) return { ok: false, message: `Zendesk did not give the organization's fields: ${readFailureMessage(answer.failure)}` };
  const org = isRecord(answer.body) ? answer.body.organization : undefined;
  const fields = isRecord(org) ? org.organization_fields : undefined;
  return isRecord(fields) ? { ok: true, fields: { ...fields } } : { ok: false, message: "Zendesk answered with the organization in a shape the app cannot read." };
}
