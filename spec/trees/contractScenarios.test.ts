import { view, walk } from '../../src/triage/engine';
import { DISTRICT_KINDS, type DistrictKind, type QuestionNode, type Tree } from '../../src/triage/tree';
import { TREES } from '../../src/trees';
import { classificationOf } from '../triage/fixtures/trees';
import { CONTRACT_NODE_IDS, contractAnswers } from './contract';

/**
 * What `triage walk` gives a scenario written outside the project, which knows only the contract's
 * node ids and their answers: generated, not written per path. From every district kind, each
 * contract question met on the way (asked, or answered by the district data and overridden) is
 * given each of its contract answers, through the engine's `walk` as the CLI calls it. A question
 * the scenario cannot name (the integration routing, `access.7`, when the data does not say which)
 * is passed the way a scenario passes it: by answering the contract step it leads to (`access.7b`).
 * Every walk must end at an outcome or stop at a contract question, or at such a routing question
 * before the scenario has answered any step after it.
 */

interface Walked {
  name: string;
  tree: Tree;
  kind: DistrictKind;
  answers: Record<string, string>;
}

const isContract = (id: string) => CONTRACT_NODE_IDS.includes(id);

/** The contract questions a question's answers lead to straight away. */
const contractStepsAfter = (tree: Tree, node: QuestionNode) => node.answers.map((a) => a.next).filter((next) => next in tree.nodes && isContract(next));

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
    } else if (v.pending) {
      for (const step of contractStepsAfter(tree, v.pending)) for (const a of contractAnswers(step)) visit({ ...answers, [step]: a });
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
    const after = contractStepsAfter(tree, pending);
    const beforeTheStepsAfterIt = after.length > 0 && after.every((step) => !(step in answers));
    expect({ pending: pending.id, allowed: isContract(pending.id) || beforeTheStepsAfterIt }).toEqual({ pending: pending.id, allowed: true });
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
