import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { buildBrowserAssets, ROOT } from '../assets';
import type { ZendeskModel } from '../zendesk/model';
import { listen, sendJson } from './http';
import { type Behaviour } from './settings';
import { StandInApp } from './standInApp';

/**
 * The local Zendesk stand-in: one Node server for the host page that plays Zendesk
 * (harness/host), the built app under /app (the CDN SDK swapped for the npm copy), the
 * fake REST API under /api/v2, and harness-only endpoints under /__harness.
 *
 * The host page is served from http://localhost:PORT and the app from http://127.0.0.1:PORT
 * (or the other way round), so the app runs cross-origin, as in Zendesk.
 *
 * This file starts it (startStandIn for tests, `npm start` for people); the concerns live
 * beside it: http.ts (who may ask, bodies, answers), standInApp.ts (state and dispatch),
 * static.ts (files), restApi.ts (/api/v2), harnessApi.ts (/__harness routes),
 * hostViews.ts (what the page draws), settings.ts (settings and behaviours).
 */

export { defaultSettings, type Behaviour } from './settings';

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
