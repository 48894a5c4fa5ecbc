import type { Organization, Ticket, ZendeskModel } from '../zendesk/model';

/**
 * The model's records as ZAF hands them to an app (`client.get`), camelCase and nested,
 * which differs from the REST shapes. `ticket.organization` is `{id, name, tags,
 * organizationFields}` with fields keyed by field key (src/triage/snapshot.ts).
 */

export interface ZafOrganization {
  id: number;
  name: string;
  tags: string[];
  organizationFields: Record<string, unknown>;
}

export interface ZafUser {
  id: number;
  name: string;
  email: string | null;
  role: string;
  locale: string;
  groups: { id: number; name: string }[];
}

export interface ZafTicket {
  id: number;
  subject: string;
  /** The first comment's text (developer.zendesk.com/api-reference/apps/apps-support-api/ticket_sidebar/, the ticket object). */
  description: string;
  status: string;
  tags: string[];
  requester: { id: number; name: string; email: string | null; locale: string } | null;
  organization: ZafOrganization | null;
  assignee: { user: { id: number; name: string } | null; group: { id: number; name: string } | null };
  createdAt: string;
  updatedAt: string;
  customFields: { id: number; value: unknown }[];
}

export const zafOrganization = (o: Organization): ZafOrganization => ({
  id: o.id,
  name: o.name,
  tags: o.tags,
  organizationFields: o.organization_fields,
});

export function zafUser(model: ZendeskModel, id: number): ZafUser | null {
  const u = model.user(id);
  if (!u) return null;
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role,
    locale: u.locale,
    groups: u.group_ids.flatMap((g) => model.group(g) ?? []),
  };
}

export function zafTicket(model: ZendeskModel, ticket: Ticket): ZafTicket {
  const requester = model.user(ticket.requester_id);
  const org = ticket.organization_id === null ? undefined : model.organization(ticket.organization_id);
  const assignee = ticket.assignee_id === null ? undefined : model.user(ticket.assignee_id);
  const group = ticket.group_id === null ? undefined : model.group(ticket.group_id);
  return {
    id: ticket.id,
    subject: ticket.subject,
    description: ticket.comments[0]?.body ?? '',
    status: ticket.status,
    tags: ticket.tags,
    // ZAF's user object carries the user's locale (developer.zendesk.com/api-reference/apps/apps-support-api/all_locations/, "User object").
    requester: requester ? { id: requester.id, name: requester.name, email: requester.email, locale: requester.locale } : null,
    organization: org ? zafOrganization(org) : null,
    assignee: { user: assignee ? { id: assignee.id, name: assignee.name } : null, group: group ?? null },
    createdAt: ticket.created_at,
    updatedAt: ticket.updated_at,
    customFields: ticket.custom_fields,
  };
}
