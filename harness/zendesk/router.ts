import { z } from 'zod';
import type { Fault } from './faults';
import { ERRORS, TICKET_STATUSES, TICKET_TYPES, type Comment, type Ticket, type WriteResult, type ZendeskError, type ZendeskModel } from './model';
import { accountRoutes, organizationResults } from './accountRoutes';
import { parseQuery, searchTickets, type SortBy } from './search';

/**
 * The fake Zendesk REST API as one pure function over the model, so msw (jest) and the
 * stand-in's Node server answer exactly alike. Every `/api/v2` request goes through the
 * fault queue and into the request log.
 */

export interface ApiRequest {
  method: string;
  /** Absolute, or a path with query. */
  url: string;
  headers: Record<string, string | undefined>;
  body: string | null;
}

export type ApiResponse = { status: number; headers: Record<string, string>; body: string } | { dropped: true };

/** Who the API call acts as. The stand-in's host sends the current agent; otherwise the first agent. */
export const ACTOR_HEADER = 'x-harness-user-id';

const DEFAULT_PER_PAGE = 100;
const MAX_PER_PAGE = 100;

const updateSchema = z.object({
  ticket: z.object({
    comment: z
      .object({
        body: z.string().optional(),
        html_body: z.string().optional(),
        public: z.boolean().optional(),
        author_id: z.number().int().optional(),
      })
      .optional(),
    tags: z.union([z.array(z.string()), z.string()]).optional(),
    status: z.enum(TICKET_STATUSES).optional(),
    subject: z.string().optional(),
    group_id: z.number().int().nullable().optional(),
    assignee_id: z.number().int().nullable().optional(),
    organization_id: z.number().int().nullable().optional(),
    custom_fields: z.array(z.object({ id: z.number().int(), value: z.union([z.string(), z.number(), z.boolean(), z.null()]) })).optional(),
    type: z.enum(TICKET_TYPES).nullable().optional(),
    problem_id: z.number().int().nullable().optional(),
    safe_update: z.boolean().optional(),
    updated_stamp: z.string().optional(),
  }),
});

const createSchema = z.object({
  ticket: updateSchema.shape.ticket.extend({ subject: z.string().min(1), requester_id: z.number().int().optional() }),
});

const tagsSchema = z.object({ tags: z.array(z.string()) });

interface Ctx {
  model: ZendeskModel;
  url: URL;
  method: string;
  json: unknown;
  actorId: number;
}

type Reply = { status: number; body: unknown; headers?: Record<string, string> };

const ok = (body: unknown): Reply => ({ status: 200, body });
const fail = (status: number, body: ZendeskError): Reply => ({ status, body });
const notFound = (): Reply => fail(404, ERRORS.notFound());

function ticketJson(t: Ticket, origin: string): Record<string, unknown> {
  const { comments, ...rest } = t;
  return {
    ...rest,
    url: `${origin}/api/v2/tickets/${t.id}.json`,
    raw_subject: t.subject,
    description: comments[0]?.body ?? '',
    priority: null,
    fields: rest.custom_fields,
  };
}

function commentJson(c: Comment): Record<string, unknown> {
  return { ...c, attachments: [], via: { channel: 'api' } };
}

/** Zendesk's offset pagination: `page`, `per_page` (at most 100), absolute `next_page` / `previous_page`. */
function paginate<T>(items: readonly T[], url: URL): { page: T[]; next_page: string | null; previous_page: string | null; count: number } {
  const int = (name: string, fallback: number): number => {
    const n = Number(url.searchParams.get(name));
    return Number.isInteger(n) && n > 0 ? n : fallback;
  };
  const perPage = Math.min(int('per_page', DEFAULT_PER_PAGE), MAX_PER_PAGE);
  const page = int('page', 1);
  const link = (p: number): string => {
    const next = new URL(url.href);
    next.searchParams.set('page', String(p));
    next.searchParams.set('per_page', String(perPage));
    return next.href;
  };
  return {
    page: items.slice((page - 1) * perPage, page * perPage),
    next_page: page * perPage < items.length ? link(page + 1) : null,
    previous_page: page > 1 ? link(page - 1) : null,
    count: items.length,
  };
}

function written(result: WriteResult, origin: string, shape: 'ticket' | 'tags'): Reply {
  if (!result.ok) return fail(result.status, result.error);
  return ok(shape === 'tags' ? { tags: result.ticket.tags } : { ticket: ticketJson(result.ticket, origin), audit: result.audit });
}

