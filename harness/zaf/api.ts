import { normalizeTags } from '../zendesk/text';
import { TICKET_STATUSES, type TicketStatus, type TicketUpdate, type ZendeskModel } from '../zendesk/model';
import { zafTicket, zafUser } from './shapes';

/**
 * What the host answers to an app's `get` and `set` (the ZAF data API), computed on the
 * server from the model so the browser host and Node tests agree. Results follow the wire
 * protocol: `{<path>: value, errors: {<path>: {name, message}}}`.
 */

/**
 * Where the host gives an organization's custom fields. ZAF documents `customField:<key>` on the
 * organization (developer.zendesk.com/api-reference/apps/apps-support-api/all_locations/); public
 * apps also see `organizationFields` on the object. Which a given account answers is not promised,
 * so the stand-in can give both (its default), either one, or neither (the app then asks REST).
 */
export const ORG_FIELDS_SHAPES = ['both', 'organizationFields', 'customField', 'none'] as const;
export type OrgFieldsShape = (typeof ORG_FIELDS_SHAPES)[number];

export interface HostContext {
  location: 'ticket_sidebar' | 'nav_bar';
  ticketId: number | null;
  currentUserId: number;
}

export interface ZafError {
  name: string;
  message: string;
}

export type ZafResult = Record<string, unknown> & { errors: Record<string, ZafError> };

const noHandler = (path: string): ZafError => ({ name: 'ApiError', message: `Could not find handler for: "${path}"` });

function roots(model: ZendeskModel, ctx: HostContext): Record<string, unknown> {
  const ticket = ctx.location === 'ticket_sidebar' && ctx.ticketId !== null ? model.ticket(ctx.ticketId) : undefined;
  return {
    ...(ticket ? { ticket: zafTicket(model, ticket) } : {}),
    currentUser: zafUser(model, ctx.currentUserId),
    currentAccount: { subdomain: 'example', planName: 'enterprise' },
  };
}

type Lookup = { found: true; value: unknown } | { found: false };

function lookup(root: Record<string, unknown>, path: string, shape: OrgFieldsShape): Lookup {
  // `ticket.organization.customField:<key>` reads an organization field by its key.
  const orgField = /^ticket\.organization\.customField:(.+)$/.exec(path);
  if (orgField) {
    if (shape !== 'both' && shape !== 'customField') return { found: false };
    const org = (root.ticket as { organization?: { organizationFields: Record<string, unknown> } | null } | undefined)?.organization;
    if (org === null) return { found: true, value: null };
    const key = orgField[1] ?? '';
    return org && Object.prototype.hasOwnProperty.call(org.organizationFields, key) ? { found: true, value: org.organizationFields[key] } : { found: false };
  }
  // `ticket.customField:custom_field_<id>` reads a custom field's value.
  const custom = /^ticket\.customField:custom_field_(\d+)$/.exec(path);
  if (custom) {
    const fields = (root.ticket as { customFields?: { id: number; value: unknown }[] } | undefined)?.customFields;
    const field = fields?.find((f) => f.id === Number(custom[1]));
    return field ? { found: true, value: field.value } : { found: false };
  }
  let value: unknown = root;
  for (const segment of path.split('.')) {
    // A valid path through an empty value (a ticket with no organization) reads as null.
    if (value === null) return { found: true, value: null };
    if (typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, segment)) return { found: false };
    value = (value as Record<string, unknown>)[segment];
  }
  return { found: true, value };
}

export function zafGet(model: ZendeskModel, ctx: HostContext, paths: readonly string[], shape: OrgFieldsShape = 'both'): ZafResult {
  const root = roots(model, ctx);
  const result: ZafResult = { errors: {} };
  for (const path of paths) {
    const found = lookup(root, path, shape);
    if (found.found && (path === 'ticket.organization' || path === 'ticket') && !(shape === 'both' || shape === 'organizationFields')) {
      result[path] = withoutObjectFields(found.value);
    } else if (found.found) result[path] = found.value;
    else result.errors[path] = noHandler(path);
  }
  return result;
}

/** A ticket or organization as a host that does not put `organizationFields` on the object gives it. */
function withoutObjectFields(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if ('organizationFields' in record) {
    const { organizationFields: _fields, ...rest } = record;
    return rest;
  }
  return 'organization' in record ? { ...record, organization: withoutObjectFields(record.organization) } : value;
}

/** The ticket form fields an app may `set`, as the update they make. */
function formUpdate(path: string, value: unknown): TicketUpdate | null {
  switch (path) {
    case 'ticket.tags':
      return Array.isArray(value) || typeof value === 'string' ? { tags: normalizeTags(Array.isArray(value) ? value.map(String) : [value]) } : null;
    case 'ticket.status':
      return TICKET_STATUSES.find((s) => s === value) ? { status: value as TicketStatus } : null;
    case 'ticket.subject':
      return typeof value === 'string' ? { subject: value } : null;
    default:
      return null;
  }
}

/**
 * `set` on the ticket form. The stand-in saves form changes at once (as the agent pressing
 * Submit would), so the page and the REST API show them straight away.
 */
export function zafSet(model: ZendeskModel, ctx: HostContext, values: Record<string, unknown>): ZafResult {
  const result: ZafResult = { errors: {} };
  for (const [path, value] of Object.entries(values)) {
    const update = ctx.location === 'ticket_sidebar' ? formUpdate(path, value) : null;
    if (ctx.ticketId === null || update === null) {
      result.errors[path] = noHandler(path);
      continue;
    }
    const written = model.updateTicket(ctx.ticketId, update, ctx.currentUserId);
    if (written.ok) result[path] = value;
    else result.errors[path] = { name: 'ApiError', message: Object.values(written.error.details ?? {}).flat()[0]?.description ?? written.error.description };
  }
  return result;
}
