import type { CollectField, Outcome, OutcomeText, QuestionNode, QuestionText, Tree, TreeText } from './tree';

/**
 * A tree in another language: the English tree's structure with the translation's words laid
 * over it. Pure; the same traversal feeds `npm run trees:check` (checkTreeText.ts), so every
 * string the screens show is one the check looks at.
 */

/** One string of a tree and its translation: where it sits, which string of that place, both versions. */
export interface TextSlot {
  /** The tree id, a node id or an outcome id. */
  at: string;
  /** Which string of that place: `question`, `answer yes`, `action 2`, `collect school_name help`… */
  what: string;
  en: string;
  /** Undefined when the translation lacks it. */
  translated: string | undefined;
  /** Customer text (sent to the customer): its fill-in markers must survive translation. */
  customer?: true;
}

/** Decides the string a slot takes (the translation, or the English for the check). */
export type PickText = (slot: TextSlot) => string;

const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
const own = <T>(o: Readonly<Record<string, T>> | undefined, k: string): T | undefined => (o !== undefined && has(o, k) ? o[k] : undefined);

function node(n: QuestionNode, t: QuestionText | undefined, pick: PickText): QuestionNode {
  const slot = (what: string, en: string, translated: string | undefined) => pick({ at: n.id, what, en, translated });
  const notes = n.notes?.map((note, i) => slot(`note ${i + 1}`, note, t?.notes?.[i]));
  return {
    ...n,
    question: slot('question', n.question, t?.question),
    check: slot('check', n.check, t?.check),
    where: n.where.map((w, i) => ({ ...w, label: slot(`where ${i + 1}`, w.label, t?.where[i]) })),
    answers: n.answers.map((a) => ({ ...a, label: slot(`answer ${a.id}`, a.label, own(t?.answers, a.id)) })),
    ...(notes && { notes }),
  };
}

function field(at: string, f: CollectField, t: OutcomeText | undefined, pick: PickText): CollectField {
  const ft = own(t?.collect, f.id);
  const slot = (what: string, en: string, translated: string | undefined) => pick({ at, what: `collect ${f.id}${what}`, en, translated });
  const help = f.help === undefined ? undefined : slot(' help', f.help, ft?.help);
  const base = { ...f, label: slot('', f.label, ft?.label), ...(help !== undefined && { help }) };
  if (base.kind !== 'choice') return base;
  return { ...base, choices: base.choices.map((c) => ({ ...c, label: slot(` choice ${c.id}`, c.label, own(ft?.choices, c.id)) })) };
}

function outcome(o: Outcome, t: OutcomeText | undefined, pick: PickText): Outcome {
  const slot = (what: string, en: string, translated: string | undefined, customer?: true) =>
    pick({ at: o.id, what, en, translated, ...(customer && { customer }) });
  const handoff = o.handoff && { ...o.handoff, label: slot('handoff', o.handoff.label, t?.handoff) };
  return {
    ...o,
    title: slot('title', o.title, t?.title),
    agentActions: o.agentActions.map((a, i) => slot(`action ${i + 1}`, a, t?.agentActions[i])),
    // No customer text in English is none in any language (the check says so when a translation has one).
    customerGuidance: o.customerGuidance === null ? null : slot('customer text', o.customerGuidance, t?.customerGuidance ?? undefined, true),
    warnings: o.warnings.map((w, i) => slot(`warning ${i + 1}`, w, t?.warnings?.[i])),
    collect: o.collect.map((f) => field(o.id, f, t, pick)),
    ...(handoff && { handoff }),
  };
}

/** The tree with every string passed through `pick`. */
export function mapTreeText(tree: Tree, text: TreeText | undefined, pick: PickText): Tree {
  return {
    ...tree,
    title: pick({ at: tree.id, what: 'title', en: tree.title, translated: text?.title }),
    nodes: Object.fromEntries(Object.entries(tree.nodes).map(([id, n]) => [id, node(n, own(text?.nodes, id), pick)])),
    outcomes: Object.fromEntries(Object.entries(tree.outcomes).map(([id, o]) => [id, outcome(o, own(text?.outcomes, id), pick)])),
  };
}

/** The translation where it has a string, the English where it has none (a gap shows English, never a key). */
const translatedOrEnglish: PickText = (slot) => (slot.translated === undefined || slot.translated.trim() === '' ? slot.en : slot.translated);

/** The tree in the translation's words; `undefined` (English) gives the tree as it is. */
export function localizeTree(tree: Tree, text: TreeText | undefined): Tree {
  return text === undefined ? tree : mapTreeText(tree, text, translatedOrEnglish);
}
