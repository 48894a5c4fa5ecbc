import type { Browser, Frame, Page } from 'playwright-core';
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
}

export interface RenderRun {
  subject: Subject['name'];
  /** From the iframe's navigation to the target painted. */
  ms: number;
  /** The ZAF calls that reached the host before that. */
  zafCalls: ZafCallKind[];
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
const FRAME = 'iframe.app-frame';
const TIMEOUT_MS = 30_000;

function readRecord<T>(where: Page | Frame): Promise<T | null> {
  return where.evaluate((name) => ((window as unknown as Record<string, unknown>)[name] ?? null) as never, RECORD_GLOBAL) as Promise<T | null>;
}

export async function measure(browser: Browser, instrument: string, subject: Subject): Promise<RenderRun> {
  const context = await browser.newContext();
  try {
    // Nothing leaves the machine: the CDN SDK is swapped for the local copy by the stand-in.
    await context.route('**/*', (route) => (LOOPBACK.has(new URL(route.request().url()).hostname) ? route.continue() : route.abort()));
    await context.addInitScript({ content: initScript(instrument, subject.target) });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${subject.standIn.url}/?${new URLSearchParams(subject.query).toString()}`);

    const frame = await (await page.waitForSelector(FRAME, { timeout: TIMEOUT_MS })).contentFrame();
    if (!frame) throw new Error(`${subject.name}: the host page has no app iframe`);
    await frame
      .waitForFunction((name) => ((window as unknown as Record<string, { visibleMs?: unknown } | undefined>)[name]?.visibleMs ?? null) !== null, RECORD_GLOBAL, {
        timeout: TIMEOUT_MS,
      })
      .catch((error: unknown) => {
        throw new Error(`${subject.name}: "${subject.target.name}" (${subject.target.role}) never showed${errors.length ? ` (page errors: ${errors.join('; ')})` : ''}: ${String(error)}`);
      });
    const record = await readRecord<AppFrameRecord>(frame);
    if (record?.visibleMs == null || record.visibleAt == null) throw new Error(`${subject.name}: the instrument recorded nothing`);

    // The instrument's own matching is checked against the browser's accessibility tree.
    const seen = page.frameLocator(FRAME).getByRole(subject.target.role, { name: subject.target.name, exact: true });
    if (!(await seen.first().isVisible())) throw new Error(`${subject.name}: no visible ${subject.target.role} named "${subject.target.name}"`);

    const host = await readRecord<HostRecord>(page);
    return { subject: subject.name, ms: record.visibleMs, zafCalls: callsUntil(host?.zafLog ?? [], record.visibleAt) };
  } finally {
    await context.close();
  }
}

/**
 * `runs` loads of each subject, interleaved (A B, B A, A B…) so that a slow moment of the
 * machine falls on both, after one unrecorded warm-up load of each (first-use costs of the
 * browser and the server, not of the app).
 */
export async function measureInterleaved(browser: Browser, instrument: string, subjects: readonly [Subject, Subject], runs: number): Promise<RenderRun[]> {
  for (const subject of subjects) await measure(browser, instrument, subject);
  const results: RenderRun[] = [];
  for (let i = 0; i < runs; i += 1) {
    const order = i % 2 === 0 ? subjects : ([subjects[1], subjects[0]] as const);
    for (const subject of order) results.push(await measure(browser, instrument, subject));
  }
  return results;
}
