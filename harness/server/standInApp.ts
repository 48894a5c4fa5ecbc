import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BrowserAssets } from '../assets';
import { danglingReferences, loadFixtures, mergeSeeds, parseFixtures } from '../fixtures';
import type { OrgFieldsShape } from '../zaf/api';
import { ZendeskModel, type Seed } from '../zendesk/model';
import { harnessApi } from './harnessApi';
import { refusal, sendJson } from './http';
import { restApi } from './restApi';
import { defaultSettings, type Behaviour } from './settings';
import { appFile, hostFile } from './static';

/**
 * One running stand-in's state (the fake Zendesk, the admin's settings, the page's live
 * event streams) and the dispatch of a request to the concern that answers it.
 */
export class StandInApp {
  readonly model: ZendeskModel;
  settings: Record<string, unknown> = defaultSettings();
  fixtureProblems: string[];
  orgFields: OrgFieldsShape;
  private seed: Seed;
  private events = new Set<ServerResponse>();

  constructor(
    private readonly assets: BrowserAssets,
    readonly appDir: string,
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

  /** Adds fixtures to the loaded ones (a reset keeps them); the problems name what was skipped. */
  addFixtures(body: unknown): { problems: string[]; tickets: number } {
    const extra = parseFixtures(body, 'loaded fixtures');
    this.seed = mergeSeeds(this.seed, extra.seed);
    const problems = [...extra.problems, ...danglingReferences(this.seed, 'loaded fixtures')];
    this.model.reset(this.seed);
    return { problems, tickets: this.seed.tickets.length };
  }

  /** The host page's live updates (server-sent events). */
  subscribe(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    this.events.add(res);
    req.on('close', () => this.events.delete(res));
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
    if (url.pathname.startsWith('/api/v2/')) {
      await restApi(this.model, req, res, method);
      return this.broadcast({ kind: 'log' });
    }
    if (url.pathname.startsWith('/__harness/')) return harnessApi(this, req, res, method, url);
    if (url.pathname.startsWith('/app/')) return appFile(res, this.appDir, url.pathname.slice('/app/'.length));
    if (method !== 'GET') return sendJson(res, 405, { error: 'method not allowed' });
    return hostFile(res, url.pathname, this.assets);
  }
}
