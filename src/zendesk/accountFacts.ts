import * as z from 'zod/mini';
import type { AccountFacts, GroupFact, OrgFieldFact, Read, TicketFieldFact } from '../triage/setupCheck';
import { outcomeFieldId } from '../triage/setupCheck';
import type { Settings } from '../triage/settings';
import { rest } from './rest';
import type { ZafClient } from './zaf';

/**
 * What the setup check needs from the account, read when an admin opens it, never on a ticket's open. At most
 * 8 requests: the organization fields (up to 3 pages of 100), the installation's requirements, the two groups,
 * Tier 2's memberships (one page: only whether there is one), the outcome field, and one search page of
 * organizations for their LMS values.
 */
export const MAX_FIELD_PAGES = 3;
export const LMS_SAMPLE_SIZE = 100;

const failed = { ok: false } as const;
const got = <T>(value: T): Read<T> => ({ ok: true, value });

async function getJson<T>(client: ZafClient, url: string, schema: z.ZodMiniType<T>): Promise<Read<T> | 'missing'> {
  const answer = await rest(client, { method: 'GET', url });
  if (!answer.ok) return answer.failure.kind === 'http' && answer.failure.status === 404 ? 'missing' : failed;
  const parsed = schema.safeParse(answer.body);
  return parsed.success ? got(parsed.data) : failed;
}

const orgFieldsPage = z.object({
  organization_fields: z.array(
    z.object({
      key: z.string(),
      title: z.catch(z.string(), ''),
      type: z.string(),
      active: z.catch(z.boolean(), true),
      custom_field_options: z.catch(z.array(z.object({ name: z.string(), value: z.string() })), []),
    }),
  ),
  next_page: z.catch(z.nullable(z.string()), null),
});

/** List Organization Fields (https://developer.zendesk.com/api-reference/ticketing/organizations/organization_fields/#list-organization-fields). */
async function organizationFields(client: ZafClient): Promise<Read<OrgFieldFact[]>> {
  const all: OrgFieldFact[] = [];
  let url: string | null = '/api/v2/organization_fields.json?per_page=100';
  for (let page = 0; url !== null && page < MAX_FIELD_PAGES; page++) {
    const read: Read<z.infer<typeof orgFieldsPage>> | 'missing' = await getJson(client, url, orgFieldsPage);
    if (read === 'missing' || !read.ok) return failed;
    all.push(...read.value.organization_fields.map(({ custom_field_options, ...f }) => ({ ...f, options: custom_field_options })));
    url = read.value.next_page;
  }
  return got(all);
}

const requirementsList = z.object({ requirements: z.array(z.object({ identifier: z.string(), requirement_id: z.number() })) });

const installed = new WeakMap<ZafClient, Promise<Read<Record<string, number>>>>();

/**
 * What Zendesk created at install, by requirement identifier: List Requirements,
 * `GET /api/v2/apps/installations/{app_installation_id}/requirements` (https://developer.zendesk.com/api-reference/ticketing/apps/apps/#list-requirements).
 * Read once per sidebar: the outcome write asks for it too.
 */
export function installedRequirements(client: ZafClient, installationId: number | null): Promise<Read<Record<string, number>>> {
  if (installationId === null) return Promise.resolve(failed);
  const known = installed.get(client);
  if (known) return known;
  const read = getJson(client, `/api/v2/apps/installations/${installationId}/requirements.json`, requirementsList).then((r) =>
    r === 'missing' || !r.ok ? failed : got(Object.fromEntries(r.value.requirements.map((q) => [q.identifier, q.requirement_id]))),
  );
  installed.set(client, read);
  void read.then((r) => !r.ok && installed.delete(client));
  return read;
}

const groupShow = z.object({ group: z.object({ name: z.string() }) });
const memberships = z.object({ group_memberships: z.array(z.object({ user_id: z.number() })), count: z.optional(z.number()) });

/** Show Group and List Memberships (https://developer.zendesk.com/api-reference/ticketing/groups/groups/, …/group_memberships/). */
async function group(client: ZafClient, id: number, countMembers: boolean): Promise<Read<GroupFact | null>> {
  const shown = await getJson(client, `/api/v2/groups/${id}.json`, groupShow);
  if (shown === 'missing') return got(null);
  if (!shown.ok) return failed;
  if (!countMembers) return got({ name: shown.value.group.name, members: null });
  const members = await getJson(client, `/api/v2/groups/${id}/memberships.json?per_page=1`, memberships);
  if (members === 'missing' || !members.ok) return failed;
  return got({ name: shown.value.group.name, members: members.value.count ?? members.value.group_memberships.length });
}

const fieldShow = z.object({ ticket_field: z.object({ type: z.string(), active: z.catch(z.boolean(), true) }) });

async function ticketField(client: ZafClient, id: number | undefined): Promise<Read<TicketFieldFact | null> | null> {
  if (id === undefined) return null;
  const read = await getJson(client, `/api/v2/ticket_fields/${id}.json`, fieldShow);
  if (read === 'missing') return got(null);
  return read.ok ? got(read.value.ticket_field) : failed;
}

const orgSearch = z.object({ results: z.array(z.object({ organization_fields: z.catch(z.record(z.string(), z.unknown()), {}) })) });

/** A sample of organizations, newest changes first: `type:organization` (https://developer.zendesk.com/api-reference/ticketing/ticket-management/search/). */
async function lmsSample(client: ZafClient, lmsField: string): Promise<Read<string[]>> {
  const query = encodeURIComponent('type:organization');
  const read = await getJson(client, `/api/v2/search.json?query=${query}&sort_by=updated_at&sort_order=desc&per_page=${LMS_SAMPLE_SIZE}`, orgSearch);
  if (read === 'missing' || !read.ok) return failed;
  const values = read.value.results.map((o) => o.organization_fields[lmsField]).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  return got(values);
}

export async function readAccountFacts(client: ZafClient, settings: Settings, installationId: number | null, domainWhitelist: readonly string[]): Promise<AccountFacts> {
  const [organizationFieldsRead, requirements, sample] = await Promise.all([
    organizationFields(client),
    installedRequirements(client, installationId),
    lmsSample(client, settings.lms_field),
  ]);
  // Tier 1 and Tier 2 may name one group; only Tier 2 must have members.
  const ids = [...new Set([settings.tier1_group_id, settings.tier2_group_id].filter((id): id is number => id !== undefined))];
  const reads = await Promise.all(ids.map((id) => group(client, id, id === settings.tier2_group_id)));
  const groups: AccountFacts['groups'] = Object.fromEntries(ids.map((id, i) => [id, reads[i] ?? failed]));
  const outcomeField = await ticketField(client, outcomeFieldId(settings, requirements));
  return { organizationFields: organizationFieldsRead, groups, outcomeField, requirements, lmsSample: sample, domainWhitelist };
}
