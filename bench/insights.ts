import type { Browser, FrameLocator } from 'playwright-core';
import { USERS } from '../harness/fixtures';
import type { StandIn } from '../harness/server';
import type { LoggedRequest } from '../harness/zendesk/faults';
import { ENGLISH } from '../src/app/shell/i18n/catalog';
import { DEFAULT_PERIOD } from '../src/triage/insights';

/**
 * The Insights page against the Tier 2 queue, in the nav bar of one browser: each timed from the
 * press of its tab to its last figure on screen (the queue's load time stamp; the Insights page's
 * "Loaded with … requests"), and the REST requests the Insights page made, from the fake Zendesk's
 * log. The queue is pressed second, so neither page's figure includes the nav bar's first load.
 */

export interface InsightsFigures {
  /** REST requests from the press of the Insights tab to its full page. */
  insights_requests: number;
  insights_ms: number;
  /** The queue's time, measured the same way in the same run. */
  queue_ms: number;
}

export interface InsightsDetails {
  period_days: number;
  requests: { method: string; url: string; status: number | 'dropped' }[];
}

/** The REST requests among the log's entries between two lengths of the log (the stand-in's own pages aside). */
export function apiRequestsBetween(log: readonly LoggedRequest[], from: number, to: number): InsightsDetails['requests'] {
  return log
    .slice(from, to)
    .filter((r) => r.url.startsWith('/api/v2/'))
    .map(({ method, url, status }) => ({ method, url, status }));
}

/** Milliseconds from `startedAt` until `done` resolves, to a tenth. */
export async function timed(done: () => Promise<unknown>, clock: () => number = () => performance.now()): Promise<number> {
  const startedAt = clock();
  await done();
  return Math.round((clock() - startedAt) * 10) / 10;
}

const FRAME = 'iframe.app-frame';
const TIMEOUT_MS = 60_000;

async function press(app: FrameLocator, name: string): Promise<void> {
  await app.getByRole('button', { name, exact: true }).click({ timeout: TIMEOUT_MS });
}

export async function measureInsights(browser: Browser, standIn: StandIn): Promise<InsightsFigures & { details: InsightsDetails }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${standIn.url}/?${new URLSearchParams({ location: 'nav_bar', agent: String(USERS.tier2Agent) }).toString()}`);
    const app = page.frameLocator(FRAME);
    await app.locator('[data-loaded-at]').waitFor({ timeout: TIMEOUT_MS });

    const before = standIn.model.log.all().length;
    const insights_ms = await timed(async () => {
      await press(app, ENGLISH['nav.insights']);
      await app.locator('[data-insights-finished]').waitFor({ timeout: TIMEOUT_MS });
    });
    const requests = apiRequestsBetween(standIn.model.log.all(), before, Infinity);

    const queue_ms = await timed(async () => {
      await press(app, ENGLISH['nav.queue']);
      await app.locator('[data-loaded-at]').waitFor({ timeout: TIMEOUT_MS });
    });
    return { insights_requests: requests.length, insights_ms, queue_ms, details: { period_days: DEFAULT_PERIOD, requests } };
  } finally {
    await context.close();
  }
}
