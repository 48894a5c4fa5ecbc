import type { Browser } from 'playwright-core';
import type { StandIn } from '../harness/server';
import { ENGLISH } from '../src/app/shell/i18n/catalog';
import { parseSettings } from '../src/triage/settings';
import { fill } from '../src/triage/treeText';
import type { Outcome, Tree } from '../src/triage/tree';

/**
 * The REST requests one happy-path write makes: the agent walks a procedure to an outcome in
 * the stand-in's sidebar and presses the write button; the fake Zendesk's request log says what
 * reached the API from that press until the sidebar says "Written".
 */

/** An outcome the bench can write without typing: nothing required to collect, no hand-off. */
const writable = (outcome: Outcome): boolean => outcome.kind !== 'handoff' && outcome.collect.every((field) => !field.required);

/**
 * For every question of a tree, the answer on the shortest way to a writable outcome. Auto-answers
 * may lead the walk anywhere, so every node gets one, not only those on a single path.
 */
export function answersToWritableOutcome(tree: Tree): Map<string, string> {
  const distance = new Map<string, number>();
  const choice = new Map<string, string>();
  const visit = (id: string, path: ReadonlySet<string>): number => {
    const outcome = tree.outcomes[id];
    if (outcome) return writable(outcome) ? 0 : Infinity;
    const known = distance.get(id);
    if (known !== undefined) return known;
    const node = tree.nodes[id];
    if (!node || path.has(id)) return Infinity;
    let best = Infinity;
    for (const answer of node.answers) {
      const d = visit(answer.next, new Set([...path, id])) + 1;
      if (d < best) {
        best = d;
        choice.set(id, answer.id);
      }
    }
    distance.set(id, best);
    return best;
  };
  for (const id of Object.keys(tree.nodes)) visit(id, new Set());
  return choice;
}

export interface WriteCount {
  outcome: string;
  requests: { method: string; url: string; status: number | 'dropped' }[];
}

const FRAME = 'iframe.app-frame';
const MAX_STEPS = 40;
const TIMEOUT_MS = 30_000;

/** Walks `tree` on the ticket and writes the outcome; returns the REST requests the write made. */
export async function restCallsPerWrite(browser: Browser, standIn: StandIn, tree: Tree, query: Record<string, string>): Promise<WriteCount> {
  const settings = parseSettings(standIn.settings).settings;
  const policy = answersToWritableOutcome(tree);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${standIn.url}/?${new URLSearchParams(query).toString()}`);
    const app = page.frameLocator(FRAME);
    await app.getByRole('button', { name: tree.title }).click({ timeout: TIMEOUT_MS });

    const write = app.getByRole('button', { name: ENGLISH['write.button'], exact: true });
    const question = app.locator('section[data-node]');
    for (let step = 0; !(await write.isVisible()); step += 1) {
      if (step >= MAX_STEPS) throw new Error(`no outcome after ${MAX_STEPS} answers in ${tree.id}`);
      await question.or(write).first().waitFor({ timeout: TIMEOUT_MS });
      if (await write.isVisible()) break;
      const nodeId = (await question.getAttribute('data-node')) ?? '';
      const node = tree.nodes[nodeId];
      const answer = node?.answers.find((a) => a.id === policy.get(nodeId));
      if (!node || !answer) throw new Error(`the sidebar asks ${nodeId}, which has no way to a writable outcome in ${tree.id}`);
      await question.getByRole('button', { name: fill(answer.label, settings), exact: true }).click();
      // Answered: that question leaves the screen (a question is never asked twice on one path).
      await app.locator(`section[data-node="${nodeId}"]`).waitFor({ state: 'detached', timeout: TIMEOUT_MS });
    }

    const outcome = await app.locator('section[data-outcome]').getAttribute('data-outcome', { timeout: TIMEOUT_MS });
    if (outcome === null) throw new Error('the outcome on screen has no data-outcome');
    const before = standIn.model.log.all().length;
    await write.click();
    await app.getByText(ENGLISH['write.done.title'], { exact: true }).waitFor({ timeout: TIMEOUT_MS });
    const requests = standIn.model.log
      .all()
      .slice(before)
      .map(({ method, url, status }) => ({ method, url, status }));
    return { outcome, requests };
  } finally {
    await context.close();
  }
}
