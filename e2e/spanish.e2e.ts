import { TICKETS, USERS } from '../harness/fixtures';
import es from '../src/app/messages/es.json';
import { ENGLISH, translator, type MessageKey, type Vars } from '../src/app/shell/i18n/catalog';
import { localizeTree, mapTreeText } from '../src/triage/localize';
import { SPANISH_FILL_WORDS } from '../src/triage/spanish';
import { fill } from '../src/triage/treeText';
import type { TreeId } from '../src/triage/tree';
import { TREE_TEXT_ES } from '../src/trees/es';
import { TREES } from '../src/trees';
import { eventually } from './eventually';
import type { Session } from './session';
import { SSO_ENROLLMENT_ERROR, t, walkingSessionPerFile, type Step, type Walker } from './walker';

/**
 * The procedures in two languages, in a real Chromium: an agent whose Zendesk language is Spanish
 * walks every tree and never reads a string of the English trees; an English-speaking agent on a
 * Spanish-speaking requester's ticket inserts the customer text in Spanish by default.
 */

let s: Session;
let w: Walker;
walkingSessionPerFile((session, walking) => ([s, w] = [session, walking]));

/** The app's own words in Spanish. */
const tEs = (key: MessageKey, vars?: Vars): string => translator({ ...ENGLISH, ...es })(key, vars);
const spanish = (tree: TreeId) => localizeTree(TREES[tree], TREE_TEXT_ES[tree]);
const fillEs = (text: string) => fill(text, w.settings, { words: SPANISH_FILL_WORDS });

/** Every string of the English trees that reads otherwise in Spanish, filled as the screens fill it. */
function englishOnly(): string[] {
  const found = new Set<string>();
  for (const tree of Object.values(TREES)) {
    mapTreeText(tree, TREE_TEXT_ES[tree.id], (slot) => {
      if (slot.translated !== slot.en) found.add(fill(slot.en, w.settings));
      return slot.en;
    });
  }
  return [...found];
}

/** The English strings from the trees that the sidebar shows now (its visible text: a closed note preview is not read). */
async function englishOnScreen(): Promise<string[]> {
  const text = await w.sidebar().locator('body').innerText();
  return englishOnly().filter((english) => text.includes(english));
}

/**
 * One path of each tree, on the Spanish-speaking requester's ticket (so the customer text is Spanish
 * too); Tier 2's is offered once the ticket is escalated.
 */
const PATHS: readonly { tree: TreeId; escalated?: true; steps: readonly Step[]; outcome: string }[] = [
  { tree: 'access', steps: SSO_ENROLLMENT_ERROR, outcome: 'sso_enrollment_error' },
  {
    tree: 'transfers',
    steps: [['transfers.1', 'yes'], ['transfers.1.clever_profile', 'yes'], ['transfers.1.new_school_listed', 'yes']],
    outcome: 'sso_transfer_change_school',
  },
  { tree: 'sync', steps: [['sync.status', 'on_hold'], ['sync.hold_type', 'disconnected']], outcome: 'resume_after_reconnect' },
  { tree: 'tier2', escalated: true, steps: [['tier2.1', 'yes'], ['tier2.2', 'needs_supervisor']], outcome: 'dashboard_lookup_escalate_supervisor' },
];

describe('an agent working in Spanish', () => {
  it.each(PATHS.map((p) => [p.tree, p] as const))('walks %s in Spanish: no string of the English trees on any screen', async (_tree, path) => {
    const tree = spanish(path.tree);
    if (path.escalated) s.standIn.model.changeTags(TICKETS.spanishRequester, 'add', ['clever_escalated_tier2'], USERS.tier1Agent);
    await s.open({ ticket: TICKETS.spanishRequester, agent: USERS.tier1AgentEs });
    const choose = w.sidebar().getByRole('region', { name: tEs('procedure.title') });
    const button = choose.getByRole('button', { name: new RegExp(`^${tree.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
    await button.waitFor();
    // The procedures to choose from, on the first screen, are Spanish too.
    expect(['first screen', await englishOnScreen()]).toEqual(['first screen', []]);
    await button.click();
    for (const [node, answer] of path.steps) {
      const step = tree.nodes[node]!;
      const region = w.sidebar().getByRole('region', { name: fillEs(step.question), exact: true });
      await region.waitFor();
      expect([node, await englishOnScreen()]).toEqual([node, []]);
      await region.getByRole('button', { name: step.answers.find((a) => a.id === answer)!.label, exact: true }).click();
    }
    const outcome = tree.outcomes[path.outcome]!;
    await w.sidebar().getByRole('region', { name: fillEs(outcome.title), exact: true }).waitFor();
    expect([path.outcome, await englishOnScreen()]).toEqual([path.outcome, []]);
  });
});

describe('a Spanish-speaking requester', () => {
  it('gets the customer text in Spanish by default from an agent working in English; English is one click away', async () => {
    await s.open({ ticket: TICKETS.spanishRequester, agent: USERS.tier1Agent });
    await w.chooseProcedure('access');
    await w.answerAll('access', [['access.2a', 'no'], ['access.2b', 'yes']]);
    const region = w.outcome('access', 'escalate_school_district_association');
    const inSpanish = fillEs(spanish('access').outcomes.escalate_school_district_association!.customerGuidance!);
    const inEnglish = fill(TREES.access.outcomes.escalate_school_district_association!.customerGuidance!, w.settings);
    // The customer text is folded below the write until asked for.
    await region.getByRole('button', { name: t('outcome.guidance'), exact: true }).click();
    await region.getByText(inSpanish, { exact: true }).waitFor();

    await region.getByRole('button', { name: t('outcome.insert'), exact: true }).click();
    await eventually(async () => expect(await s.page.getByLabel(/^Reply box/).inputValue()).toBe(inSpanish));

    await region.getByRole('button', { name: t('outcome.guidance.language.en'), exact: true }).click();
    await region.getByText(inEnglish, { exact: true }).waitFor();
  });
});
