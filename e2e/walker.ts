import type { FrameLocator, Locator } from 'playwright-core';
import { ENGLISH, translator, type MessageKey, type Vars } from '../src/app/shell/i18n/catalog';
import { parseSettings, type Settings } from '../src/triage/settings';
import { USERS } from '../harness/fixtures';
import type { Comment } from '../harness/zendesk/model';
import { fill } from '../src/triage/treeText';
import type { Outcome, QuestionNode, TreeId } from '../src/triage/tree';
import { TREES } from '../src/trees';
import { sessionPerFile, type Session } from './session';

/**
 * Walks the procedure in the stand-in the way an agent does: by the words on the screen.
 * Questions, answers and outcomes are found by their roles and the trees' own text (filled
 * with the installed settings), and the app's words come from translations/en.json, so a
 * test names node and answer ids while the browser sees only what an agent sees.
 */

export const t = (key: MessageKey, vars?: Vars): string => translator(ENGLISH)(key, vars);

export type Step = readonly [node: string, answer: string];

/**
 * An SSO district, access procedure: an account with a Clever username (3, 4), the course at
 * the right school (5) in the Clever account (6); step 7 is answered by the app from the
 * district; the student cannot enroll without an error (7a "No") → escalate to Tier 2 with
 * the user's Clever id, the replication and the screenshots. Step 1 is answered by the app.
 */
export const SSO_ENROLLMENT_ERROR: readonly Step[] = [
  ['access.2a', 'no'],
  ['access.2b', 'no'],
  ['access.3', 'yes'],
  ['access.4', 'yes'],
  ['access.5', 'yes'],
  ['access.6', 'yes'],
  ['access.7a', 'no'],
];

