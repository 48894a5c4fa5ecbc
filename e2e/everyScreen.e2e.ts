import { TICKETS, USERS } from '../harness/fixtures';
import { fill } from '../src/triage/treeText';
import type { TreeId } from '../src/triage/tree';
import { TREES } from '../src/trees';
import type { Session } from './session';
import { t, walkingSessionPerFile, type Walker } from './walker';

/**
 * Nothing on screen the agent cannot act on: with the app's default settings (the optional links
 * unset), every question and every outcome of every procedure is visited, and none shows an
 * address as plain text, a link with no address or no name, or words about the app's settings.
 * The ticket has no organization, so the app answers nothing and every answer is offered: the
 * walk goes depth first, answering, looking, and going Back.
 */

let s: Session;
let w: Walker;
walkingSessionPerFile((session, walking) => ([s, w] = [session, walking]));

interface Noise {
  /** Visible text, outside any link, that holds an address or talks about the settings. */
  plainAddresses: string[];
  /** Visible links without an address to go to, or without words to read. */
  emptyLinks: string[];
}

/** Runs in the app's frame: it uses nothing from outside itself. */
const noiseOnScreen = (): Noise => {
  const ADDRESS = /https?:\/\/|\bwww\.|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[a-z0-9-]+\.(?:com|org|net|edu|gov|io|us)\b|no link set|app settings/i;
  const plainAddresses: string[] = [];
  const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = texts.nextNode(); node; node = texts.nextNode()) {
    const parent = node.parentElement;
    const text = node.textContent ?? '';
    if (parent && !parent.closest('a') && parent.checkVisibility() && ADDRESS.test(text)) plainAddresses.push(text.trim().slice(0, 160));
  }
  const emptyLinks = [...document.querySelectorAll('a')]
    .filter((a) => a.checkVisibility() && ((a.getAttribute('href') ?? '').trim() === '' || (a.textContent ?? '').trim() === ''))
    .map((a) => a.outerHTML.slice(0, 160));
  return { plainAddresses, emptyLinks };
};

type Screen = { kind: 'node' | 'outcome'; id: string };
const selector = (at: Screen) => (at.kind === 'node' ? `section[data-node="${at.id}"]` : `section[data-outcome="${at.id}"]`);

/** Every screen of `tree` from its first question, each checked once; returns the ids seen. */
async function visitAll(tree: TreeId): Promise<{ seen: Set<string>; noise: Record<string, Noise> }> {
  const seen = new Set<string>();
  const noise: Record<string, Noise> = {};
  const app = w.sidebar();
  const frame = await s.appFrame();
  const screenOf = (id: string): Screen => ({ kind: TREES[tree].nodes[id] ? 'node' : 'outcome', id });

  const visit = async (at: Screen): Promise<void> => {
    seen.add(at.id);
    await app.locator(selector(at)).waitFor();
    const found = await frame.evaluate(noiseOnScreen);
    if (found.plainAddresses.length > 0 || found.emptyLinks.length > 0) noise[at.id] = found;
    if (at.kind === 'outcome') return;
    for (const answer of TREES[tree].nodes[at.id]?.answers ?? []) {
      if (seen.has(answer.next)) continue;
      await app.locator(selector(at)).getByRole('button', { name: fill(answer.label, w.settings), exact: true }).click();
      await visit(screenOf(answer.next));
      await app.getByRole('button', { name: t('walk.back'), exact: true }).click();
      await app.locator(selector(at)).waitFor();
    }
  };
  await visit(screenOf(TREES[tree].root));
  return { seen, noise };
}

describe('every screen of every procedure, with the default settings', () => {
  it.each([
    ['access', USERS.tier1Agent],
    ['transfers', USERS.tier1Agent],
    ['sync', USERS.tier1Agent],
    ['tier2', USERS.tier2Agent],
  ] as const)('%s: every question and outcome shows no plain address, no empty link, no word about the settings', async (tree, agent) => {
    await s.open({ ticket: TICKETS.noOrganization, agent });
    await w.chooseProcedure(tree);
    const { seen, noise } = await visitAll(tree);
    expect([...seen].sort()).toEqual([...Object.keys(TREES[tree].nodes), ...Object.keys(TREES[tree].outcomes)].sort());
    expect(noise).toEqual({});
  });
});
