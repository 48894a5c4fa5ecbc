import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { zafGet, zafSet } from '../zaf/api';
import { parseJson, readBody, sendJson } from './http';
import { hostState, ticketView } from './hostViews';
import { behaviourSchema, defaultSettings, withSecureKept } from './settings';
import type { StandInApp } from './standInApp';

/**
 * The harness-only endpoints under /__harness, which the host page uses. A new endpoint is
 * one row in ROUTES: `METHOD /__harness/path` (a trailing number is `:id`), parsing its body
 * with zod and answering with sendJson.
 */

interface Call {
  app: StandInApp;
  req: IncomingMessage;
  res: ServerResponse;
  /** The trailing number of the path (`:id`), NaN when there is none. */
  id: number;
  /** The parsed JSON body; undefined for GET or a body that is not JSON. */
  body: unknown;
}

const contextSchema = z.object({
  location: z.enum(['ticket_sidebar', 'nav_bar']),
  ticketId: z.number().int().nullable(),
  currentUserId: z.number().int(),
});

const zafCallSchema = z.discriminatedUnion('request', [
  z.object({ request: z.literal('get'), params: z.array(z.string()), context: contextSchema }),
  z.object({ request: z.literal('set'), params: z.record(z.string(), z.unknown()), context: contextSchema }),
]);

const faultSchema = z.object({
  n: z.number().int().min(1).max(100),
  target: z.enum(['any', 'writes']).optional(),
  fault: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('429'), retryAfter: z.number().int().min(0).max(3600) }),
    z.object({ kind: z.literal('500'), status: z.number().int().min(500).max(599).optional() }),
    z.object({ kind: z.literal('http'), status: z.number().int().min(400).max(599) }),
    z.object({ kind: z.literal('drop'), afterApply: z.boolean() }),
    z.object({ kind: z.literal('concurrent-edit'), addTags: z.array(z.string()) }),
  ]),
});

const agentUpdateSchema = z.object({
  agentId: z.number().int(),
  organization_id: z.number().int().nullable().optional(),
  requester_id: z.number().int().optional(),
  comment: z.object({ body: z.string(), public: z.boolean() }).optional(),
});

/** zod's issues as one line; `withPath` names the field each is about. */
function issues(error: z.ZodError, withPath = false): { error: string } {
  return { error: error.issues.map((i) => (withPath ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ') };
}

const ROUTES: Record<string, (call: Call) => void> = {
  'GET /__harness/state': ({ app, res }) => sendJson(res, 200, hostState(app)),
  'GET /__harness/view/:id': ({ app, res, id }) => {
    const view = ticketView(app.model, id);
    sendJson(res, view ? 200 : 404, view ?? { error: `no ticket ${id}` });
  },
  'GET /__harness/log': ({ app, res }) => sendJson(res, 200, app.model.log.all()),
  'GET /__harness/events': ({ app, req, res }) => app.subscribe(req, res),
  'POST /__harness/zaf': ({ app, res, body }) => {
    const call = zafCallSchema.safeParse(body);
    if (!call.success) return sendJson(res, 400, issues(call.error));
    const { request, params, context } = call.data;
    sendJson(res, 200, request === 'get' ? zafGet(app.model, context, params, app.orgFields) : zafSet(app.model, context, params));
  },
  'POST /__harness/agent-update/:id': ({ app, res, id, body }) => {
    const parsed = agentUpdateSchema.safeParse(body);
    if (!parsed.success) return sendJson(res, 400, issues(parsed.error));
    const { agentId, ...update } = parsed.data;
    const result = app.model.updateTicket(id, update, agentId);
    sendJson(res, result.ok ? 200 : result.status, result.ok ? { ok: true } : result.error);
  },
  'POST /__harness/faults': ({ app, res, body }) => {
    const parsed = faultSchema.safeParse(body);
    if (!parsed.success) return sendJson(res, 400, issues(parsed.error, true));
    app.model.faults.next(parsed.data.n, parsed.data.fault, { target: parsed.data.target ?? 'any' });
    app.broadcast({ kind: 'faults' });
    sendJson(res, 200, app.model.faults.pending());
  },
  'DELETE /__harness/faults': ({ app, res }) => {
    app.model.faults.clear();
    app.broadcast({ kind: 'faults' });
    sendJson(res, 200, []);
  },
  'PUT /__harness/settings': ({ app, res, body }) => {
    if (body === null || typeof body !== 'object' || Array.isArray(body)) return sendJson(res, 400, { error: 'settings must be a JSON object' });
    app.settings = withSecureKept(body as Record<string, unknown>, app.settings);
    app.broadcast({ kind: 'settings' });
    sendJson(res, 200, { ok: true });
  },
  'DELETE /__harness/settings': ({ app, res }) => {
    app.settings = defaultSettings();
    app.broadcast({ kind: 'settings' });
    sendJson(res, 200, { ok: true });
  },
  'PUT /__harness/behaviour': ({ app, res, body }) => {
    const parsed = behaviourSchema.safeParse(body);
    if (!parsed.success) return sendJson(res, 400, issues(parsed.error, true));
    app.behaviour = parsed.data;
    app.broadcast({ kind: 'settings' });
    sendJson(res, 200, app.behaviour);
  },
  'POST /__harness/fixtures': ({ app, res, body }) => {
    if (body === undefined) return sendJson(res, 400, { problems: ['The fixtures are not valid JSON'] });
    sendJson(res, 200, app.addFixtures(body));
  },
  'POST /__harness/reset': ({ app, res }) => {
    app.reset();
    sendJson(res, 200, { ok: true });
  },
};

export async function harnessApi(app: StandInApp, req: IncomingMessage, res: ServerResponse, method: string, url: URL): Promise<void> {
  const route = ROUTES[`${method} ${url.pathname.replace(/\/\d+$/, '/:id')}`];
  if (!route) return sendJson(res, 404, { error: `unknown harness endpoint ${method} ${url.pathname}` });
  const id = Number(/\/(\d+)$/.exec(url.pathname)?.[1]);
  const body = method === 'GET' ? undefined : parseJson(await readBody(req));
  route({ app, req, res, id, body });
}
