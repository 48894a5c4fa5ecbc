import * as z from 'zod/mini';
import { visible } from '../triage/oneLine';
import type { OrganizationSnapshot, TicketSnapshot, UserSnapshot } from '../triage/snapshot';
import { isRecord } from './isRecord';
import type { ZafClient, ZafGetResult } from './zaf';

/**
 * Reads everything classification and the trees need in ONE batched `client.get`, and
 * turns it into a `TicketSnapshot`. Zendesk data is an admin's data: any value may be
 * missing or of another type. Nothing here throws: what cannot be read is replaced by
 * an empty value and reported as a `SnapshotProblem`, so the sidebar can say what it
 * could not read and carry on with the rest.
 */

export interface SnapshotProblem {
  /** The ZAF path (with a sub-field where it helps): `ticket.organization.tags`. */
  path: string;
  message: string;
}

export interface SnapshotRead {
  snapshot: TicketSnapshot;
  problems: SnapshotProblem[];
}

export const SNAPSHOT_PATHS = [
  'ticket.id',
  'ticket.status',
  'ticket.tags',
  'ticket.requester',
  'ticket.organization',
  'currentUser',
  'ticket.assignee',
  'ticket.subject',
  'ticket.description',
] as const;
type SnapshotPath = (typeof SNAPSHOT_PATHS)[number];

const EMPTY: TicketSnapshot = {
  ticketId: null,
  status: '',
  tags: [],
  requester: null,
  organization: null,
  currentUser: null,
  assignee: { userId: null, groupId: null },
};

/**
 * ZAF documents an organization's custom fields as `ticket.organization.customField:<key>`
 * (developer.zendesk.com/api-reference/apps/apps-support-api/all_locations/, the organization
 * object); public apps also see `organizationFields` on the object. Which one a host answers is
 * left open, so the same get asks both ways.
 */
const ORG = 'ticket.organization';
export const orgFieldPath = (key: string): string => `${ORG}.customField:${key}`;

/**
 * What the customer wrote: ZAF's ticket object has `subject`, `description` (the first comment) and
 * `customField:custom_field_<id>` (developer.zendesk.com/api-reference/apps/apps-support-api/ticket_sidebar/).
 */
const textFieldPath = (id: number): string => `ticket.customField:custom_field_${id}`;

/**
 * `fieldKeys`: the organization fields to read (the settings' three keys); none outside a ticket.
 * `textFieldIds`: the ticket fields whose text is read with the subject and description.
 */
export async function readSnapshot(client: ZafClient, fieldKeys: readonly string[] = [], textFieldIds: readonly number[] = []): Promise<SnapshotRead> {
  let result: ZafGetResult;
  try {
    result = await client.get([...SNAPSHOT_PATHS, ...textFieldIds.map(textFieldPath), ...fieldKeys.map(orgFieldPath)]);
  } catch (error) {
    return { snapshot: EMPTY, problems: [{ path: 'ticket', message: `Zendesk did not answer: ${describe(error)}` }] };
  }
  const read = parseSnapshot(result, fieldKeys, textFieldIds);
  const org = read.snapshot.organization;
  // Neither shape answered: the REST organization is certain, at one request, and only then (its own chunk).
  if (org?.id != null && fieldKeys.length > 0 && !fieldsAnswered(result, fieldKeys)) {
    const fields = await import(/* webpackChunkName: "org-fields" */ './organizationFields').then(
      (m) => m.readOrganizationFields(client, org.id as number),
      () => ({ ok: false as const, message: "The organization's fields could not be read: the connection may have dropped." }),
    );
    if (fields.ok) org.organizationFields = fields.fields;
    else read.problems.push({ path: `${ORG}.organizationFields`, message: fields.message });
  }
  return read;
}

function fieldsAnswered(result: ZafGetResult, keys: readonly string[]): boolean {
  const org = result[ORG];
  const onObject = isRecord(org) && (org.organizationFields ?? org.organization_fields) != null;
  return onObject || Object.keys(customFields(result, isRecord(result.errors) ? result.errors : {}, keys)).length > 0;
}

