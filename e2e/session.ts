import { join } from 'node:path';
import type { Browser, BrowserContext, Frame, FrameLocator, Page } from 'playwright-core';
import { startStandIn, type StandIn, type StandInOptions } from '../harness/server';
import { launchChromium } from './browser';

/**
 * One browser test's world: the stand-in started in-process on a free port, a Chromium page
 * on its host page, and a record of anything the page tried to fetch outside the machine
 * (the CDN SDK included): such requests are refused and listed in `externalRequests`.
 */

export const PROTOCOL_APP = join(__dirname, 'fixtures/protocol-app');

export interface Session {
  standIn: StandIn;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  externalRequests: string[];
  pageErrors: string[];
  /** Fresh data, settings and records for the next test (the browser and server stay up). */
  reset(): void;
  /** Opens the host page on a ticket (or the nav bar) as an agent and waits for the app to register. */
  open(options: { ticket?: number; agent?: number; location?: 'ticket_sidebar' | 'nav_bar' }): Promise<void>;
  /** The app iframe, for locators. */
  sidebar(): FrameLocator;
  /** The app iframe, for evaluating code inside it. */
  appFrame(): Promise<Frame>;
  /** Does something that reloads the app (switch agent, save settings...) and waits for the new instance to register. */
  reloadsApp(action: () => Promise<unknown>): Promise<void>;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export interface SessionPerFileOptions extends StandInOptions {
  /** Runs before each test, after the reset: for what the stand-in's reset does not clear (the browser's storage). */
  beforeEachTest?: (s: Session) => Promise<void>;
}

/**
 * The jest hooks every browser test file shares: one session for the file's tests (handed to
 * `ready` once it is up), a reset before each test, and after each test no page error and
 * nothing that left the machine (in particular the CDN SDK was never fetched).
 */
export function sessionPerFile(ready: (s: Session) => void, options: SessionPerFileOptions = {}): void {
  const { beforeEachTest, ...standInOptions } = options;
  let session: Session | null = null;
  const current = (): Session => {
    if (!session) throw new Error('the browser session did not start (see beforeAll)');
    return session;
  };
  beforeAll(async () => {
    session = await startSession(standInOptions);
    ready(session);
  });
  afterAll(async () => {
    await session?.close();
  });
  beforeEach(async () => {
    current().reset();
    await beforeEachTest?.(current());
  });
  afterEach(() => {
    expect(current().pageErrors).toEqual([]);
    expect(current().externalRequests).toEqual([]);
  });
}

export async function startSession(options: StandInOptions = {}): Promise<Session> {
  const standIn = await startStandIn(options);
  const browser = await launchChromium();
  const context = await browser.newContext();
  // Well under jest's 60 s, so a missing element fails with playwright's own message.
  context.setDefaultTimeout(10_000);
  const externalRequests: string[] = [];
  const pageErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (LOOPBACK.has(url.hostname)) return route.continue();
    externalRequests.push(url.href);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));

  const frameElement = () => page.locator('iframe.app-frame');
  const registrations = async (): Promise<number> => Number((await page.locator('#app-pane').getAttribute('data-registrations')) ?? 0);
  const waitForRegistrations = async (atLeast: number): Promise<void> => {
    await page.waitForFunction((n) => Number(document.getElementById('app-pane')?.dataset.registrations ?? 0) >= n, atLeast);
  };

  return {
    standIn,
    browser,
    context,
    page,
    externalRequests,
    pageErrors,
    reset() {
      standIn.reset();
      externalRequests.length = 0;
      pageErrors.length = 0;
    },
    async open({ ticket, agent, location = 'ticket_sidebar' }) {
      const query = new URLSearchParams({ location });
      if (ticket !== undefined) query.set('ticket', String(ticket));
      if (agent !== undefined) query.set('agent', String(agent));
      await page.goto(`${standIn.url}/?${query.toString()}`);
      await waitForRegistrations(1);
    },
    sidebar: () => frameElement().contentFrame(),
    async appFrame() {
      const frame = await (await frameElement().elementHandle())?.contentFrame();
      if (!frame) throw new Error('the app iframe is not on the page');
      return frame;
    },
    async reloadsApp(action) {
      const before = await registrations();
      await action();
      await waitForRegistrations(before + 1);
    },
    async close() {
      await browser.close();
      await standIn.close();
    },
  };
}
