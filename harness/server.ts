import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { z } from 'zod';
import { SETTING_SPECS } from '../src/triage/settingSpecs';
import { PAGE_HEADER } from './pageHeader';
import { appLocations, buildBrowserAssets, rewriteAppHtml, ROOT, settingLabels, type BrowserAssets } from './assets';
import { danglingReferences, GROUPS, loadFixtures, mergeSeeds, parseFixtures } from './fixtures';
import { ORG_FIELDS_SHAPES, zafGet, zafSet, type OrgFieldsShape } from './zaf/api';
import { zafTicket, zafUser } from './zaf/shapes';
import { ZendeskModel, type Seed } from './zendesk/model';
import { handle } from './zendesk/router';

/**
 * The local Zendesk stand-in: one Node server for the host page that plays Zendesk
 * (harness/host), the built app under /app (the CDN SDK swapped for the npm copy), the
 * fake REST API under /api/v2, and harness-only endpoints under /__harness.
 *
 * The host page is served from http://localhost:PORT and the app from http://127.0.0.1:PORT
 * (or the other way round), so the app runs cross-origin, as in Zendesk.
 */

export interface StandInOptions {
  /** 0 picks a free port. */
  port?: number;
  /** The app to serve at /app (default dist/). */
  appDir?: string;
  /** Extra fixtures (JSON) on top of the built-in ones. */
  fixturesFile?: string;
  /** How Zendesk behaves where its docs leave room; what "Reset everything" returns to. */
  behaviour?: Partial<Behaviour>;
}

/** The stand-in's settings for Zendesk's open behaviours (the page's "Zendesk's behaviour"). */
export interface Behaviour {
  /** Where the host gives the organization's custom fields (harness/zaf/api.ts). */
  orgFields: OrgFieldsShape;
  /** How long search takes to see a change (harness/zendesk/model.ts). */
  searchDelayMs: number;
}

const behaviourSchema = z.object({ orgFields: z.enum(ORG_FIELDS_SHAPES), searchDelayMs: z.number().int().min(0).max(600_000) });

export interface StandIn {
  /** The host page, e.g. http://localhost:4567 */
  url: string;
  port: number;
  /** The addresses it listens on: loopback only, since the fake API and the page's endpoints have no login. */
  addresses: string[];
  model: ZendeskModel;
  /** The settings the app is registered with (the admin's values, secure ones included). */
  settings: Record<string, unknown>;
  /** Problems with the fixtures, shown on the host page. */
  fixtureProblems: string[];
  /** Zendesk's open behaviours, changeable while it runs (a reset returns to the started ones). */
  behaviour: Behaviour;
  /** Back to the loaded fixtures and the default settings, no faults, empty log (the page's "Reset everything"). */
  reset(): void;
  close(): Promise<void>;
}