/** Pure: the part of `readSnapshot` after the answer arrived (also used by the harness and tests). */
export function parseSnapshot(result: unknown, fieldKeys: readonly string[] = [], textFieldIds: readonly number[] = []): SnapshotRead {
  const problems: SnapshotProblem[] = [];
  const values = isRecord(result) ? result : {};
  const errors = isRecord(values.errors) ? values.errors : {};

  const read = (path: SnapshotPath): unknown => {
    if (path in errors) {
      problems.push({ path, message: `Zendesk could not read it: ${describe(errors[path])}` });
      return undefined;
    }
    return values[path];
  };

  const snapshot: TicketSnapshot = {
    ticketId: readTicketId(read('ticket.id'), problems),
    status: readStatus(read('ticket.status'), problems),
    tags: readTags('ticket.tags', read('ticket.tags'), problems),
    requester: readRequester(read('ticket.requester'), problems),
    organization: readOrganization(read('ticket.organization'), problems, customFields(values, errors, fieldKeys)),
    currentUser: readUser(read('currentUser'), problems),
    assignee: readAssignee(read('ticket.assignee')),
    // Only help for the agent: a text Zendesk does not give is no text, not a problem to report.
    text: {
      subject: textOf(values['ticket.subject']),
      description: textOf(values['ticket.description']),
      fields: textFieldIds.map((id) => ({ id, value: textOf(values[textFieldPath(id)]) })).filter((f) => f.value !== ''),
    },
  };
  // A path Zendesk reported an error for is then also "missing": say it once, with Zendesk's reason.
  const onePerPath = problems.filter((p, i) => problems.findIndex((q) => q.path === p.path) === i);
  return { snapshot, problems: onePerPath };
}

type Problems = SnapshotProblem[];

const id = z.int().check(z.positive());
const numericId = z.union([id, z.pipe(z.pipe(z.string().check(z.regex(/^\d+$/)), z.transform(Number)), id)]);

function readTicketId(value: unknown, problems: Problems): number | null {
  // A new ticket has no id yet: that is a state, not a problem.
  if (value === undefined || value === null) return null;
  const parsed = numericId.safeParse(value);
  if (parsed.success) return parsed.data;
  problems.push({ path: 'ticket.id', message: `expected a ticket id, got ${typeName(value)}` });
  return null;
}

/** '' when it cannot be read. the writer reads the status again over REST before it writes, so no write relies on this. */
function readStatus(value: unknown, problems: Problems): string {
  if (typeof value === 'string' && value.trim() !== '') return value.trim().toLowerCase();
  problems.push({ path: 'ticket.status', message: `expected the ticket status, got ${typeName(value)}` });
  return '';
}

/** Keeps the string tags; reports a list that is not one, and entries that are not text. */
function readTags(path: string, value: unknown, problems: Problems): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.push({ path, message: `expected a list of tags, got ${typeName(value)}` });
    return [];
  }
  const tags = value.filter((t): t is string => typeof t === 'string');
  if (tags.length !== value.length) {
    problems.push({ path, message: `left out ${value.length - tags.length} of ${value.length} tags: not text` });
  }
  return tags;
}

/**
 * ZAF's user object (`ticket.requester`) carries the user's `locale`
 * (developer.zendesk.com/api-reference/apps/apps-support-api/all_locations/, "User object"): the
 * language the customer text is offered in, read in the same get, at no extra call.
 */
const requesterSchema = z.object({
  id: numericId,
  name: z.catch(z.string(), ''),
  email: z.catch(z.nullish(z.string()), null),
  locale: z.catch(z.nullish(z.string()), null),
});

function readRequester(value: unknown, problems: Problems): TicketSnapshot['requester'] {
  if (value === undefined || value === null) return null;
  const parsed = requesterSchema.safeParse(value);
  if (!parsed.success) {
    problems.push({ path: 'ticket.requester', message: `expected the requester with an id, got ${typeName(value)}` });
    return null;
  }
  return { id: parsed.data.id, name: parsed.data.name, email: parsed.data.email ?? null, locale: parsed.data.locale || null };
}

/** The `customField:` paths that answered (an error there only means the host uses the other shape). */
function customFields(values: Record<string, unknown>, errors: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.flatMap((key) => (orgFieldPath(key) in errors || values[orgFieldPath(key)] === undefined ? [] : [[key, values[orgFieldPath(key)]]])));
}

/**
 * The organization's custom fields stay `unknown`: classify() reads them and says what
 * an odd value means. Only the frame around them (an object of fields, a list of tags)
 * is checked here.
 */