export interface Walker {
  settings: Settings;
  sidebar(): FrameLocator;
  node(tree: TreeId, id: string): QuestionNode;
  outcomeOf(tree: TreeId, id: string): Outcome;
  /** The question as the agent reads it. */
  questionText(tree: TreeId, id: string): string;
  /** The region of the pending question (named by its heading). */
  question(tree: TreeId, id: string): Locator;
  /** The region of the outcome (named by its title). */
  outcome(tree: TreeId, id: string): Locator;
  /** The button that starts a procedure, marked as suggested or not. */
  procedureButton(tree: TreeId): Locator;
  chooseProcedure(tree: TreeId): Promise<void>;
  /** Clicks an answer of the pending question, after checking that question is the one shown. */
  answer(tree: TreeId, node: string, answer: string): Promise<void>;
  answerAll(tree: TreeId, steps: readonly Step[]): Promise<void>;
  /** The trail entry of an answered step, by its line ("Step 7 · …"). */
  trailStep(tree: TreeId, node: string): Locator;
  /**
   * Opens a trail entry as an agent does (the folded trail first, at an outcome, or the earlier
   * steps of a long trail; then the step's line) and checks it names the step's question; returns the entry.
   */
  openTrailStep(tree: TreeId, node: string): Promise<Locator>;
  /** The note preview's text, exactly as the app will write it, read after opening "Preview the note". */
  previewedNote(): Promise<string>;
  /** The tags the outcome lists to add. */
  previewedTags(): Promise<string[]>;
  write(): Promise<void>;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function walker(s: Session): Walker {
  const { settings } = parseSettings(s.standIn.settings);
  const sidebar = () => s.sidebar();
  const node = (tree: TreeId, id: string): QuestionNode => {
    const found = TREES[tree].nodes[id];
    if (!found) throw new Error(`${tree} has no node ${id}`);
    return found;
  };
  const outcomeOf = (tree: TreeId, id: string): Outcome => {
    const found = TREES[tree].outcomes[id];
    if (!found) throw new Error(`${tree} has no outcome ${id}`);
    return found;
  };
  const questionText = (tree: TreeId, id: string) => fill(node(tree, id).question, settings);
  const question = (tree: TreeId, id: string) => sidebar().getByRole('region', { name: questionText(tree, id), exact: true });
  const outcome = (tree: TreeId, id: string) => sidebar().getByRole('region', { name: fill(outcomeOf(tree, id).title, settings), exact: true });
  const procedureButton = (tree: TreeId) =>
    sidebar()
      .getByRole('region', { name: t('procedure.title') })
      .getByRole('button', { name: new RegExp(`^${escapeRegExp(TREES[tree].title)}( \\(suggested\\))?$`) });

  const answer = async (tree: TreeId, id: string, answerId: string) => {
    const option = node(tree, id).answers.find((a) => a.id === answerId);
    if (!option) throw new Error(`${tree} ${id} has no answer ${answerId}`);
    await question(tree, id).getByRole('button', { name: option.label, exact: true }).click();
  };

  const trail = () => sidebar().getByRole('region', { name: t('trail.title'), exact: true });
  /** A step's line names it first: "Step 7 · " and its answer (the "app" marker after it). */
  const trailLine = (within: Locator | FrameLocator, tree: TreeId, id: string) =>
    within.getByRole('button', { name: new RegExp(`^${escapeRegExp(t('trail.line', { step: node(tree, id).step, answer: '' }))}`) });
  // Nodes can share a step number (transfers' 1): the entry's question, in the page while it is closed, tells them apart.
  const trailStep = (tree: TreeId, id: string) =>
    trail().getByRole('listitem').filter({ has: trailLine(sidebar(), tree, id) }).filter({ hasText: questionText(tree, id) });
  /** Opens a disclosure (aria-expanded) that is closed; leaves an open one as it is. */
  const expand = async (button: Locator) => {
    if ((await button.getAttribute('aria-expanded')) === 'false') await button.click();
    await button.and(sidebar().locator('[aria-expanded="true"]')).waitFor();
  };

  return {
    settings,
    sidebar,
    node,
    outcomeOf,
    questionText,
    question,
    outcome,
    procedureButton,
    async chooseProcedure(tree) {
      await procedureButton(tree).click();
    },
    answer,
    async answerAll(tree, steps) {
      for (const [id, answerId] of steps) await answer(tree, id, answerId);
    },
    trailStep,
    async openTrailStep(tree, id) {
      // The trail's own disclosure, when it has one: the whole trail at an outcome, the earlier steps of a long one.
      const fold = trail().locator('[aria-controls="trail-steps"]');
      if ((await fold.count()) > 0) await expand(fold);
      const entry = trailStep(tree, id);
      await expand(trailLine(entry, tree, id));
      await entry.getByText(questionText(tree, id), { exact: true }).waitFor();
      return entry;
    },
    async previewedNote() {
      await expand(sidebar().getByRole('button', { name: t('outcome.preview.toggle'), exact: true }));
      return sidebar().getByLabel(t('outcome.preview'), { exact: true }).innerText();
    },
    async previewedTags() {
      return sidebar().getByRole('list', { name: t('outcome.tags') }).getByRole('listitem').allInnerTexts();
    },
    async write() {
      await sidebar().getByRole('button', { name: t('write.button') }).click();
    },
  };
}

/** The comments a write added to a ticket of the fake Zendesk, after the fixture's own. */
export function addedComments(s: Session, ticketId: number, before: number): Comment[] {
  const ticket = s.standIn.model.ticket(ticketId);
  if (!ticket) throw new Error(`no ticket ${ticketId} in the stand-in`);
  return ticket.comments.slice(before);
}

/**
 * Saved walks live in the app's localStorage, which outlives `reset()`: each test starts from
 * an agent who never opened these tickets. The app's storage is partitioned under its host
 * page (it is a cross-site iframe), so it is cleared from inside the app, opened in the nav
 * bar, where it keeps no walk that could be saved again behind the clearing.
 */
export async function forgetSavedWalks(s: Session): Promise<void> {
  await s.open({ location: 'nav_bar', agent: USERS.tier2Agent });
  await (await s.appFrame()).evaluate(() => window.localStorage.clear());
}

/**
 * `sessionPerFile` for files that walk the procedure: each test also starts with no saved
 * walk, and `ready` receives the walker with the session.
 */
export function walkingSessionPerFile(ready: (s: Session, w: Walker) => void): void {
  sessionPerFile((s) => ready(s, walker(s)), { beforeEachTest: forgetSavedWalks });
}

/** The ticket's conversation and tags as the host page shows them. */
export function hostTicket(s: Session) {
  return {
    conversation: s.page.getByRole('list', { name: 'Conversation' }).getByRole('listitem'),
    tags: s.page.getByRole('list', { name: 'Ticket tags' }).getByRole('listitem'),
  };
}
