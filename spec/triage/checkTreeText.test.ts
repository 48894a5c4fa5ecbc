import { checkTreeText, checkTreeTexts } from '../../src/triage/checkTreeText';
import { formatProblem, type TreeProblem } from '../../src/triage/checkTrees';
import type { Tree, TreeText } from '../../src/triage/tree';
import { SAME_IN_SPANISH, TREE_TEXT_ES } from '../../src/trees/es';
import { TREES } from '../../src/trees/index';
import { fixtureTree } from './fixtures/trees';
import { fixtureTreeEs } from './fixtures/treeText';

/** A translation as data broken past its type (a key deleted, a list cut short). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the point is a shape the type forbids
type Loose = Record<string, any>;

/** The Spanish fixture, broken by `breakIt` (a deep copy: the fixture stays whole for the next case). */
function brokenText(breakIt: (t: Loose) => void): TreeText {
  const copy = structuredClone(fixtureTreeEs) as unknown as Loose;
  breakIt(copy);
  return copy as unknown as TreeText;
}

const at = (problems: TreeProblem[]) => problems.map((p) => `${p.at}: ${p.message}`);
const ALLOWED = new Set(['No']);
/** The fixture tree with a fill-in marker in one customer text, as the real ones have. */
const english: Tree = structuredClone(fixtureTree);
english.outcomes.sso_listed!.customerGuidance = 'Change the school: [paste the directions].';

describe('trees:check over the procedures’ Spanish', () => {
  it('finds every string of the four trees translated', () => {
    expect(checkTreeTexts(TREES, { es: TREE_TEXT_ES }, { es: SAME_IN_SPANISH }).map(formatProblem)).toEqual([]);
  });

  it('finds nothing wrong with the complete fixture', () => {
    expect(checkTreeText(english, fixtureTreeEs, 'es', ALLOWED)).toEqual([]);
  });
});

describe('trees:check catches each gap in a translation, naming the node and the string', () => {
  it.each<[string, (t: Loose) => void, RegExp]>([
    ['a question left out', (t) => { delete t.nodes['transfers.2'].question; }, /^transfers\.2: es: question: no es translation$/],
    ['a node left out', (t) => { delete t.nodes['transfers.3']; }, /^transfers\.3: es: question: no es translation$/],
    ['an answer left out', (t) => { delete t.nodes['transfers.1.integration'].answers.rostering; }, /^transfers\.1\.integration: es: answer rostering: no es translation$/],
    ['a place to look left out', (t) => { t.nodes['transfers.1'].where = []; }, /^transfers\.1: es: where 1: no es translation$/],
    ['an action left blank', (t) => { t.outcomes.sso_listed.agentActions = ['  ']; }, /^sso_listed: es: action 1: no es translation$/],
    ['a warning left out', (t) => { delete t.outcomes.not_clever.warnings; }, /^not_clever: es: warning 1: no es translation$/],
    ['a collect field’s label left out', (t) => { delete t.outcomes.not_clever.collect.details; }, /^not_clever: es: collect details: no es translation$/],
    ['the customer text left out', (t) => { t.outcomes.sso_listed.customerGuidance = null; }, /^sso_listed: es: customer text: no es translation$/],
    ['a handoff’s label left out', (t) => { delete t.outcomes.continue_in_tier2.handoff; }, /^continue_in_tier2: es: handoff: no es translation$/],
    ['the title left out', (t) => { t.title = ''; }, /^transfers: es: title: no es translation$/],
    ['a role placeholder dropped', (t) => { t.outcomes.not_clever.customerGuidance = 'Consulte al soporte o vea {{link.link_clever_overview}}.'; }, /^not_clever: es: customer text: the placeholders differ \(en: \{\{link\.link_clever_overview\}\} \{\{role\.role_clever_support\}\}; es: \{\{link\.link_clever_overview\}\}\)$/],
    ['a placeholder translated', (t) => { t.outcomes.not_clever.customerGuidance = 'Consulte a {{rol.role_clever_support}} o vea {{link.link_clever_overview}}.'; }, /^not_clever: es: customer text: the placeholders differ/],
    ['a placeholder added', (t) => { t.nodes['transfers.2'].check = 'El perfil del usuario en {{link.link_user_search}}.'; }, /^transfers\.2: es: check: the placeholders differ \(en: none; es: \{\{link\.link_user_search\}\}\)$/],
    ['a customer text losing its fill-in marker', (t) => { t.outcomes.sso_listed.customerGuidance = 'Cambie la escuela.'; }, /^sso_listed: es: customer text: 0 fill-in marker\(s\) \[\.\.\.\] in es, 1 in en$/],
    ['a string left in English', (t) => { t.nodes['transfers.2'].check = 'The user profile.'; }, /^transfers\.2: es: check: the es text is the English one$/],
    ['a label left in English', (t) => { t.nodes['transfers.2'].answers.yes = 'Yes'; }, /^transfers\.2: es: answer yes: the es text is the English one$/],
    ['a node the tree does not have', (t) => { t.nodes['transfers.9'] = t.nodes['transfers.2']; }, /^transfers\.9: es: is translated but the tree has no such node$/],
    ['an outcome the tree does not have', (t) => { t.outcomes.gone = t.outcomes.sso_listed; }, /^gone: es: is translated but the tree has no such outcome$/],
    ['an answer the node does not offer', (t) => { t.nodes['transfers.2'].answers.maybe = 'Quizás'; }, /^transfers\.2: es: translates answer "maybe", which the node does not offer$/],
    ['an action too many', (t) => { t.outcomes.sso_listed.agentActions.push('Y algo más.'); }, /^sso_listed: es: translates 2 actions, the outcome has 1$/],
    ['a customer text the outcome does not have', (t) => { t.outcomes.wait_overnight.customerGuidance = 'Espere.'; }, /^wait_overnight: es: translates a customer text the outcome does not have$/],
    ['a field the outcome does not collect', (t) => { t.outcomes.not_clever.collect.phone = { label: 'Teléfono' }; }, /^not_clever: es: translates collect field "phone", which the outcome does not collect$/],
  ])('%s', (_name, breakIt, expected) => {
    expect(at(checkTreeText(english, brokenText(breakIt), 'es', ALLOWED))).toContainEqual(expect.stringMatching(expected));
  });

  it('lets a product name read the same in Spanish, and nothing else', () => {
    const tree = structuredClone(english);
    tree.nodes['transfers.1']!.where = [{ kind: 'link', link: 'link_clever_support_center', label: 'Clever Support' }];
    const text = brokenText((t) => { t.nodes['transfers.1'].where = ['Clever Support']; });
    expect(checkTreeText(tree, text, 'es', new Set(['No', 'Clever Support']))).toEqual([]);
    expect(at(checkTreeText(tree, text, 'es', ALLOWED))).toEqual(['transfers.1: es: where 1: the es text is the English one']);
  });

  it('says so when a tree has no translation at all, and when a translation has no tree', () => {
    const problems = checkTreeTexts({ transfers: english }, { es: { sync: fixtureTreeEs } }, { es: ALLOWED });
    expect(at(problems)).toContainEqual('transfers: es: title: no es translation');
    expect(at(problems)).toContainEqual('sync: es: translates a tree that does not exist');
  });
});

