import { normalizeTags } from '../zendesk/text';
import { TICKET_STATUSES, type TicketStatus, type TicketUpdate, type ZendeskModel } from '../zendesk/model';
import { zafTicket, zafUser } from './shapes';

/**
 * What the host answers to an app's `get` and `set` (the ZAF data API), computed on the
 * server from the model so the browser host and Node tests agree. Results follow the wire
 * protocol: `{<path>: value, errors: {<path>: {name, message}}}`.
 */

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

function lookup(root: Record<string, unknown>, path: string): Lookup {
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

export function zafGet(model: ZendeskModel, ctx: HostContext, paths: readonly string[]): ZafResult {
  const root = roots(model, ctx);
  const result: ZafResult = { errors: {} };
  for (const path of paths) {
    const found = lookup(root, path);
    if (found.found) result[path] = found.value;
    else result.errors[path] = noHandler(path);
  }
  return result;
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