/** The stand-in's settings: the manifest defaults, plus the fixtures' Tier 1 and Tier 2 groups. */
export function defaultSettings(): Record<string, unknown> {
  return {
    ...Object.fromEntries(SETTING_SPECS.filter((s) => s.default !== undefined).map((s) => [s.name, s.default])),
    tier1_group_id: GROUPS.tier1.id,
    tier2_group_id: GROUPS.tier2.id,
  };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

const MAX_BODY = 10 * 1024 * 1024;

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

const SECURE = new Set(SETTING_SPECS.filter((s) => s.secure).map((s) => s.name));
const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

/** The host page never receives a secure setting, so it sends one back empty: empty keeps the stored value. */
function withSecureKept(next: Record<string, unknown>, current: Record<string, unknown>): Record<string, unknown> {
  const kept = [...SECURE].filter((name) => isEmpty(next[name]) && !isEmpty(current[name])).map((name) => [name, current[name]]);
  return { ...next, ...Object.fromEntries(kept) };
}

/**
 * Why a request is refused, or null. The stand-in answers only to its own names (a foreign
 * Host is a DNS-rebinding page), and a change (any method but GET and HEAD) only from its
 * own page: the page's header, and an Origin, when there is one, of its own.
 */
function refusal(req: IncomingMessage, method: string): string | null {
  const port = req.socket.localPort;
  const own = new Set(['localhost', '127.0.0.1', '[::1]'].map((name) => `${name}:${port}`));
  if (!own.has(req.headers.host ?? '')) return 'the stand-in answers only to localhost, 127.0.0.1 and [::1] on its port';
  if (method === 'GET' || method === 'HEAD') return null;
  const origin = req.headers.origin;
  if (req.headers[PAGE_HEADER.toLowerCase()] !== '1' || (origin !== undefined && !own.has(origin.replace(/^http:\/\//, '')))) {
    return 'changes are taken only from the stand-in\'s own page';
  }
  return null;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        fail(new Error('request body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

function send(res: ServerResponse, status: number, body: string | Buffer, contentType: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': contentType, 'Cache-Control': 'no-store', ...headers });
  res.end(body);
}

const sendJson = (res: ServerResponse, status: number, body: unknown): void => send(res, status, JSON.stringify(body), CONTENT_TYPES['.json'] as string);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

class StandInApp {
  readonly model: ZendeskModel;
  settings: Record<string, unknown> = defaultSettings();
  fixtureProblems: string[];
  orgFields: OrgFieldsShape;
  private seed: Seed;
  private events = new Set<ServerResponse>();

  constructor(
    private readonly assets: BrowserAssets,
    private readonly appDir: string,
    fixturesFile: string | undefined,
    private readonly started: Behaviour,
  ) {
    const loaded = loadFixtures(fixturesFile);
    this.seed = loaded.seed;
    this.fixtureProblems = loaded.problems;
    this.orgFields = started.orgFields;
    this.model = new ZendeskModel(this.seed, { searchDelayMs: started.searchDelayMs });
    this.model.subscribe((change) => this.broadcast(change));
  }

  get behaviour(): Behaviour {
    return { orgFields: this.orgFields, searchDelayMs: this.model.searchDelayMs };
  }

  set behaviour(value: Behaviour) {
    this.orgFields = value.orgFields;
    this.model.searchDelayMs = value.searchDelayMs;
  }

  reset(): void {
    this.settings = defaultSettings();
    this.behaviour = this.started;
    this.model.reset(this.seed);
  }

  broadcast(event: unknown): void {
    for (const res of this.events) res.write(`data: ${JSON.stringify(event)}\n\n`);
  }

  endEvents(): void {
    for (const res of this.events) res.end();
    this.events.clear();
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const method = (req.method ?? 'GET').toUpperCase();
    const refused = refusal(req, method);
    if (refused !== null) return sendJson(res, 403, { error: refused });
    if (url.pathname.startsWith('/api/v2/')) return this.api(req, res, method);
    if (url.pathname.startsWith('/__harness/')) return this.harness(req, res, method, url);
    if (url.pathname.startsWith('/app/')) return this.appFile(res, url.pathname.slice('/app/'.length));
    if (method !== 'GET') return sendJson(res, 405, { error: 'method not allowed' });
    switch (url.pathname) {
      case '/':
      case '/index.html':
        return send(res, 200, await readFile(join(ROOT, 'harness/host/index.html')), CONTENT_TYPES['.html'] as string);
      case '/harness/host.css':
        return send(res, 200, await readFile(join(ROOT, 'harness/host/host.css')), CONTENT_TYPES['.css'] as string);
      case '/harness/host.js':
        return send(res, 200, this.assets.hostJs, CONTENT_TYPES['.js'] as string);
      case '/harness/zaf_sdk.js':
        return send(res, 200, this.assets.sdkJs, CONTENT_TYPES['.js'] as string);
      default:
        return send(res, 404, 'Not found', CONTENT_TYPES['.txt'] as string);
    }
  }

  private async api(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]));
    const body = method === 'GET' || method === 'HEAD' ? null : await readBody(req);
    const answer = handle(this.model, { method, url: req.url ?? '/', headers, body });
    if ('dropped' in answer) {
      this.drop(res);
      this.broadcast({ kind: 'log' });
      return;
    }
    res.writeHead(answer.status, answer.headers);
    res.end(answer.body);
    this.broadcast({ kind: 'log' });
  }

  /**
   * Cuts the connection mid-answer. Cutting it before any byte is not enough: a browser
   * silently resends a request whose reused keep-alive socket closed without answering, which
   * would turn a drop into a duplicate write. Half a response cannot be resent.
   */
  private drop(res: ServerResponse): void {
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': '1024' });
    res.write('{', () => res.socket?.destroy());
  }

  private async appFile(res: ServerResponse, relative: string): Promise<void> {
    const root = resolve(this.appDir);
    const file = resolve(root, decodeURIComponent(relative));
    if (!file.startsWith(root + sep)) return send(res, 403, 'Forbidden', CONTENT_TYPES['.txt'] as string);
    if (!existsSync(file)) {
      const hint = existsSync(root) ? '' : ` The app is not built: run "npm run build" (looked in ${root}).`;
      return send(res, 404, `Not found: /app/${relative}.${hint}`, CONTENT_TYPES['.txt'] as string);
    }
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    const content = await readFile(file);
    return send(res, 200, type.startsWith('text/html') ? rewriteAppHtml(content.toString('utf8')) : content, type);
  }

  /** Everything the host page needs to draw itself: secure settings by name only, as Zendesk's admin page shows them. */
  private state(): unknown {
    const agents = this.model.allUsers().filter((u) => u.role !== 'end-user');
    return {
      tickets: this.model.allTickets().map((t) => ({ id: t.id, label: this.model.label(t.id) ?? null, subject: t.subject, status: t.status, composer: this.model.composer(t.id) })),
      agents: agents.map((a) => zafUser(this.model, a.id)),
      requesters: this.model.allUsers().map((u) => ({ id: u.id, name: u.name })),
      organizations: this.model.allOrganizations().map((o) => ({ id: o.id, name: o.name })),
      settings: Object.fromEntries(Object.entries(this.settings).filter(([name]) => !SECURE.has(name))),
      secureSettingsSet: [...SECURE].filter((name) => !isEmpty(this.settings[name])),
      behaviour: this.behaviour,
      settingSpecs: SETTING_SPECS,
      settingLabels: settingLabels(),
      faults: this.model.faults.pending(),
      fixtureProblems: this.fixtureProblems,
      app: { built: existsSync(join(this.appDir, appLocations(this.appDir).ticket_sidebar)), locations: appLocations(this.appDir) },
    };
  }

  /** One ticket as the host page shows it: the ZAF view plus the conversation. */
  private view(ticketId: number): unknown {
    const ticket = this.model.ticket(ticketId);
    if (!ticket) return null;
    return {
      ticket: zafTicket(this.model, ticket),
      groupName: ticket.group_id === null ? null : (this.model.group(ticket.group_id)?.name ?? null),
      comments: ticket.comments.map((c) => ({
        id: c.id,
        author: this.model.user(c.author_id)?.name ?? `user ${c.author_id}`,
        public: c.public,
        body: c.body,
        createdAt: c.created_at,
      })),
    };
  }

  private async harness(req: IncomingMessage, res: ServerResponse, method: string, url: URL): Promise<void> {
    const route = `${method} ${url.pathname.replace(/\/\d+$/, '/:id')}`;
    const id = Number(/\/(\d+)$/.exec(url.pathname)?.[1]);
    const body = method === 'GET' ? undefined : parseJson(await readBody(req));
    switch (route) {
      case 'GET /__harness/state':
        return sendJson(res, 200, this.state());
      case 'GET /__harness/view/:id': {
        const view = this.view(id);
        return view ? sendJson(res, 200, view) : sendJson(res, 404, { error: `no ticket ${id}` });
      }
      case 'GET /__harness/log':
        return sendJson(res, 200, this.model.log.all());
      case 'GET /__harness/events':
        res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
        res.write(': connected\n\n');
        this.events.add(res);
        req.on('close', () => this.events.delete(res));
        return;
      case 'POST /__harness/zaf': {
        const call = zafCallSchema.safeParse(body);
        if (!call.success) return sendJson(res, 400, { error: call.error.issues.map((i) => i.message).join('; ') });
        const { request, params, context } = call.data;
        return sendJson(res, 200, request === 'get' ? zafGet(this.model, context, params, this.orgFields) : zafSet(this.model, context, params));
      }
      case 'POST /__harness/agent-update/:id': {
        const parsed = agentUpdateSchema.safeParse(body);
        if (!parsed.success) return sendJson(res, 400, { error: parsed.error.issues.map((i) => i.message).join('; ') });
        const { agentId, ...update } = parsed.data;
        const result = this.model.updateTicket(id, update, agentId);
        return sendJson(res, result.ok ? 200 : result.status, result.ok ? { ok: true } : result.error);
      }
      case 'POST /__harness/faults': {
        const parsed = faultSchema.safeParse(body);
        if (!parsed.success) return sendJson(res, 400, { error: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
        this.model.faults.next(parsed.data.n, parsed.data.fault, { target: parsed.data.target ?? 'any' });
        this.broadcast({ kind: 'faults' });
        return sendJson(res, 200, this.model.faults.pending());
      }
      case 'DELETE /__harness/faults':
        this.model.faults.clear();
        this.broadcast({ kind: 'faults' });
        return sendJson(res, 200, []);
      case 'PUT /__harness/settings':
        if (body === null || typeof body !== 'object' || Array.isArray(body)) return sendJson(res, 400, { error: 'settings must be a JSON object' });
        this.settings = withSecureKept(body as Record<string, unknown>, this.settings);
        this.broadcast({ kind: 'settings' });
        return sendJson(res, 200, { ok: true });
      case 'PUT /__harness/behaviour': {
        const parsed = behaviourSchema.safeParse(body);
        if (!parsed.success) return sendJson(res, 400, { error: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
        this.behaviour = parsed.data;
        this.broadcast({ kind: 'settings' });
        return sendJson(res, 200, this.behaviour);
      }
      case 'DELETE /__harness/settings':
        this.settings = defaultSettings();
        this.broadcast({ kind: 'settings' });
        return sendJson(res, 200, { ok: true });
      case 'POST /__harness/fixtures': {
        if (body === undefined) return sendJson(res, 400, { problems: ['The fixtures are not valid JSON'] });
        const extra = parseFixtures(body, 'loaded fixtures');
        this.seed = mergeSeeds(this.seed, extra.seed);
        const problems = [...extra.problems, ...danglingReferences(this.seed, 'loaded fixtures')];
        this.model.reset(this.seed);
        return sendJson(res, 200, { problems, tickets: this.seed.tickets.length });
      }
      case 'POST /__harness/reset':
        this.reset();
        return sendJson(res, 200, { ok: true });
      default:
        return sendJson(res, 404, { error: `unknown harness endpoint ${method} ${url.pathname}` });
    }
  }
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      ok((server.address() as AddressInfo).port);
    });
  });
}

/** Starts the stand-in (in-process: tests use this). Loopback only: the fake API has no auth. */
export async function startStandIn(options: StandInOptions = {}): Promise<StandIn> {
  const assets = await buildBrowserAssets();
  const behaviour: Behaviour = { orgFields: 'both', searchDelayMs: 0, ...options.behaviour };
  const app = new StandInApp(assets, options.appDir ?? join(ROOT, 'dist'), options.fixturesFile, behaviour);
  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    app.handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: error instanceof Error ? error.message : String(error) });
      else res.end();
    });
  };
  const v4 = createServer(handler);
  const port = await listen(v4, options.port ?? 0, '127.0.0.1');
  // "localhost" may resolve to ::1 first; answer there too when the machine has IPv6.
  const v6 = createServer(handler);
  const servers = [v4];
  await listen(v6, port, '::1').then(
    () => servers.push(v6),
    () => undefined,
  );
  return {
    url: `http://localhost:${port}`,
    port,
    addresses: servers.map((s) => (s.address() as AddressInfo).address),
    model: app.model,
    get settings() {
      return app.settings;
    },
    set settings(value: Record<string, unknown>) {
      app.settings = value;
    },
    fixtureProblems: app.fixtureProblems,
    get behaviour() {
      return app.behaviour;
    },
    set behaviour(value: Behaviour) {
      app.behaviour = value;
    },
    reset: () => app.reset(),
    close: async () => {
      app.endEvents();
      await Promise.all(
        servers.map(
          (s) =>
            new Promise<void>((ok) => {
              s.close(() => ok());
              s.closeAllConnections();
            }),
        ),
      );
    },
  };
}

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 4567);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${process.env.PORT}"`);
  // The demo shows search's lag as a real account does (a few seconds here, minutes there); tests start with none.
  const searchDelayMs = Number(process.env.SEARCH_DELAY_MS ?? 5000);
  const standIn = await startStandIn({ port, fixturesFile: process.env.FIXTURES, behaviour: { searchDelayMs } });
  for (const problem of standIn.fixtureProblems) console.warn(`fixtures: ${problem}`);
  if (!existsSync(join(ROOT, 'dist'))) console.warn('dist/ is missing: run "npm run build" (npm start does it for you).');
  console.log(`Local Zendesk stand-in: ${standIn.url}`);
  console.log('Open it in a browser; Ctrl+C stops it.');
}

if (require.main === module) {
  main().catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(/EADDRINUSE/.test(message) ? `Port ${process.env.PORT ?? 4567} is in use: set PORT to another one (PORT=4568 npm start).` : message);
    process.exit(1);
  });
}
