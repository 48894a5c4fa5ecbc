import { FaultQueue, RequestLog } from './faults';
import { cutToBytes, htmlFromPlain, normalizeTags, plainBody, plainFromHtml } from './text';

/**
 * One in-memory Zendesk account: the REST API's data and the semantics of it that the app
 * depends on (../shared/reference.md, "Zendesk REST API"). Used by the msw handlers in jest,
 * by the stand-in server (`npm start`) and by the browser tests, through `router.ts`.
 */

export const TICKET_STATUSES = ['new', 'open', 'pending', 'hold', 'solved', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

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
}

export interface Seed {
  groups: Group[];
  users: User[];
  organizations: Organization[];
  tickets: SeedTicket[];
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
  safe_update?: boolean | undefined;
  updated_stamp?: string | undefined;
}

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

/** Zendesk refuses a comment once a ticket holds this many. */
export const MAX_COMMENTS = 5000;

export const ERRORS = {
  notFound: (): ZendeskError => ({ error: 'RecordNotFound', description: 'Not found' }),
  conflict: (): ZendeskError => ({
    error: 'UpdateConflict',
    description: 'Safe Update prevented the update due to outdated ticket data. Please fetch the latest ticket data and try again.',
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
  /** Wall clock in ms; tests may pin it. `updated_at` stays strictly increasing whatever it says. */
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
  private labels = new Map<number, string>();
  private composers = new Map<number, 'publicReply' | 'internalNote'>();
  private listeners = new Set<(change: ModelChange) => void>();
  private lastStamp = 0;
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

  allGroups(): Group[] {
    return [...this.groups.values()].map(clone);
  }

  /** Update Ticket (`PUT /api/v2/tickets/{id}.json`) with Zendesk's semantics. */
  updateTicket(id: number, update: TicketUpdate, actorId: number): WriteResult {
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
    const at = this.stamp();
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
    if (update.status !== undefined) {
      change('status', update.status, next.status);
      next.status = update.status;
    }
    if (update.subject !== undefined) {
      change('subject', update.subject, next.subject);
      next.subject = update.subject;
    }
    if (update.group_id !== undefined) {
      change('group_id', update.group_id, next.group_id);
      next.group_id = update.group_id;
    }
    if (update.assignee_id !== undefined) {
      change('assignee_id', update.assignee_id, next.assignee_id);
      next.assignee_id = update.assignee_id;
    }
    if (update.requester_id !== undefined) {
      change('requester_id', update.requester_id, next.requester_id);
      next.requester_id = update.requester_id;
    }
    // A new requester brings their organization unless the update names one
    // (developer.zendesk.com/api-reference/ticketing/tickets/tickets/, organization_id: "the organization of the requester").
    const organizationId = update.organization_id !== undefined ? update.organization_id : update.requester_id !== undefined ? this.users.get(update.requester_id)?.organization_id : undefined;
    if (organizationId !== undefined) {
      change('organization_id', organizationId, next.organization_id);
      next.organization_id = organizationId;
    }
    for (const field of update.custom_fields ?? []) {
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
   * faults and the log: it is not a request of the app's.
   */
  otherAgentEdit(id: number, addTags: readonly string[]): WriteResult {
    const current = this.tickets.get(id);
    if (!current) return { ok: false, status: 404, error: ERRORS.notFound() };
    const other = [...this.users.values()].find((u) => u.role !== 'end-user')?.id ?? current.requester_id;
    return this.updateTicket(id, { tags: [...current.tags, ...addTags] }, other);
  }

  private validate(current: Ticket, update: TicketUpdate): ZendeskError | null {
    if (update.status === 'closed') return ERRORS.invalid('status', 'Status: closed cannot be set through the API; solve the ticket instead');
    if (update.group_id != null && !this.groups.has(update.group_id)) return ERRORS.invalid('group', `Group ${update.group_id} is invalid`);
    if (update.organization_id != null && !this.organizations.has(update.organization_id)) {
      return ERRORS.invalid('organization', `Organization ${update.organization_id} is invalid`);
    }
    if (update.requester_id !== undefined && !this.users.has(update.requester_id)) return ERRORS.invalid('requester', `Requester ${update.requester_id} is invalid`);
    if (update.assignee_id != null && !this.users.has(update.assignee_id)) return ERRORS.invalid('assignee', `Assignee ${update.assignee_id} is invalid`);
    if (update.comment) {
      const { body, html_body } = update.comment;
      if ((body ?? '').trim() === '' && (html_body ?? '').trim() === '') return ERRORS.invalid('comment', 'Comment: body cannot be blank');
      if (current.comments.length >= MAX_COMMENTS) return ERRORS.invalid('comment', `Comment: a ticket holds at most ${MAX_COMMENTS} comments`);
    }
    return null;
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

  /** A fresh `updated_at`: ms resolution and strictly increasing, so two quick updates differ. */
  private stamp(): string {
    this.lastStamp = Math.max(this.now(), this.lastStamp + 1);
    return new Date(this.lastStamp).toISOString();
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
    this.labels.clear();
    this.composers.clear();
    this.nextId = 900_001; // far from ticket ids, so a mixed-up id shows
    for (const g of seed.groups) this.groups.set(g.id, clone(g));
    for (const u of seed.users) this.users.set(u.id, clone(u));
    for (const o of seed.organizations) this.organizations.set(o.id, { ...clone(o), tags: normalizeTags(o.tags) });
    for (const t of seed.tickets) {
      const created = this.stamp();
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
      // The seed was indexed long ago.
      this.save({
        id: t.id,
        subject: t.subject,
        status: t.status,
        tags: normalizeTags(t.tags),
        comments,
        created_at: created,
        updated_at: created,
        group_id: t.group_id ?? null,
        assignee_id: t.assignee_id ?? null,
        organization_id: t.organization_id,
        requester_id: t.requester_id,
        custom_fields: clone(t.custom_fields ?? []),
      }, -Infinity);
      if (t.label !== undefined) this.labels.set(t.id, t.label);
      if (t.composer !== undefined) this.composers.set(t.id, t.composer);
    }
  }
}
