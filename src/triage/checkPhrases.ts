import type { TreeProblem } from './checkTrees';
import type { PhraseLanguage, PhraseRule, Tree, TreeId } from './tree';

const LANGUAGES: readonly PhraseLanguage[] = ['en', 'es'];

/**
 * What `npm run trees:check` holds the ticket phrases to (src/trees/*.phrases.ts): each names a
 * question of its own tree and one of that question's answers; each proposal is phrased in every
 * language the app reads; a pattern keeps no state between sentences (no `g` or `y` flag).
 */
export function checkPhrases(trees: Readonly<Record<TreeId, Tree>>, phrases: Readonly<Record<TreeId, readonly PhraseRule[]>>): TreeProblem[] {
  const problems: TreeProblem[] = [];
  for (const [treeId, rules] of Object.entries(phrases) as [TreeId, readonly PhraseRule[]][]) {
    const tree = trees[treeId];
    const add = (at: string, message: string) => problems.push({ tree: treeId, at, message });
    const languages = new Map<string, Set<PhraseLanguage>>();
    for (const rule of rules) {
      const node = tree && Object.prototype.hasOwnProperty.call(tree.nodes, rule.node) ? tree.nodes[rule.node] : undefined;
      if (!node) add(rule.node, `a phrase proposes an answer for ${rule.node}, which is not a question of ${treeId}`);
      else if (!node.answers.some((a) => a.id === rule.answer)) add(rule.node, `a phrase proposes "${rule.answer}", which is not an answer of ${rule.node}`);
      if (rule.pattern.global || rule.pattern.sticky) add(rule.node, `the phrase ${rule.pattern.source.slice(0, 40)}… has the g or y flag: it would skip sentences`);
      const key = `${rule.node} = ${rule.answer}`;
      languages.set(key, (languages.get(key) ?? new Set()).add(rule.lang));
    }
    for (const [key, have] of languages) {
      const missing = LANGUAGES.filter((l) => !have.has(l));
      if (missing.length > 0) add(key.split(' ')[0] ?? key, `${key} is phrased in ${[...have].join(', ')} but not in ${missing.join(', ')}`);
    }
  }
  return problems;
}