function readOrganization(value: unknown, problems: Problems, custom: Record<string, unknown>): OrganizationSnapshot | null {
  // No organization on the ticket is a state classify() names (`no-organization`).
  if (value === undefined || value === null) return null;
  const path = ORG;
  if (!isRecord(value)) {
    problems.push({ path, message: `expected an organization, got ${typeName(value)}` });
    return null;
  }
  const orgId = value.id === undefined || value.id === null ? null : numericId.safeParse(value.id);
  if (orgId && !orgId.success) problems.push({ path: `${path}.id`, message: `expected an id, got ${typeName(value.id)}` });

  let name = '';
  if (typeof value.name === 'string') name = visible(value.name);
  else problems.push({ path: `${path}.name`, message: `expected a name, got ${typeName(value.name)}` });

  // ZAF names it organizationFields; accept the REST spelling too, in case a host sends that.
  const rawFields = value.organizationFields ?? value.organization_fields;
  let organizationFields: Record<string, unknown> = {};
  if (isRecord(rawFields)) organizationFields = Object.fromEntries(Object.entries(rawFields).map(([key, v]) => [key, seen(v)]));
  else if (rawFields !== undefined && rawFields !== null) {
    problems.push({ path: `${path}.organizationFields`, message: `expected the organization's fields, got ${typeName(rawFields)}` });
  }

  return {
    id: orgId?.success ? orgId.data : null,
    name,
    tags: readTags(`${path}.tags`, value.tags, problems),
    // A key both shapes answer takes the documented accessor's value.
    organizationFields: { ...organizationFields, ...custom },
  };
}

/** An unassigned ticket, or one ZAF did not say, is a state: an unreadable id counts as none. */
function readAssignee(value: unknown): TicketSnapshot['assignee'] {
  const idOf = (part: unknown) => (isRecord(part) ? (numericId.safeParse(part.id).data ?? null) : null);
  return isRecord(value) ? { userId: idOf(value.user), groupId: idOf(value.group) } : { userId: null, groupId: null };
}

const groupSchema = z.object({ id: numericId, name: z.catch(z.string(), '') });

const userSchema = z.object({
  id: numericId,
  name: z.catch(z.string(), ''),
  role: z.catch(z.string(), ''),
  locale: z.catch(z.string(), ''),
  groups: z.unknown(),
});

function readUser(value: unknown, problems: Problems): UserSnapshot | null {
  const path = 'currentUser';
  const parsed = userSchema.safeParse(value);
  if (!parsed.success) {
    problems.push({ path, message: `expected the signed-in agent with an id, got ${typeName(value)}` });
    return null;
  }
  const { groups: rawGroups, ...user } = parsed.data;
  for (const key of ['role', 'locale'] as const) {
    if (user[key] === '') problems.push({ path: `${path}.${key}`, message: `expected the agent's ${key}, got ${typeName(isRecord(value) ? value[key] : undefined)}` });
  }
  let groups: UserSnapshot['groups'] = [];
  if (Array.isArray(rawGroups)) {
    groups = rawGroups.flatMap((g) => {
      const group = groupSchema.safeParse(g);
      return group.success ? [group.data] : [];
    });
    if (groups.length !== rawGroups.length) {
      problems.push({ path: `${path}.groups`, message: `left out ${rawGroups.length - groups.length} of ${rawGroups.length} groups: no id` });
    }
  } else if (rawGroups !== undefined && rawGroups !== null) {
    problems.push({ path: `${path}.groups`, message: `expected a list of groups, got ${typeName(rawGroups)}` });
  }
  return { ...user, groups };
}

const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A field's value without the characters that change how text reads unseen (bidi controls, zero-width), in lists too. */
function seen(value: unknown): unknown {
  if (typeof value === 'string') return visible(value);
  return Array.isArray(value) ? value.map(seen) : value;
}

/** A short name of what a value is, for messages (never the value: it may be long or hostile). */
function typeName(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return value.trim() === '' ? 'an empty text' : 'a text';
  return `a ${typeof value}`;
}

function describe(error: unknown): string {
  if (typeof error === 'string') return error;
  if (isRecord(error) && typeof error.message === 'string') return error.message;
  return 'no reason given';
}