function badRequest(description: string): Reply {
  return fail(400, { error: 'InvalidValue', description });
}

type Route = { method: string; path: RegExp; run: (ctx: Ctx, id: number) => Reply };

const ROUTES: Route[] = [
  {
    method: 'GET',
    path: /^\/api\/v2\/tickets\/(\d+)\.json$/,
    run: ({ model, url }, id) => {
      const t = model.ticket(id);
      return t ? ok({ ticket: ticketJson(t, url.origin) }) : notFound();
    },
  },
  {
    method: 'PUT',
    path: /^\/api\/v2\/tickets\/(\d+)\.json$/,
    run: ({ model, url, json, actorId }, id) => {
      const parsed = updateSchema.safeParse(json);
      if (!parsed.success) return badRequest(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
      return written(model.updateTicket(id, parsed.data.ticket, actorId), url.origin, 'ticket');
    },
  },
  {
    // Show Multiple Tickets: up to 100 ids, the tickets as they are now; unknown ids are left out
    // (developer.zendesk.com/api-reference/ticketing/tickets/tickets/#show-multiple-tickets).
    method: 'GET',
    path: /^\/api\/v2\/tickets\/show_many\.json$/,
    run: ({ model, url }) => {
      const ids = (url.searchParams.get('ids') ?? '').split(',').filter((id) => /^\d+$/.test(id));
      if (ids.length === 0 || ids.length > 100) return badRequest('ids: 1 to 100 ticket ids, separated by commas');
      return ok({ tickets: ids.flatMap((id) => model.ticket(Number(id)) ?? []).map((t) => ticketJson(t, url.origin)) });
    },
  },
  {
    method: 'GET',
    path: /^\/api\/v2\/tickets\/(\d+)\/comments\.json$/,
    run: ({ model, url }, id) => {
      const t = model.ticket(id);
      if (!t) return notFound();
      const ordered = url.searchParams.get('sort_order') === 'desc' ? [...t.comments].reverse() : t.comments;
      const { page, ...links } = paginate(ordered, url);
      // `include=users` sideloads the comments' authors
      // (developer.zendesk.com/api-reference/ticketing/tickets/ticket_comments/#list-comments).
      const users = (url.searchParams.get('include') ?? '').split(',').includes('users')
        ? { users: [...new Set(page.map((c) => c.author_id))].flatMap((u) => model.user(u) ?? []).map(({ id: userId, name, role, group_ids }) => ({ id: userId, name, role, default_group_id: group_ids[0] ?? null })) }
        : {};
      return ok({ comments: page.map(commentJson), ...users, ...links });
    },
  },
  {
    method: 'GET',
    path: /^\/api\/v2\/tickets\/(\d+)\/tags\.json$/,
    run: ({ model }, id) => {
      const t = model.ticket(id);
      return t ? ok({ tags: t.tags }) : notFound();
    },
  },
  ...(
    [
      ['PUT', 'add'],
      ['POST', 'replace'],
      ['DELETE', 'remove'],
    ] as const
  ).map(
    ([method, mode]): Route => ({
      method,
      path: /^\/api\/v2\/tickets\/(\d+)\/tags\.json$/,
      run: ({ model, url, json, actorId }, id) => {
        const parsed = tagsSchema.safeParse(json);
        if (!parsed.success) return badRequest('tags: an array of strings is required');
        return written(model.changeTags(id, mode, parsed.data.tags, actorId), url.origin, 'tags');
      },
    }),
  ),
  {
    method: 'GET',
    path: /^\/api\/v2\/organizations\/(\d+)\.json$/,
    run: ({ model, url }, id) => {
      const o = model.organization(id);
      return o ? ok({ organization: { ...o, url: `${url.origin}/api/v2/organizations/${id}.json` } }) : notFound();
    },
  },
  {
    // Show Many Organizations: up to 100 ids; unknown ids are left out
    // (developer.zendesk.com/api-reference/ticketing/organizations/organizations/#show-many-organizations).
    method: 'GET',
    path: /^\/api\/v2\/organizations\/show_many\.json$/,
    run: ({ model, url }) => {
      const ids = (url.searchParams.get('ids') ?? '').split(',').filter((id) => /^\d+$/.test(id));
      if (ids.length === 0 || ids.length > 100) return badRequest('ids: 1 to 100 organization ids, separated by commas');
      return ok({ organizations: ids.flatMap((id) => model.organization(Number(id)) ?? []).map((o) => ({ ...o, url: `${url.origin}/api/v2/organizations/${o.id}.json` })) });
    },
  },
  {
    // Show Ticket Field (https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_fields/#show-ticket-field).
    method: 'GET',
    path: /^\/api\/v2\/ticket_fields\/(\d+)\.json$/,
    run: ({ model, url }, id) => {
      const f = model.ticketField(id);
      if (!f) return notFound();
      const { custom_field_options, ...field } = f;
      const options = f.type === 'tagger' ? { custom_field_options } : {};
      return ok({ ticket_field: { ...field, ...options, url: `${url.origin}/api/v2/ticket_fields/${id}.json` } });
    },
  },
  {
    method: 'GET',
    path: /^\/api\/v2\/users\/(me|\d+)\.json$/,
    run: ({ model, url, actorId }, id) => {
      const u = model.user(Number.isNaN(id) ? actorId : id);
      if (!u) return notFound();
      const { group_ids, ...user } = u;
      return ok({ user: { ...user, default_group_id: group_ids[0] ?? null, url: `${url.origin}/api/v2/users/${u.id}.json` } });
    },
  },
  {
    method: 'GET',
    path: /^\/api\/v2\/users\/(\d+)\/groups\.json$/,
    run: ({ model, url }, id) => {
      const u = model.user(id);
      if (!u) return notFound();
      const groups = u.group_ids.flatMap((g) => model.group(g) ?? []);
      const { page, ...links } = paginate(groups, url);
      return ok({ groups: page, ...links });
    },
  },
  {
    method: 'GET',
    path: /^\/api\/v2\/groups\.json$/,
    run: ({ model, url }) => {
      const { page, ...links } = paginate(model.allGroups(), url);
      return ok({ groups: page, ...links });
    },
  },
  {
    // Create Ticket: 201 with the ticket and its audit
    // (developer.zendesk.com/api-reference/ticketing/tickets/tickets/#create-ticket).
    method: 'POST',
    path: /^\/api\/v2\/tickets\.json$/,
    run: ({ model, url, json, actorId }) => {
      const parsed = createSchema.safeParse(json);
      if (!parsed.success) return badRequest(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
      const reply = written(model.createTicket(parsed.data.ticket, actorId), url.origin, 'ticket');
      return reply.status === 200 ? { ...reply, status: 201 } : reply;
    },
  },
  {
    // List Ticket Incidents: the incidents linked to a problem, paginated
    // (developer.zendesk.com/api-reference/ticketing/tickets/tickets/#list-ticket-incidents).
    method: 'GET',
    path: /^\/api\/v2\/tickets\/(\d+)\/incidents(?:\.json)?$/,
    run: ({ model, url }, id) => {
      if (!model.ticket(id)) return notFound();
      const { page, ...links } = paginate(model.incidents(id), url);
      return ok({ tickets: page.map((t) => ticketJson(t, url.origin)), ...links });
    },
  },
  {
    // Show Results Count: `{count}` of what the search would find, from the same lagging index
    // (developer.zendesk.com/api-reference/ticketing/ticket-management/search/#show-results-count).
    method: 'GET',
    path: /^\/api\/v2\/search\/count(?:\.json)?$/,
    run: ({ model, url }) => {
      const query = url.searchParams.get('query');
      if (!query) return badRequest('query is required');
      return ok({ count: searchTickets(model.indexedTickets(), query, 'id', 'asc').length });
    },
  },
  {
    method: 'GET',
    path: /^\/api\/v2\/search\.json$/,
    run: ({ model, url }) => {
      const query = url.searchParams.get('query');
      if (!query) return badRequest('query is required');
      const sortBy = url.searchParams.get('sort_by');
      const order = url.searchParams.get('sort_order') === 'desc' ? 'desc' : 'asc';
      const by: SortBy = sortBy === 'created_at' || sortBy === 'updated_at' ? sortBy : 'id';
      if (parseQuery(query).some((t) => t.kind === 'type' && t.value === 'organization')) {
        // Only `type:organization` on its own: the setup check's sample of organizations.
        const { page, ...links } = paginate(model.allOrganizations(), url);
        return ok({ results: organizationResults(page, url.origin), facets: null, ...links });
      }
      // Matched and answered from the index, which lags the tickets by `searchDelayMs` (model.ts).
      const found = searchTickets(model.indexedTickets(), query, by, order);
      const { page, ...links } = paginate(found, url);
      return ok({ results: page.map((t) => ({ ...ticketJson(t, url.origin), result_type: 'ticket' })), facets: null, ...links });
    },
  },
  ...accountRoutes(paginate),
];

type AnsweringFault = Exclude<Fault, { kind: 'drop' } | { kind: 'concurrent-edit' }>;

const isAnswering = (f: Fault): f is AnsweringFault => f.kind !== 'drop' && f.kind !== 'concurrent-edit';

const STATUS_ERRORS: Record<number, ZendeskError> = {
  401: { error: 'Unauthorized', description: "Couldn't authenticate you" },
  403: { error: 'Forbidden', description: 'You do not have access to this page. Please contact the account owner of this help desk for further help.' },
  404: ERRORS.notFound(),
};

/** What Zendesk answers instead of doing the request. */
function faultReply(fault: AnsweringFault): Reply {
  switch (fault.kind) {
    case '429':
      return {
        status: 429,
        headers: { 'Retry-After': String(fault.retryAfter) },
        body: { error: 'APIRateLimitExceeded', description: 'Number of allowed API requests per minute exceeded' },
      };
    case '500':
      return fail(fault.status ?? 500, { error: 'InternalServerError', description: 'Something went wrong on our side' });
    case 'http':
      return fail(fault.status, STATUS_ERRORS[fault.status] ?? { error: 'Error', description: `HTTP ${fault.status}` });
  }
}

function parseBody(text: string | null): { ok: true; json: unknown } | { ok: false } {
  if (text === null || text.trim() === '') return { ok: true, json: null };
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function resolveActor(model: ZendeskModel, headers: ApiRequest['headers']): number {
  const header = Number(headers[ACTOR_HEADER] ?? Object.entries(headers).find(([k]) => k.toLowerCase() === ACTOR_HEADER)?.[1]);
  if (Number.isInteger(header) && model.user(header)) return header;
  return model.allUsers().find((u) => u.role !== 'end-user')?.id ?? 0;
}

type Answered = Extract<ApiResponse, { status: number }>;

function respond(reply: Reply): Answered {
  return {
    status: reply.status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...reply.headers },
    body: JSON.stringify(reply.body),
  };
}

/** Answers one request to the fake Zendesk REST API. */
export function handle(model: ZendeskModel, request: ApiRequest): ApiResponse {
  const url = new URL(request.url, `http://${request.headers.host ?? 'localhost'}`);
  const method = request.method.toUpperCase();
  const actorId = resolveActor(model, request.headers);
  const parsedBody = parseBody(request.body);
  const logged = parsedBody.ok ? parsedBody.json : request.body;
  const isWrite = method !== 'GET' && method !== 'HEAD';
  const fault = model.faults.take(isWrite);
  const record = (status: number | 'dropped'): void => {
    model.log.add({ method, url: url.pathname + url.search, body: logged, status, fault: fault?.kind ?? null, actorId });
  };

  if (fault && isAnswering(fault)) {
    const response = respond(faultReply(fault));
    record(response.status);
    return response;
  }
  if (fault?.kind === 'drop' && !fault.afterApply) {
    record('dropped');
    return { dropped: true };
  }
  if (fault?.kind === 'concurrent-edit') {
    const ticketId = /^\/api\/v2\/tickets\/(\d+)(?:\.json|\/tags\.json)$/.exec(url.pathname)?.[1];
    if (ticketId !== undefined) model.otherAgentEdit(Number(ticketId), fault.addTags);
  }

  let reply: Reply;
  if (!parsedBody.ok) {
    reply = badRequest('The request body is not valid JSON');
  } else {
    const route = ROUTES.find((r) => r.method === method && r.path.test(url.pathname));
    const id = route ? Number(route.path.exec(url.pathname)?.[1]) : NaN;
    reply = route ? route.run({ model, url, method, json: parsedBody.json, actorId }, id) : fail(404, { error: 'InvalidEndpoint', description: 'Not found' });
  }

  if (fault?.kind === 'drop') {
    // The write happened; the client never hears of it.
    record('dropped');
    return { dropped: true };
  }
  const response = respond(reply);
  record(response.status);
  return response;
}
