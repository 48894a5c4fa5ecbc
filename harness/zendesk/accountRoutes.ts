import type { Organization, ZendeskModel } from './model';

/**
 * The account's set-up as the admins' setup check reads it: organization fields, groups and their memberships, the
 * installation's requirements, and organizations through search. Each answers as the page cited above it documents.
 */

export interface AccountCtx {
  model: ZendeskModel;
  url: URL;
}

export type AccountReply = { status: number; body: unknown };

type Paginate = <T>(items: readonly T[], url: URL) => { page: T[]; next_page: string | null; previous_page: string | null; count: number };

const NOT_FOUND: AccountReply = { status: 404, body: { error: 'RecordNotFound', description: 'Not found' } };

export function accountRoutes(paginate: Paginate): Array<{ method: string; path: RegExp; run: (ctx: AccountCtx, id: number) => AccountReply }> {
  return [
    {
      // List Organization Fields: offset pagination, each field with its key, type, and a dropdown's options
      // (https://developer.zendesk.com/api-reference/ticketing/organizations/organization_fields/#list-organization-fields).
      method: 'GET',
      path: /^\/api\/v2\/organization_fields(?:\.json)?$/,
      run: ({ model, url }) => {
        const { page, ...links } = paginate(model.organizationFields(), url);
        return { status: 200, body: { organization_fields: page.map((f) => ({ ...f, url: `${url.origin}/api/v2/organization_fields/${f.id}.json` })), ...links } };
      },
    },
    {
      // Show Group (https://developer.zendesk.com/api-reference/ticketing/groups/groups/#show-group).
      method: 'GET',
      path: /^\/api\/v2\/groups\/(\d+)(?:\.json)?$/,
      run: ({ model, url }, id) => {
        const g = model.group(id);
        return g ? { status: 200, body: { group: { ...g, url: `${url.origin}/api/v2/groups/${id}.json`, deleted: false } } } : NOT_FOUND;
      },
    },
    {
      // List Memberships of a group: `group_memberships` with `user_id`, offset pagination with `count`
      // (https://developer.zendesk.com/api-reference/ticketing/groups/group_memberships/#list-memberships).
      method: 'GET',
      path: /^\/api\/v2\/groups\/(\d+)\/memberships(?:\.json)?$/,
      run: ({ model, url }, id) => {
        if (!model.group(id)) return NOT_FOUND;
        const members = model.allUsers().filter((u) => u.role !== 'end-user' && u.group_ids.includes(id));
        const { page, ...links } = paginate(members, url);
        return { status: 200, body: { group_memberships: page.map((u) => ({ id: id * 10_000 + u.id, user_id: u.id, group_id: id, default: u.group_ids[0] === id })), ...links } };
      },
    },
    {
      // List Requirements: what Zendesk created at install, `requirement_id` being the created resource's id
      // (https://developer.zendesk.com/api-reference/ticketing/apps/apps/#list-requirements).
      method: 'GET',
      path: /^\/api\/v2\/apps\/installations\/(\d+)\/requirements(?:\.json)?$/,
      run: ({ model }, id) => {
        const requirements = model.installationRequirements(id);
        const stamp = '2026-08-01T09:00:00Z';
        return requirements
          ? { status: 200, body: { requirements: requirements.map((r) => ({ account_id: 1, created_at: stamp, updated_at: stamp, ...r })) } }
          : NOT_FOUND;
      },
    },
  ];
}

/** Search's organization results: `result_type: "organization"`, each with its `organization_fields` (the search page above). */
export function organizationResults(organizations: readonly Organization[], origin: string): Record<string, unknown>[] {
  return organizations.map((o) => ({ ...o, url: `${origin}/api/v2/organizations/${o.id}.json`, result_type: 'organization' }));
}
