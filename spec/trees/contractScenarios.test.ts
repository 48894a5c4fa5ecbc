import { view, walk } from '../../src/triage/engine';
import { DISTRICT_KINDS, type DistrictKind, type Tree } from '../../src/triage/tree';
import { TREES } from '../../src/trees';
import { classificationOf } from '../triage/fixtures/trees';
import { CONTRACT_NODE_IDS, contractAnswers } from './contract';

/**
 * What `triage walk` gives a scenario written outside the project, which knows only the contract's
 * node ids and their answers: generated, not written per path. From every district kind, each
 * contract question met on the way (asked, or answered by the district data and overridden) is
 * given each of its contract answers, through the engine's `walk` as the CLI calls it. Every walk
 * must end at an outcome or stop at a contract question, never at a question the scenario cannot
 * name, except a question the district data answers for the Clever districts whose kind says which
 * integration (the seed's own split into SSO and rostering), when this district's kind does not.
 */

interface Walked {
  name: string;
  tree: Tree;
  kind: DistrictKind;
  answers: Record<string, string>;
}

const isContract = (id: string) => CONTRACT_NODE_IDS.includes(id);

function explore(tree: Tree, kind: DistrictKind): Walked[] {
  const walked: Walked[] = [];
  const seen = new Set<string>();
  const visit = (answers: Record<string, string>) => {
    const key = JSON.stringify(Object.entries(answers).sort());
    if (seen.has(key)) return;
    seen.add(key);
    const v = view(tree, walk(tree, classificationOf(kind), answers));
    const given = Object.entries(answers).map(([n, a]) => `${n}=${a}`).join(' → ') || '(no answers)';
    const reached = v.outcome ? v.outcome.id : `asks ${v.pending?.id ?? '?'}`;
    walked.push({ name: `${tree.id}, ${kind} district: ${given} ⇒ ${reached}`, tree, kind, answers });

    // Answers the district data gave on a contract question since the scenario's last answer: a
    // scenario may give any other (earlier ones were explored from the walk that reached them).
    const lastAgent = v.path.map((step) => step.source).lastIndexOf('agent');
    for (const step of v.path.slice(lastAgent + 1)) {
      if (step.source !== 'auto' || !isContract(step.node)) continue;
      for (const a of contractAnswers(step.node)) if (a !== step.answer) visit({ ...answers, [step.node]: a });
    }
    if (v.pending && isContract(v.pending.id)) {
      for (const a of contractAnswers(v.pending.id)) visit({ ...answers, [v.pending.id]: a });
    }
  };
  visit({});
  return walked;
}

const WALKS = Object.values(TREES).flatMap((tree) => DISTRICT_KINDS.flatMap((kind) => explore(tree, kind)));

describe('a scenario that knows only the contract’s node ids and answers', () => {
  it.each(WALKS)('$name', ({ tree, kind, answers }) => {
    const v = view(tree, walk(tree, classificationOf(kind), answers));
    if (v.outcome) return;
    const pending = v.pending!;
    const askedOnlyForThisKind = pending.auto !== undefined && pending.auto.answers[kind] === undefined;
    expect({ pending: pending.id, allowed: isContract(pending.id) || askedOnlyForThisKind }).toEqual({ pending: pending.id, allowed: true });
  });

  it('answers every contract question with each of its contract answers', () => {
    const answered = new Set(WALKS.flatMap((w) => Object.entries(w.answers).map(([node, a]) => `${node}=${a}`)));
    const missing = CONTRACT_NODE_IDS.flatMap((node) => contractAnswers(node).map((a) => `${node}=${a}`)).filter((na) => !answered.has(na));
    expect(missing).toEqual([]);
  });

  it.each(['clever-sso', 'clever-rostering'] as const)('in a %s district, ends every walk at an outcome or a contract question', (kind) => {
    const stuck = WALKS.filter((w) => w.kind === kind).flatMap((w) => {
      const v = view(w.tree, walk(w.tree, classificationOf(kind), w.answers));
      return v.outcome || isContract(v.pending!.id) ? [] : [`${w.name} ⇒ ${v.pending!.id}`];
    });
    expect(stuck).toEqual([]);
  });
});
