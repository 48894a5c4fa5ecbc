import { validateField } from '../../triage/packet';
import type { Settings } from '../../triage/settings';
import type { OrganizationSnapshot } from '../../triage/snapshot';
import type { CollectField } from '../../triage/tree';

/**
 * What the ticket's organization already says for an outcome's fields, by the fields' ids
 * (src/trees/common.ts): the school is the organization, its district the Parent Account.
 * A value in the wrong shape for its field (a Parent Account ID that is no Salesforce id) is
 * left out: the agent is asked rather than handed a value the write would refuse.
 */
export function fromOrganization(fields: readonly CollectField[], organization: OrganizationSnapshot | null, settings: Settings): Record<string, string> {
  if (!organization) return {};
  const read = (key: string): string => {
    const value = organization.organizationFields[key];
    return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
  };
  const known: Record<string, string> = {
    school_name: organization.name.trim(),
    district_name: read(settings.parent_account_field),
    district_salesforce_id: read(settings.parent_account_id_field),
  };
  return Object.fromEntries(
    fields.flatMap((field) => {
      const value = known[field.id] ?? '';
      return value !== '' && validateField(field, value) === null ? [[field.id, value]] : [];
    }),
  );
}
