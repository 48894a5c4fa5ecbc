import { FaultQueue, RequestLog } from './faults';
import { cutToBytes, htmlFromPlain, normalizeTags, plainBody, plainFromHtml } from './text';

/**
 * One in-memory Zendesk account: the REST API's data and the semantics of it that the app
 * depends on, as Zendesk documents them. Used by the msw handlers in jest,
 * by the stand-in server (`npm start`) and by the browser tests, through `router.ts`.
 */

export const TICKET_STATUSES = ['new', 'open', 'pending', 'hold', 'solved', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** A ticket's type (developer.zendesk.com/api-reference/ticketing/tickets/tickets/, `type`): an incident may name its problem. */
export const TICKET_TYPES = ['problem', 'incident', 'question', 'task'] as const;
export type TicketType = (typeof TICKET_TYPES)[number];

export type CustomFieldValue = { id: number; value: string | number | boolean | null };

export interface Comment {
  id: number;
  type: 'Comment';
  author_id: number;
  body: string;
  html_body: string;
  plain_body: string;
  public: boolean;
  created_at: string;
}

export interface Ticket {
  id: number;
  subject: string;
  status: TicketStatus;
  tags: string[];
  comments: Comment[];
  created_at: string;
  updated_at: string;
  group_id: number | null;
  assignee_id: number | null;
  organization_id: number | null;
  requester_id: number;
  custom_fields: CustomFieldValue[];
  type: TicketType | null;
  /** For an incident, the problem ticket it is linked to. */
  problem_id: number | null;
}

export interface Organization {
  id: number;
  name: string;
  tags: string[];
  /** Custom fields keyed by the field key an admin chose. */
  organization_fields: Record<string, unknown>;
}

export type UserRole = 'end-user' | 'agent' | 'admin';

export interface User {
  id: number;
  name: string;
  email: string | null;
  role: UserRole;
  locale: string;
  organization_id: number | null;
  /** Group memberships (Zendesk keeps them apart from the user; one list is enough here). */
  group_ids: number[];
}

export interface Group {
  id: number;
  name: string;
}

/**
 * A ticket field as Get Ticket Field answers it (https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_fields/):
 * a dropdown (`tagger`) lists its options, whose `value` is the tag the ticket stores.
 */
export interface TicketField {
  id: number;
  type: string;
  title: string;
  active: boolean;
  custom_field_options: { name: string; value: string }[];
}

/**
 * An organization field as List Organization Fields answers it
 * (https://developer.zendesk.com/api-reference/ticketing/organizations/organization_fields/): `key` is what an
 * organization's `organization_fields` is keyed by; a `dropdown` stores its option's `value`.
 */
export interface OrganizationFieldDef {
  id: number;
  key: string;
  type: string;
  title: string;
  active: boolean;
  custom_field_options: { name: string; value: string }[];
}

/**
 * What Zendesk created when the app was installed, as List Requirements answers it
 * (https://developer.zendesk.com/api-reference/ticketing/apps/apps/#list-requirements).
 */
export interface InstalledRequirement {
  identifier: string;
  requirement_id: number;
  requirement_type: string;
}

export interface Installation {
  id: number;
  requirements: InstalledRequirement[];
}

export interface SeedComment {
  author_id: number;
  body: string;
  public: boolean;
  created_at?: string | undefined;
}

export interface SeedTicket {
  id: number;
  /** What the stand-in's ticket picker calls this fixture ("Clever SSO district"). Not Zendesk data. */
  label?: string | undefined;
  /** Where the agent left the reply box (public reply unless said). The stand-in's page state, not Zendesk data. */
  composer?: 'publicReply' | 'internalNote' | undefined;
  subject: string;
  status: TicketStatus;
  tags: string[];
  comments: SeedComment[];
  group_id?: number | null | undefined;
  assignee_id?: number | null | undefined;
  organization_id: number | null;
  requester_id: number;
  custom_fields?: CustomFieldValue[] | undefined;
  type?: TicketType | null | undefined;
  problem_id?: number | null | undefined;
  /**
   * Created this many days before the model's clock (stand-in data): keeps the dated fixtures
   * (Insights, hot spots) inside their 7, 30 or 90 days whenever the stand-in runs.
   */
  age_days?: number | undefined;
}

export interface Seed {
  groups: Group[];
  users: User[];
  organizations: Organization[];
  tickets: SeedTicket[];
  /** Custom ticket fields; a value sent for another id is ignored, as Zendesk may. */
  ticket_fields?: TicketField[];
  /** The account's organization fields (their definitions; the values live on the organizations). */
  organization_fields?: OrganizationFieldDef[];
  /** The app's installation and what Zendesk created for it. */
  installation?: Installation;
}

/** The body of the Update Ticket call, as far as the model understands it. */
export interface TicketUpdate {
  comment?: { body?: string | undefined; html_body?: string | undefined; public?: boolean | undefined; author_id?: number | undefined } | undefined;
  tags?: string[] | string | undefined;
  status?: TicketStatus | undefined;
  subject?: string | undefined;
  group_id?: number | null | undefined;
  assignee_id?: number | null | undefined;
  organization_id?: number | null | undefined;
  requester_id?: number | undefined;
  custom_fields?: CustomFieldValue[] | undefined;
  type?: TicketType | null | undefined;
  problem_id?: number | null | undefined;
  safe_update?: boolean | undefined;
  updated_stamp?: string | undefined;
}

/** A time as Zendesk stamps it: ISO 8601 in whole seconds, without fractions. */
const wholeSeconds = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Zendesk's error bodies: `{error, description, details?}`. */
export interface ZendeskError {
  error: string;
  description: string;
  details?: Record<string, { description: string; error?: string }[]>;
}

export interface Audit {
  id: number;
  ticket_id: number;
  author_id: number;
  created_at: string;
  events: AuditEvent[];
}

export type AuditEvent =
  | { id: number; type: 'Comment'; body: string; public: boolean; author_id: number }
  | { id: number; type: 'Change'; field_name: string; value: unknown; previous_value: unknown };

export type WriteResult =
  | { ok: true; ticket: Ticket; audit: Audit }
  | { ok: false; status: 404 | 409 | 422; error: ZendeskError };

export type ModelChange = { kind: 'ticket'; id: number } | { kind: 'reset' };

/** The fields an update sets as given, each one a change in the audit. */
const PLAIN_FIELDS = ['status', 'subject', 'group_id', 'assignee_id', 'requester_id', 'type', 'problem_id'] as const;
type PlainField = (typeof PLAIN_FIELDS)[number];

/** Zendesk refuses a comment once a ticket holds this many. */
export const MAX_COMMENTS = 5000;

export const ERRORS = {
  notFound: (): ZendeskError => ({ error: 'RecordNotFound', description: 'Not found' }),
  conflict: (): ZendeskError => ({
    error: 'UpdateConflict',
    description: 'Safe Update prevented the update due to outdated ticket data. Please fetch the latest ticket data and try again.',
  }),
  /**
   * Zendesk's answer to a ticket whose assignee is not a member of its group: "A ticket can never
   * be assigned to an agent without also being assigned to a group"
   * (https://developer.zendesk.com/api-reference/ticketing/groups/groups/).
   */
  notGroupMember: (): ZendeskError => ({
    error: 'RecordInvalid',
    description: 'Record validation errors',
    details: { assignee: [{ description: 'Assignee: is not a member of the group' }] },
  }),
  invalid: (field: string, description: string): ZendeskError => ({
    error: 'RecordInvalid',
    description: 'Record validation errors',
    details: { [field]: [{ description, error: 'InvalidValue' }] },
  }),
};

const clone = <T>(value: T): T => structuredClone(value);

/** How many saved versions of a ticket search's index can go back through. */
const MAX_VERSIONS = 100;

export interface ModelOptions {
  /** Wall clock in ms; tests may pin it. */
  now?: () => number;
  /** How long a change takes to reach search (`searchDelayMs`); 0 unless a test or the demo sets it. */
  searchDelayMs?: number;
}

export class ZendeskModel {
  readonly faults = new FaultQueue();
  readonly log = new RequestLog();

  private tickets = new Map<number, Ticket>();
  private organizations = new Map<number, Organization>();
  private users = new Map<number, User>();
  private groups = new Map<number, Group>();
  private fields = new Map<number, TicketField>();
  private orgFields: OrganizationFieldDef[] = [];
  private installed: Installation | null = null;
  private labels = new Map<number, string>();
  private composers = new Map<number, 'publicReply' | 'internalNote'>();
  private listeners = new Set<(change: ModelChange) => void>();
  private nextId = 900_001;
  private readonly now: () => number;
  /** Each ticket's saved versions, oldest first, kept as long as search may still see them. */
  private versions = new Map<number, { at: number; ticket: Ticket }[]>();
  /**
   * Search is not real time: "It can take up to a few minutes for new tickets, users, and other
   * resources to be indexed for search" (developer.zendesk.com/api-reference/ticketing/ticket-management/search/).
   * A ticket saved less than this long ago is found, and answered, as it was before.
   */
  searchDelayMs: number;

  constructor(private seed: Seed, options: ModelOptions = {}) {
    this.now = options.now ?? Date.now;
    this.searchDelayMs = options.searchDelayMs ?? 0;
    this.load(seed);
  }

  /** Back to the seed (or a new one): data, faults and log. */
  reset(seed: Seed = this.seed): void {
    this.seed = seed;
    this.faults.clear();
    this.log.clear();
    this.load(seed);
    this.emit({ kind: 'reset' });
  }

  subscribe(listener: (change: ModelChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  ticket(id: number): Ticket | undefined {
    const t = this.tickets.get(id);
    return t && clone(t);
  }

  allTickets(): Ticket[] {
    return [...this.tickets.values()].map(clone);
  }

  /** The tickets as search's index has them: the versions saved at least `searchDelayMs` ago. */
  indexedTickets(): Ticket[] {
    const cutoff = this.now() - this.searchDelayMs;
    return [...this.versions.values()].flatMap((list) => {
      const seen = list.filter((v) => v.at <= cutoff).at(-1);
      return seen ? [clone(seen.ticket)] : [];
    });
  }

  private save(ticket: Ticket, at: number): void {
    this.tickets.set(ticket.id, ticket);
    // The newest versions, whatever the delay is set to later: a stand-in ticket sees tens of saves, not thousands.
    this.versions.set(ticket.id, [...(this.versions.get(ticket.id) ?? []), { at, ticket: clone(ticket) }].slice(-MAX_VERSIONS));
  }

  /** Where the reply box of a fixture ticket starts. */
  composer(ticketId: number): 'publicReply' | 'internalNote' {
    return this.composers.get(ticketId) ?? 'publicReply';
  }

  /** The picker label of a fixture ticket, if the seed gave one. */
  label(ticketId: number): string | undefined {
    return this.labels.get(ticketId);
  }

  organization(id: number): Organization | undefined {
    const o = this.organizations.get(id);
    return o && clone(o);
  }

  allOrganizations(): Organization[] {
    return [...this.organizations.values()].map(clone);
  }

  user(id: number): User | undefined {
    const u = this.users.get(id);
    return u && clone(u);
  }

  allUsers(): User[] {
    return [...this.users.values()].map(clone);
  }

  group(id: number): Group | undefined {
    const g = this.groups.get(id);
    return g && clone(g);
  }

  ticketField(id: number): TicketField | undefined {
    const f = this.fields.get(id);
    return f && clone(f);
  }

  organizationFields(): OrganizationFieldDef[] {
    return this.orgFields.map(clone);
  }

  /** The installation's created resources, or undefined for another installation id. */
  installationRequirements(installationId: number): InstalledRequirement[] | undefined {
    return this.installed?.id === installationId ? this.installed.requirements.map(clone) : undefined;
  }

  allGroups(): Group[] {
    return [...this.groups.values()].map(clone);
  }

  /** Update Ticket (`PUT /api/v2/tickets/{id}.json`) with Zendesk's semantics. */
  updateTicket(id: number, update: TicketUpdate, actorId: number): WriteResult {
    return this.update(id, update, actorId, false);
  }

  /** `later`: stamped at least a second after the ticket's last update (see otherAgentEdit). */
  private update(id: number, update: TicketUpdate, actorId: number, later: boolean): WriteResult {
    const current = this.tickets.get(id);
    if (!current) return { ok: false, status: 404, error: ERRORS.notFound() };
    if (current.status === 'closed') return { ok: false, status: 422, error: ERRORS.invalid('status', 'Status: closed prevents ticket update') };

    if (update.safe_update === true) {
      if (update.updated_stamp === undefined) {
        // Zendesk's answer to this is unconfirmed; refusing it loudly catches the bug in our client.
        return { ok: false, status: 422, error: ERRORS.invalid('updated_stamp', 'updated_stamp is required with safe_update') };
      }
      const stamp = Date.parse(update.updated_stamp);
      if (Number.isNaN(stamp)) return { ok: false, status: 422, error: ERRORS.invalid('updated_stamp', 'updated_stamp is not a date') };
      if (stamp !== Date.parse(current.updated_at)) return { ok: false, status: 409, error: ERRORS.conflict() };
    }

    const problem = this.validate(current, update);
    if (problem) return { ok: false, status: 422, error: problem };

    const next = clone(current);
    // A ticket's stamp never goes back.
    const at = this.stamp(0, Date.parse(current.updated_at) + (later ? 1000 : 0));
    const events: AuditEvent[] = [];
    const change = (field_name: string, value: unknown, previous_value: unknown): void => {
      events.push({ id: this.nextId++, type: 'Change', field_name, value, previous_value });
    };

    if (update.comment) {
      const comment = this.makeComment(next, update.comment, actorId, at);
      next.comments.push(comment);
      events.push({ id: comment.id, type: 'Comment', body: comment.body, public: comment.public, author_id: comment.author_id });
    }
    if (update.tags !== undefined) {
      const tags = normalizeTags(typeof update.tags === 'string' ? [update.tags] : update.tags);
      change('tags', tags, next.tags);
      next.tags = tags;
    }
    const set = <K extends PlainField>(field: K, value: Ticket[K] | undefined): void => {
      if (value === undefined) return;
      change(field, value, next[field]);
      next[field] = value;
    };
    for (const field of PLAIN_FIELDS) set(field, update[field]);
    // A new requester brings their organization unless the update names one
    // (developer.zendesk.com/api-reference/ticketing/tickets/tickets/, organization_id: "the organization of the requester").
    const organizationId = update.organization_id !== undefined ? update.organization_id : update.requester_id !== undefined ? this.users.get(update.requester_id)?.organization_id : undefined;
    if (organizationId !== undefined) {
      change('organization_id', organizationId, next.organization_id);
      next.organization_id = organizationId;
    }
    for (const field of update.custom_fields ?? []) {
      // Zendesk may drop, without an error, a value for a field it does not have or a dropdown
      // value that is not one of its options' tags: the update goes through without it
      // (https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/#setting-custom-field-values).
      const known = this.fields.get(field.id);
      if (!known || (known.type === 'tagger' && !known.custom_field_options.some((o) => o.value === field.value))) continue;
      const existing = next.custom_fields.find((f) => f.id === field.id);
      change(String(field.id), field.value, existing?.value ?? null);
      if (existing) existing.value = field.value;
      else next.custom_fields.push({ ...field });
    }

    next.updated_at = at;
    this.save(next, this.now());
    this.emit({ kind: 'ticket', id });
    return { ok: true, ticket: clone(next), audit: { id: this.nextId++, ticket_id: id, author_id: actorId, created_at: at, events } };
  }

  /** The tags endpoint: `PUT` adds, `POST` replaces, `DELETE` removes (never on closed tickets). */
  changeTags(id: number, mode: 'add' | 'replace' | 'remove', tags: readonly string[], actorId: number): WriteResult {
    const current = this.tickets.get(id);
    if (!current) return { ok: false, status: 404, error: ERRORS.notFound() };
    const given = normalizeTags(tags);
    const next =
      mode === 'replace' ? given : mode === 'add' ? normalizeTags([...current.tags, ...given]) : current.tags.filter((t) => !given.includes(t));
    return this.updateTicket(id, { tags: next }, actorId);
  }

  /**
   * Another agent saves the ticket (adding tags), as a concurrent edit would. Bypasses
   * faults and the log: it is not a request of the app's. Stamped a second after the ticket's
   * last update, so the `safe_update` it is meant to trip does get its 409 (a save in the same
   * second would share the stamp: the seam spec/zendesk/writer.test.ts covers on its own).
   */
  otherAgentEdit(id: number, addTags: readonly string[]): WriteResult {
    const current = this.tickets.get(id);
    if (!current) return { ok: false, status: 404, error: ERRORS.notFound() };
    const other = [...this.users.values()].find((u) => u.role !== 'end-user')?.id ?? current.requester_id;
    return this.update(id, { tags: [...current.tags, ...addTags] }, other, true);
  }

  private validate(current: Ticket, update: TicketUpdate): ZendeskError | null {
    if (update.status === 'closed') return ERRORS.invalid('status', 'Status: closed cannot be set through the API; solve the ticket instead');
    if (update.group_id != null && !this.groups.has(update.group_id)) return ERRORS.invalid('group', `Group ${update.group_id} is invalid`);
    if (update.organization_id != null && !this.organizations.has(update.organization_id)) {
      return ERRORS.invalid('organization', `Organization ${update.organization_id} is invalid`);
    }
    if (update.requester_id !== undefined && !this.users.has(update.requester_id)) return ERRORS.invalid('requester', `Requester ${update.requester_id} is invalid`);
    if (update.assignee_id != null && !this.users.has(update.assignee_id)) return ERRORS.invalid('assignee', `Assignee ${update.assignee_id} is invalid`);
    // The assignee and group the ticket would have: a group change alone can orphan the assignee.
    const assignee = update.assignee_id === undefined ? current.assignee_id : update.assignee_id;
    const group = update.group_id === undefined ? current.group_id : update.group_id;
    if (assignee !== null && group !== null && !this.users.get(assignee)?.group_ids.includes(group)) return ERRORS.notGroupMember();
    const linking = this.incidentProblem(current, update);
    if (linking) return linking;
    if (update.comment) {
      const { body, html_body } = update.comment;
      if ((body ?? '').trim() === '' && (html_body ?? '').trim() === '') return ERRORS.invalid('comment', 'Comment: body cannot be blank');
      if (current.comments.length >= MAX_COMMENTS) return ERRORS.invalid('comment', `Comment: a ticket holds at most ${MAX_COMMENTS} comments`);
    }
    return null;
  }

  /**
   * `problem_id` is the problem an incident is linked to (developer.zendesk.com/api-reference/ticketing/tickets/tickets/:
   * "For tickets of type 'incident', the ID of the problem the incident is linked to"). Zendesk's exact
   * answer to a link to a ticket that is no problem, or on a ticket that is no incident, is unconfirmed:
   * the stand-in refuses both loudly, so a client that sends them is caught.
   */
  private incidentProblem(current: Ticket, update: TicketUpdate): ZendeskError | null {
    const problemId = update.problem_id === undefined ? current.problem_id : update.problem_id;
    if (problemId === null) return null;
    const type = update.type === undefined ? current.type : update.type;
    if (type !== 'incident') return ERRORS.invalid('problem_id', 'Problem: only an incident can be linked to a problem');
    const problem = this.tickets.get(problemId);
    if (!problem || problem.type !== 'problem') return ERRORS.invalid('problem_id', `Problem: ticket ${problemId} is not a problem ticket`);
    return null;
  }

  /** Create Ticket (`POST /api/v2/tickets.json`): the requester is the caller unless given. */
  createTicket(input: TicketUpdate & { subject: string }, actorId: number): WriteResult {
    const id = Math.max(0, ...this.tickets.keys()) + 1;
    const at = this.stamp();
    const blank: Ticket = {
      id,
      subject: input.subject,
      status: 'new',
      tags: [],
      comments: [],
      created_at: at,
      updated_at: at,
      group_id: null,
      assignee_id: null,
      organization_id: null,
      requester_id: input.requester_id ?? actorId,
      custom_fields: [],
      type: null,
      problem_id: null,
    };
    if (!input.comment) return { ok: false, status: 422, error: ERRORS.invalid('comment', 'Comment: a new ticket needs its first comment') };
    this.save(blank, this.now());
    const result = this.updateTicket(id, { ...input, status: input.status ?? 'open' }, actorId);
    if (!result.ok) {
      this.tickets.delete(id);
      this.versions.delete(id);
    }
    return result;
  }

  /** List Ticket Incidents: the incidents linked to a problem. */
  incidents(problemId: number): Ticket[] {
    return [...this.tickets.values()].filter((t) => t.problem_id === problemId).map(clone);
  }

  private makeComment(ticket: Ticket, input: NonNullable<TicketUpdate['comment']>, actorId: number, at: string): Comment {
    // Without `public`, the value the ticket was created with carries over (its first comment's,
    // whatever came since); a ticket's first comment is public.
    const isPublic = input.public ?? ticket.comments[0]?.public ?? true;
    const fromHtml = input.html_body !== undefined && input.html_body.trim() !== '';
    const html = fromHtml ? cutToBytes(input.html_body ?? '') : '';
    const body = fromHtml ? plainFromHtml(html) : cutToBytes(plainBody(input.body ?? ''));
    return {
      id: this.nextId++,
      type: 'Comment',
      author_id: input.author_id ?? actorId,
      body,
      html_body: fromHtml ? html : htmlFromPlain(body),
      plain_body: body,
      public: isPublic,
      created_at: at,
    };
  }

  /**
   * `updated_at` as Zendesk gives it: whole seconds, ISO 8601 without fractions
   * (https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/#json-format shows
   * `"updated_at": "2011-05-05T10:38:52Z"`). Two updates in one second share a stamp, so a
   * `safe_update` with the first's stamp is not refused: exactly-once cannot rest on it.
   * `secondsAgo` dates the seed's tickets in the past, one second apart, in seed order.
   */
  private stamp(secondsAgo = 0, notBeforeMs = 0): string {
    return wholeSeconds(Math.max((Math.floor(this.now() / 1000) - secondsAgo) * 1000, notBeforeMs));
  }

  private emit(change: ModelChange): void {
    for (const listener of this.listeners) listener(change);
  }

  private load(seed: Seed): void {
    this.tickets.clear();
    this.versions.clear();
    this.organizations.clear();
    this.users.clear();
    this.groups.clear();
    this.fields.clear();
    this.labels.clear();
    this.composers.clear();
    this.nextId = 900_001; // far from ticket ids, so a mixed-up id shows
    for (const g of seed.groups) this.groups.set(g.id, clone(g));
    for (const f of seed.ticket_fields ?? []) this.fields.set(f.id, clone(f));
    this.orgFields = (seed.organization_fields ?? []).map(clone);
    this.installed = seed.installation ? clone(seed.installation) : null;
    for (const u of seed.users) this.users.set(u.id, clone(u));
    for (const o of seed.organizations) this.organizations.set(o.id, { ...clone(o), tags: normalizeTags(o.tags) });
    for (const [index, t] of seed.tickets.entries()) {
      // A ticket is created with its first comment, the description
      // (https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/#json-format: "description … the first comment"),
      // so a seed dated by its comments is as old as the oldest; an undated one is dated its `age_days` ago (or now), in seed order.
      const dated = t.comments.flatMap((c) => (c.created_at === undefined ? [] : [c.created_at])).sort();
      const created = dated[0] === undefined ? this.stamp((t.age_days ?? 0) * 86_400 + seed.tickets.length - index) : wholeSeconds(Date.parse(dated[0]));
      const comments = t.comments.map((c): Comment => {
        const body = cutToBytes(c.body);
        return {
          id: this.nextId++,
          type: 'Comment',
          author_id: c.author_id,
          body,
          html_body: htmlFromPlain(body),
          plain_body: body,
          public: c.public,
          created_at: c.created_at ?? created,
        };
      });
      // Each comment updates the ticket (updated_at: "When this record last got updated"), so a dated seed was last updated at its newest.
      const updated = dated.length === 0 ? created : wholeSeconds(Date.parse(dated[dated.length - 1]!));
      // The seed was indexed long ago.
      this.save({
        id: t.id,
        subject: t.subject,
        status: t.status,
        tags: normalizeTags(t.tags),
        comments,
        created_at: created,
        updated_at: updated,
        group_id: t.group_id ?? null,
        assignee_id: t.assignee_id ?? null,
        organization_id: t.organization_id,
        requester_id: t.requester_id,
        custom_fields: clone(t.custom_fields ?? []),
        type: t.type ?? null,
        problem_id: t.problem_id ?? null,
      }, -Infinity);
      if (t.label !== undefined) this.labels.set(t.id, t.label);
      if (t.composer !== undefined) this.composers.set(t.id, t.composer);
    }
  }
}
