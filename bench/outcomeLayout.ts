import type { Browser, FrameLocator, Locator } from 'playwright-core';
import type { StandIn } from '../harness/server';
import { ENGLISH, translator } from '../src/app/shell/i18n/catalog';
import { parseSettings } from '../src/triage/settings';
import { fill } from '../src/triage/treeText';
import type { CollectField, Tree } from '../src/triage/tree';

/**
 * Where the outcome puts its main action: the walk to an escalation, its required fields filled
 * in as an agent would, and the write button's top edge measured from the top of the sidebar's
 * page. The sidebar grows to its content (ZAF resize), so that edge is how far an agent scrolls
 * before the button is on screen.
 */

const t = translator(ENGLISH);
const FRAME = 'iframe.app-frame';
const TIMEOUT_MS = 30_000;

/**
 * An element's top edge from the top of its document, in whole px, however far the document is
 * scrolled. Runs in the page (Playwright sends its source): it uses nothing from outside itself.
 */
export const documentTop = (element: Element): number =>
  Math.round(element.getBoundingClientRect().top + (element.ownerDocument.defaultView?.scrollY ?? 0));

/** A value each kind of field accepts, as an agent would type it. */
const SAMPLE: Partial<Record<CollectField['kind'], string>> = {
  clever_id: '5f3a9c0b1d2e4f6a7b8c9d0e',
  text: 'Lincoln High School',
  multiline: 'Enrolled from the student account: "Enrollment failed" on the course page.',
  datetime: '2026-11-18T09:30',
};

/** Fills every required field of the outcome on screen, by its label. */
export async function fillRequired(outcome: Locator, fields: readonly CollectField[]): Promise<void> {
  for (const field of fields.filter((f) => f.required === true)) {
    const label = t('collect.label.required', { label: field.label });
    if (field.kind === 'yes_no') {
      await outcome.getByRole('group', { name: label }).getByText(t('collect.yes'), { exact: true }).click();
      continue;
    }
    const value = SAMPLE[field.kind];
    if (value === undefined) throw new Error(`no sample value for a ${field.kind} field (${field.id})`);
    await outcome.getByLabel(label, { exact: true }).fill(value);
  }
}

/** Answers each question as the agent does, by its words on the screen. */
async function walk(app: FrameLocator, tree: Tree, steps: readonly (readonly [node: string, answer: string])[], settings: ReturnType<typeof parseSettings>['settings']): Promise<void> {
  for (const [nodeId, answerId] of steps) {
    const node = tree.nodes[nodeId];
    const answer = node?.answers.find((a) => a.id === answerId);
    if (!node || !answer) throw new Error(`${tree.id} has no answer ${answerId} at ${nodeId}`);
    const question = app.locator(`section[data-node="${nodeId}"]`);
    await question.getByRole('button', { name: fill(answer.label, settings), exact: true }).click({ timeout: TIMEOUT_MS });
    await question.waitFor({ state: 'detached', timeout: TIMEOUT_MS });
  }
}

export interface WriteButtonOffset {
  outcome: string;
  px: number;
  sidebarWidthPx: number;
  viewportHeightPx: number;
}

export interface OutcomeWalk {
  tree: Tree;
  steps: readonly (readonly [node: string, answer: string])[];
  outcome: string;
  /** The host page's query: which ticket, which agent. */
  query: Record<string, string>;
}

/** Walks to the outcome in a fresh browser context of the given height, fills it in, and measures the write button. */
export async function writeButtonOffset(browser: Browser, standIn: StandIn, walked: OutcomeWalk, viewportHeightPx = 900): Promise<WriteButtonOffset> {
  const settings = parseSettings(standIn.settings).settings;
  const outcome = walked.tree.outcomes[walked.outcome];
  if (!outcome) throw new Error(`${walked.tree.id} has no outcome ${walked.outcome}`);
  const context = await browser.newContext({ viewport: { width: 1280, height: viewportHeightPx } });
  try {
    const page = await context.newPage();
    await page.goto(`${standIn.url}/?${new URLSearchParams(walked.query).toString()}`);
    const app = page.frameLocator(FRAME);
    await app.getByRole('button', { name: walked.tree.title }).click({ timeout: TIMEOUT_MS });
    await walk(app, walked.tree, walked.steps, settings);
    const region = app.locator(`section[data-outcome="${walked.outcome}"]`);
    await region.waitFor({ timeout: TIMEOUT_MS });
    await fillRequired(region, outcome.collect);
    const write = app.getByRole('button', { name: t('write.button'), exact: true });
    if (!(await write.isEnabled({ timeout: TIMEOUT_MS }))) throw new Error(`the write button of ${walked.outcome} stays disabled with its required fields filled`);
    const sidebarWidthPx = await app.locator('html').evaluate((html) => html.clientWidth);
    return { outcome: walked.outcome, px: await write.evaluate(documentTop), sidebarWidthPx, viewportHeightPx };
  } finally {
    await context.close();
  }
}
