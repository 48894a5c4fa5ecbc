import { checkTree, checkTrees, formatProblem, type TreeProblem } from '../../src/triage/checkTrees';
import { renderDiagram, renderDiagramDoc } from '../../src/triage/diagram';
import type { Tree } from '../../src/triage/tree';
import { TREES } from '../../src/trees/index';
import { fixtureTier2, fixtureTree } from './fixtures/trees';

/** A deep copy of the valid fixture, broken by `breakIt`. */
function broken(breakIt: (t: Tree) => void): Tree {
  const copy = structuredClone(fixtureTree);
  breakIt(copy);
  return copy;
}

const at = (problems: TreeProblem[]) => problems.map((p) => `${p.at}: ${p.message}`);

describe('trees:check over the procedure’s trees', () => {
  it('finds nothing wrong with the trees the app runs', () => {
    expect(checkTrees(TREES).map(formatProblem)).toEqual([]);
  });

  it('finds nothing wrong with the fixture trees', () => {
    expect(checkTree(fixtureTree, { transfers: fixtureTree, tier2: fixtureTier2 })).toEqual([]);
    expect(checkTree(fixtureTier2)).toEqual([]);
  });
});

describe('trees:check catches each breach, naming the node', () => {
  const trees = (t: Tree) => ({ transfers: t, tier2: fixtureTier2 });
  it.each<[string, (t: Tree) => void, RegExp]>([
    ['a node nothing leads to', (t) => { t.nodes['transfers.4'] = { ...t.nodes['transfers.2']!, id: 'transfers.4', step: '4' }; }, /^transfers\.4: is not reachable/],
    ['an outcome nothing leads to', (t) => { t.outcomes.orphan = { ...t.outcomes.sso_listed!, id: 'orphan' }; }, /^orphan: is not reachable/],
    ['an answer leading nowhere', (t) => { t.nodes['transfers.2']!.answers[0]!.next = 'nowhere'; }, /^transfers\.2: answer "yes" leads to "nowhere"/],
    ['a cycle', (t) => { t.nodes['transfers.3']!.answers[1]!.next = 'transfers.1'; }, /^transfers\.1: is part of a cycle/],
    ['a node filed under another id', (t) => { t.nodes['transfers.2']!.id = 'transfers.5'; }, /^transfers\.2: is filed under "transfers\.2" but its id is "transfers\.5"/],
    ['a node id not of the contract form', (t) => { const n = t.nodes['transfers.3']!; delete t.nodes['transfers.3']; t.nodes['transfers.Three'] = { ...n, id: 'transfers.Three' }; t.nodes['transfers.1.integration']!.answers[1]!.next = 'transfers.Three'; }, /^transfers\.Three: id is not of the form/],
    ['a node of another tree', (t) => { const n = t.nodes['transfers.3']!; delete t.nodes['transfers.3']; t.nodes['access.3'] = { ...n, id: 'access.3' }; t.nodes['transfers.1.integration']!.answers[1]!.next = 'access.3'; }, /^access\.3: id is not of the form transfers/],
    ['a step that disagrees with the id', (t) => { t.nodes['transfers.2']!.step = '7'; }, /^transfers\.2: step "7" does not match/],
    ['an outcome id not snake_case', (t) => { t.outcomes['Not-Clever'] = { ...t.outcomes.not_clever!, id: 'Not-Clever' }; t.nodes['transfers.1']!.answers[1]!.next = 'Not-Clever'; delete t.outcomes.not_clever; }, /^Not-Clever: outcome id is not snake_case/],
    ['an outcome tag too long for Zendesk with the longest prefix', (t) => { t.outcomes.not_clever!.escalationTags.push(`escalated_${'x'.repeat(41)}` as never); }, /^not_clever: tag "escalated_x{41}" is longer than 50 characters/],
    ['an outcome id too long to tag', (t) => { const id = `not_clever_${'y'.repeat(32)}`; t.outcomes[id] = { ...t.outcomes.not_clever!, id }; t.nodes['transfers.1']!.answers[1]!.next = id; delete t.outcomes.not_clever; }, /^not_clever_y{32}: tag "outcome_not_clever_y{32}" is longer than 50 characters/],
    ['a yes answer not called yes', (t) => { t.nodes['transfers.2']!.answers[0]!.id = 'y'; }, /^transfers\.2: answer "Yes" must have the id "yes"/],
    ['a yes without a no', (t) => { t.nodes['transfers.2']!.answers[1]! = { id: 'other', label: 'Other', next: 'continue_in_tier2' }; }, /^transfers\.2: a yes\/no question must offer both/],
    ['an answer offered twice', (t) => { t.nodes['transfers.1.integration']!.answers[1]!.id = 'sso'; }, /^transfers\.1\.integration: offers answer "sso" twice/],
    ['an auto-answer not offered', (t) => { t.nodes['transfers.1']!.auto = { from: 'district', answers: { 'clever-sso': 'maybe' } }; }, /^transfers\.1: auto-answer "maybe" for clever-sso is not offered/],
    ['an answer only for no kind', (t) => { t.nodes['transfers.1.integration']!.answers[0]!.onlyFor = []; }, /^transfers\.1\.integration: answer "sso" is only for no district kind/],
    ['an answer only for “no organization”, which is no record', (t) => { t.nodes['transfers.1.integration']!.answers[0]!.onlyFor = ['no-organization' as never]; }, /^transfers\.1\.integration: answer "sso" is only for "no-organization", not a record kind/],
    ['an answer naming a kind twice in onlyFor', (t) => { t.nodes['transfers.1.integration']!.answers[0]!.onlyFor = ['clever-sso', 'clever-sso']; }, /^transfers\.1\.integration: answer "sso" names "clever-sso" twice/],
    ['an auto-answer its own record rules out', (t) => { t.nodes['transfers.1.integration']!.answers[0]!.onlyFor = ['clever-rostering']; }, /^transfers\.1\.integration: auto-answer "sso" for clever-sso is not for clever-sso/],
    ['an outcome without a title', (t) => { t.outcomes.sso_listed!.title = ' '; }, /^sso_listed: has no title/],
    ['an outcome without actions', (t) => { t.outcomes.sso_listed!.agentActions = []; }, /^sso_listed: does not say what the agent does/],
    ['an escalation collecting nothing', (t) => { t.outcomes.not_clever!.collect = []; }, /^not_clever: an escalation \(escalate_tier2\) must say what data to collect/],
    ['an escalation without its tag', (t) => { t.outcomes.not_clever!.escalationTags = []; }, /^not_clever: an escalate_tier2 outcome must carry the escalated_tier2 tag/],
    ['a handoff going nowhere', (t) => { delete t.outcomes.continue_in_tier2!.handoff; }, /^continue_in_tier2: a handoff outcome must say where/],
    ['a handoff to a tree that is not there', (t) => { t.outcomes.continue_in_tier2!.handoff = { kind: 'tree', tree: 'sync', label: 'Sync' }; }, /^continue_in_tier2: hands off to an unknown tree "sync"/],
    ['an unknown placeholder', (t) => { t.outcomes.sso_listed!.agentActions = ['Ask {{role.role_nobody}}.']; }, /^sso_listed: \{\{role\.role_nobody\}\} is not a known/],
    ['an unknown link', (t) => { t.nodes['transfers.1']!.where = [{ kind: 'link', link: 'link_nowhere' as never, label: 'x' }]; }, /^transfers\.1: points to an unknown link "link_nowhere"/],
    ['a root that is not a node', (t) => { t.root = 'sso_listed'; }, /^transfers: root "sso_listed" is not a question node/],
    ['a choice field with one choice', (t) => { t.outcomes.not_clever!.collect.push({ id: 'who', label: 'Who', kind: 'choice', choices: [{ id: 'only', label: 'Only' }], required: true }); }, /^not_clever: choice field "who" offers fewer than two choices/],
    ['a choice offered twice', (t) => { t.outcomes.not_clever!.collect.push({ id: 'who', label: 'Who', kind: 'choice', choices: [{ id: 'a', label: 'A' }, { id: 'a', label: 'B' }], required: true }); }, /^not_clever: choice field "who": choice id "a" is not snake_case or is offered twice/],
    ['a field required on a choice the outcome does not offer', (t) => { t.outcomes.not_clever!.collect[1]!.required = { field: 'school_name', equals: 'lincoln' }; }, /^not_clever: collect field "details" is required when "school_name" is "lincoln", which is not a choice/],
  ])('%s', (_breach, breakIt, message) => {
    expect(at(checkTree(broken(breakIt), trees(fixtureTree)))).toContainEqual(expect.stringMatching(message));
  });

  it('a seed step missing from the trees', () => {
    const problems = checkTrees({ transfers: fixtureTree, tier2: fixtureTier2 }, { requiredNodes: ['transfers.1', 'transfers.9'] });
    expect(problems).toEqual([{ tree: 'transfers', at: 'transfers.9', message: 'the seed step has no question node' }]);
  });

  it('by default every step the seeds number', () => {
    const missing = checkTrees({ transfers: fixtureTree, tier2: fixtureTier2 }).filter((p) => p.message === 'the seed step has no question node');
    expect(missing.map((p) => p.at)).toEqual(expect.arrayContaining(['access.1', 'access.7b', 'tier2.2', 'sync.data_config_type']));
    expect(missing.map((p) => p.at)).not.toContain('transfers.1');
  });

  it('the sync tree’s contract choices', () => {
    const sync: Tree = {
      ...fixtureTier2,
      id: 'sync',
      root: 'sync.status',
      nodes: { 'sync.status': { ...fixtureTier2.nodes['tier2.1']!, id: 'sync.status', step: '1' } },
    };
    expect(checkTrees({ sync }, { requiredNodes: ['sync.status'] })).toContainEqual({
      tree: 'sync',
      at: 'sync.status',
      message: 'must offer errors, alerts, on_hold, no_issue (offers yes, no)',
    });
  });

  it('a diagram missing or out of date', () => {
    const stale = renderDiagramDoc({ ...fixtureTier2, title: 'Old title' });
    expect(checkTrees({ transfers: fixtureTree, tier2: fixtureTier2 }, { requiredNodes: [], diagrams: { transfers: null, tier2: stale } })).toEqual([
      { tree: 'transfers', at: 'transfers', message: 'docs/trees/transfers.md is missing: run npm run trees:diagram' },
      { tree: 'tier2', at: 'tier2', message: 'docs/trees/tier2.md is out of date: run npm run trees:diagram' },
    ]);
    expect(checkTrees({ tier2: fixtureTier2 }, { requiredNodes: [], diagrams: { tier2: renderDiagramDoc(fixtureTier2) } })).toEqual([]);
  });
});

describe('the diagram', () => {
  it('draws every question, outcome and answer, questions in reading order', () => {
    const text = renderDiagram(fixtureTree);
    expect(text.split('\n')[0]).toBe('flowchart TD');
    expect(text).toContain('transfers_1{"transfers.1: Is the school in a Clever district?"}');
    expect(text).toContain('transfers_1 -->|"Yes"| transfers_1_integration');
    expect(text).toContain('not_clever(["escalate_tier2: Not a Clever district: escalate to Tier 2"])');
    expect(text.indexOf('transfers_1{')).toBeLessThan(text.indexOf('transfers_2{'));
    for (const id of Object.keys(fixtureTree.outcomes)) expect(text).toContain(`class ${id} `);
  });

  it('escapes quotes and markup in labels', () => {
    const t = structuredClone(fixtureTree);
    t.nodes['transfers.2']!.question = 'Does it say "VHL <b>does not</b> recognize" #1?';
    expect(renderDiagram(t)).toContain('transfers.2: Does it say #quot;VHL #lt;b#gt;does not#lt;/b#gt; recognize#quot; #35;1?');
  });
});
