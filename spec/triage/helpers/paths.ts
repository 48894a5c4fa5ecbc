import type { Tree } from '../../../src/triage/tree';

export interface TreePath {
  /** The answers from the root, in order. */
  answers: { node: string; answer: string }[];
  outcome: string;
}

/** Every root-to-outcome path of a tree, generated from its data (the trees have no cycles). */
export function allPaths(tree: Tree): TreePath[] {
  const paths: TreePath[] = [];
  const visit = (id: string, answers: TreePath['answers']) => {
    if (tree.outcomes[id]) return void paths.push({ answers, outcome: id });
    for (const a of tree.nodes[id]?.answers ?? []) visit(a.next, [...answers, { node: id, answer: a.id }]);
  };
  visit(tree.root, []);
  return paths;
}

export const asAnswers = (path: TreePath): Record<string, string> =>
  Object.fromEntries(path.answers.map((a) => [a.node, a.answer]));
