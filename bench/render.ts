import type { Browser, Frame, FrameLocator, Locator, Page } from 'playwright-core';
import type { StandIn } from '../harness/server';
import { initScript } from './page/bundle';
import { RECORD_GLOBAL, type AppFrameRecord, type HostRecord, type VisibleTarget } from './page/types';
import { callsUntil, type ZafCallKind } from './zafLog';

/**
 * One timed load of an app in the stand-in's host page, in a fresh browser context (empty
 * cache and storage, as an agent opening the app for the first time that day).
 */

export interface Subject {
  name: 'app' | 'baseline';
  standIn: StandIn;
  target: VisibleTarget;
  /** The host page's query: which ticket, which agent. */
  query: Record<string, string>;
  /** Once the target is painted, press this button and time until `then.target` is painted. */
  then?: { press: VisibleTarget; target: VisibleTarget };
}

export interface RenderRun {
  subject: Subject['name'];
  /** From the iframe's navigation to the target painted. */
  ms: number;
  /** The ZAF calls that reached the host before that. */
  zafCalls: ZafCallKind[];
  /** With `then`: from the press to its target painted, and the app's files the frame had fetched by then. */
  afterPress?: { ms: number; fetched: string[] };
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
const FRAME = 'iframe.app-frame';
/** Where the stand-in serves the app's files (harness/server/static.ts). */
const APP_PATH = '/app/';
const TIMEOUT_MS = 30_000;

function readRecord<T>(where: Page | Frame): Promise<T | null> {
  return where.evaluate((name) => ((window as unknown as Record<string, unknown>)[name] ?? null) as never, RECORD_GLOBAL) as Promise<T | null>;
}

/** The target as Playwright finds it in the browser's accessibility tree, to check the instrument's own matching. */
function locate(app: FrameLocator, target: VisibleTarget): Locator {
  const byRole = app.getByRole(target.role, target.name === undefined ? {} : { name: target.name, exact: true });
  return (target.selector === undefined ? byRole : app.locator(target.selector).and(byRole)).first();
}

const label = (target: VisibleTarget): string => `${target.selector ?? target.role}${target.name === undefined ? '' : ` "${target.name}"`}`;

/** Waits for the instrument to fill `field` in the app frame's record, then reads the record. */
async function recorded(frame: Frame, field: keyof AppFrameRecord, what: string, errors: readonly string[]): Promise<AppFrameRecord> {
  await frame
    .waitForFunction(
      ([name, key]) => ((window as unknown as Record<string, Record<string, unknown> | undefined>)[name]?.[key] ?? null) !== null,
      [RECORD_GLOBAL, field] as const,
      { timeout: TIMEOUT_MS },
    )
    .catch((error: unknown) => {
      throw new Error(`${what} never showed${errors.length ? ` (page errors: ${errors.join('; ')})` : ''}: ${String(error)}`);
    });
  const record = await readRecord<AppFrameRecord>(frame);
  if (record?.[field] == null) throw new Error(`${what}: the instrument recorded nothing`);
  return record;
}

async function checkVisible(app: FrameLocator, target: VisibleTarget, what: string): Promise<void> {
  if (!(await locate(app, target).isVisible())) throw new Error(`${what}: no visible ${label(target)}`);
}

/** The app's files (relative to the app directory) the frame had fetched by `until` (ms from its time origin). */
function fetchedBy(frame: Frame, until: number): Promise<string[]> {
  return frame.evaluate(
    ([prefix, end]) =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => (entry as PerformanceResourceTiming).responseEnd <= end)
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.startsWith(prefix))
        .map((path) => path.slice(prefix.length)),
    [APP_PATH, until] as const,
  );
}

export async function measure(browser: Browser, instrument: string, subject: Subject): Promise<RenderRun> {
  const context = await browser.newContext();
  try {
    // Nothing leaves the machine: the CDN SDK is swapped for the local copy by the stand-in.
    await context.route('**/*', (route) => (LOOPBACK.has(new URL(route.request().url()).hostname) ? route.continue() : route.abort()));
    await context.addInitScript({ content: initScript(instrument, { target: subject.target, afterClick: subject.then?.target }) });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${subject.standIn.url}/?${new URLSearchParams(subject.query).toString()}`);

    const frame = await (await page.waitForSelector(FRAME, { timeout: TIMEOUT_MS })).contentFrame();
    if (!frame) throw new Error(`${subject.name}: the host page has no app iframe`);
    const app = page.frameLocator(FRAME);
    const what = `${subject.name}: ${label(subject.target)}`;
    const record = await recorded(frame, 'visibleAt', what, errors);
    await checkVisible(app, subject.target, what);
    const host = await readRecord<HostRecord>(page);
    const run: RenderRun = { subject: subject.name, ms: record.visibleMs ?? NaN, zafCalls: callsUntil(host?.zafLog ?? [], record.visibleAt ?? NaN) };
    if (!subject.then) return run;

    // As soon as Playwright can press it: the earliest an agent could.
    await locate(app, subject.then.press).click({ timeout: TIMEOUT_MS });
    const next = `${subject.name}: ${label(subject.then.target)} after pressing ${label(subject.then.press)}`;
    const after = await recorded(frame, 'afterClickMs', next, errors);
    await checkVisible(app, subject.then.target, next);
    const [clickMs, afterMs] = [after.clickMs ?? NaN, after.afterClickMs ?? NaN];
    return { ...run, afterPress: { ms: afterMs - clickMs, fetched: await fetchedBy(frame, afterMs) } };
  } finally {
    await context.close();
  }
}

/** One app load and one baseline load, run back to back. */
export type RenderPair = Record<Subject['name'], RenderRun>;

/**
 * `runs` pairs of loads, interleaved (A B, B A, A B…) so that a slow moment of the machine falls
 * on both loads of a pair, after one unrecorded warm-up load of each (first-use costs of the
 * browser and the server, not of the app).
 */
export async function measureInterleaved(browser: Browser, instrument: string, subjects: readonly [Subject, Subject], runs: number): Promise<RenderPair[]> {
  for (const subject of subjects) await measure(browser, instrument, subject);
  const pairs: RenderPair[] = [];
  for (let i = 0; i < runs; i += 1) {
    const order = i % 2 === 0 ? subjects : ([subjects[1], subjects[0]] as const);
    const [first, second] = [await measure(browser, instrument, order[0]), await measure(browser, instrument, order[1])];
    pairs.push({ [first.subject]: first, [second.subject]: second } as RenderPair);
  }
  return pairs;
}
