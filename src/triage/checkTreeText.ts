import type { TreeProblem } from './checkTrees';
import { mapTreeText, type TextSlot } from './localize';
import type { Tree, TreeText } from './tree';

/**
 * What `npm run trees:check` holds a tree's translation to: every string the English tree has is
 * translated, with the same `{{role.…}}`/`{{link.…}}` placeholders and, in customer text, as many
 * fill-in markers (`[…]`); a translation is not the English itself unless the English is only a
 * name the product shows (`sameAllowed`); and it translates nothing the tree does not have.
 */

const PLACEHOLDER = /\{\{[^{}]*\}\}/g;
/** "[paste the portal URL]": the part of a customer text the agent must write. */
const FILL_IN = /\[[^\]]+\]/g;

const sorted = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => m[0].replace(/\s+/g, '')).sort();
const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function slotProblems(slot: TextSlot, language: string, sameAllowed: ReadonlySet<string>): string[] {
  const { translated, en, what } = slot;
  if (translated === undefined || translated.trim() === '') return [`${what}: no ${language} translation`];
  const problems: string[] = [];
  const enPlaceholders = sorted(en, PLACEHOLDER);
  const translatedPlaceholders = sorted(translated, PLACEHOLDER);
  if (!same(enPlaceholders, translatedPlaceholders)) {
    problems.push(`${what}: the placeholders differ (en: ${enPlaceholders.join(' ') || 'none'}; ${language}: ${translatedPlaceholders.join(' ') || 'none'})`);
  }
  const enFillIns = en.match(FILL_IN)?.length ?? 0;
  const translatedFillIns = translated.match(FILL_IN)?.length ?? 0;
  if (slot.customer && enFillIns !== translatedFillIns) {
    problems.push(`${what}: ${translatedFillIns} fill-in marker(s) [...] in ${language}, ${enFillIns} in en`);
  }
  if (translated.trim() === en.trim() && !sameAllowed.has(en.trim())) problems.push(`${what}: the ${language} text is the English one`);
  return problems;
}

const keys = (o: object | undefined) => (o === undefined ? [] : Object.keys(o));
const extra = (have: readonly string[], translated: readonly string[]) => translated.filter((k) => !have.includes(k));

/** What the translation has that the tree has not (a node renamed, an action removed): left over, so never shown. */
function leftOvers(tree: Tree, text: TreeText): { at: string; message: string }[] {
  const found: { at: string; message: string }[] = [];
  for (const id of extra(keys(tree.nodes), keys(text.nodes))) found.push({ at: id, message: 'is translated but the tree has no such node' });
  for (const id of extra(keys(tree.outcomes), keys(text.outcomes))) found.push({ at: id, message: 'is translated but the tree has no such outcome' });
  for (const [id, node] of Object.entries(tree.nodes)) {
    const t = Object.prototype.hasOwnProperty.call(text.nodes, id) ? text.nodes[id] : undefined;
    if (!t) continue;
    for (const a of extra(node.answers.map((x) => x.id), keys(t.answers))) found.push({ at: id, message: `translates answer "${a}", which the node does not offer` });
    if (t.where.length > node.where.length) found.push({ at: id, message: `translates ${t.where.length} places to look, the node has ${node.where.length}` });
    if ((t.notes?.length ?? 0) > (node.notes?.length ?? 0)) found.push({ at: id, message: `translates ${t.notes?.length} notes, the node has ${node.notes?.length ?? 0}` });
  }
  for (const [id, o] of Object.entries(tree.outcomes)) {
    const t = Object.prototype.hasOwnProperty.call(text.outcomes, id) ? text.outcomes[id] : undefined;
    if (!t) continue;
    if (t.agentActions.length > o.agentActions.length) found.push({ at: id, message: `translates ${t.agentActions.length} actions, the outcome has ${o.agentActions.length}` });
    if ((t.warnings?.length ?? 0) > o.warnings.length) found.push({ at: id, message: `translates ${t.warnings?.length} warnings, the outcome has ${o.warnings.length}` });
    if (o.customerGuidance === null && t.customerGuidance !== null) found.push({ at: id, message: 'translates a customer text the outcome does not have' });
    if (o.handoff === undefined && t.handoff !== undefined) found.push({ at: id, message: 'translates a handoff the outcome does not have' });
    for (const f of extra(o.collect.map((x) => x.id), keys(t.collect))) found.push({ at: id, message: `translates collect field "${f}", which the outcome does not collect` });
    for (const f of o.collect) {
      const ft = t.collect?.[f.id];
      if (ft?.help !== undefined && f.help === undefined) found.push({ at: id, message: `translates a hint for collect field "${f.id}", which has none` });
      const choices = f.kind === 'choice' ? f.choices.map((c) => c.id) : [];
      for (const c of extra(choices, keys(ft?.choices))) found.push({ at: id, message: `translates choice "${c}" of collect field "${f.id}", which it does not offer` });
    }
  }
  return found;
}

/** The problems of one tree's translation into `language`; a missing translation (undefined) lacks every string. */
export function checkTreeText(tree: Tree, text: TreeText | undefined, language: string, sameAllowed: ReadonlySet<string> = new Set()): TreeProblem[] {
  const problems: TreeProblem[] = [];
  mapTreeText(tree, text, (slot) => {
    for (const message of slotProblems(slot, language, sameAllowed)) problems.push({ tree: tree.id, at: slot.at, message: `${language}: ${message}` });
    return slot.en;
  });
  if (text !== undefined) for (const { at, message } of leftOvers(tree, text)) problems.push({ tree: tree.id, at, message: `${language}: ${message}` });
  return problems;
}

/** Every tree's translation into every language: `texts[language][treeId]`. */
export function checkTreeTexts(
  trees: Readonly<Record<string, Tree>>,
  texts: Readonly<Record<string, Readonly<Record<string, TreeText>>>>,
  sameAllowed: Readonly<Record<string, ReadonlySet<string>>> = {},
): TreeProblem[] {
  return Object.entries(texts).flatMap(([language, byTree]) => [
    ...Object.values(trees).flatMap((tree) => checkTreeText(tree, byTree[tree.id], language, sameAllowed[language])),
    ...Object.keys(byTree)
      .filter((id) => !Object.prototype.hasOwnProperty.call(trees, id))
      .map((id) => ({ tree: id, at: id, message: `${language}: translates a tree that does not exist` })),
  ]);
}
