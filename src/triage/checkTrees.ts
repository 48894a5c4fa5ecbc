import { renderDiagramDoc } from './diagram';
import { LINK_KEYS, ROLE_KEYS, TAG_MAX_CHARS, TAG_PREFIX_MAX_CHARS } from './settings';
import { badPlaceholders } from './treeText';
import { DISTRICT_KINDS, TREE_IDS, type AnswerOption, type Outcome, type OutcomeKind, type QuestionNode, type Tree } from './tree';

/**
 * What `npm run trees:check` enforces over the trees (the contracts below). Pure, so
 * the spec can feed it broken trees; every problem names the tree and the node or outcome.
 */

export interface TreeProblem {
  tree: string;
  /** The node or outcome id, or the tree id for a problem of the whole tree. */
  at: string;
  message: string;
}

/** Every step the seeds number, by tree: each must be a question node. */
export const SEED_STEP_IDS: readonly string[] = [
  'access.1',
  'access.2a',
  'access.2b',
  'access.3',
  'access.4',
  'access.5',
  'access.6',
  'access.7a',
  'access.7b',
  'access.8',
  'transfers.1',
  'transfers.2',
  'tier2.1',
  'tier2.2',
  'tier2.3',
  'sync.status',
  'sync.hold_type',
  'sync.data_config_type',
];

/** The fixed choices of the sync tree's questions, the sync article's. */
export const CONTRACT_ANSWERS: Readonly<Record<string, readonly string[]>> = {
  'sync.status': ['errors', 'alerts', 'on_hold', 'no_issue'],
  'sync.hold_type': ['disconnected', 'data_changes', 'data_config'],
  'sync.data_config_type': ['extra_contacts', 'six_plus_contacts', 'duplicate_emails'],
};

const OUTCOME_KINDS: readonly OutcomeKind[] = [
  'resolved',
  'refer',
  'known_limitation',
  'escalate_tier2',
  'escalate_supervisor',
  'escalate_techdev',
  'handoff',
];

/** The tag each escalation kind must carry, so views and triggers see every escalation. */
const ESCALATION_TAG: Partial<Record<OutcomeKind, string>> = {
  escalate_tier2: 'escalated_tier2',
  escalate_supervisor: 'escalated_supervisor',
  escalate_techdev: 'escalated_techdev',
};

const SNAKE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
/** A label that is a plain yes or no ("Yes", "No: …"), not a sentence that starts with the word. */
const YES_NO_LABEL = /^(yes|no)\s*(?:$|[:.,;—–(-])/i;
const NUMBERED_STEP = /^[0-9]+[a-z]?$/;
const STEP = /^([0-9]+[a-z]?|[a-z][a-z0-9]*(_[a-z0-9]+)*)$/;

const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
const blank = (s: unknown) => typeof s !== 'string' || s.trim() === '';

/** `<tree>.<step>` or `<tree>.<step>.<snake_case>`; returns the step part, or null. */
export function stepOfId(treeId: string, id: string): string | null {
  const parts = id.split('.');
  const [t, step, inner, ...rest] = parts;
  if (t !== treeId || step === undefined || !STEP.test(step) || rest.length > 0) return null;
  if (inner !== undefined && !SNAKE.test(inner)) return null;
  return step;
}

function texts(node: QuestionNode): string[] {
  return [node.question, node.check, ...node.where.map((w) => w.label), ...node.answers.map((a) => a.label), ...(node.notes ?? [])];
}

function outcomeTexts(o: Outcome): string[] {
  return [
    o.title,
    ...o.agentActions,
    o.customerGuidance ?? '',
    ...o.warnings,
    ...o.collect.flatMap((c) => [c.label, c.help ?? '', ...(c.kind === 'choice' ? c.choices.map((x) => x.label) : [])]),
    o.handoff?.label ?? '',
    o.decision ?? '',
  ];
}

function checkNode(tree: Tree, key: string, node: QuestionNode, add: (at: string, message: string) => void): void {
  if (node.id !== key) add(key, `is filed under "${key}" but its id is "${node.id}"`);
  const step = stepOfId(tree.id, node.id);
  if (step === null) add(key, `id is not of the form ${tree.id}.<step> or ${tree.id}.<step>.<snake_case>`);
  // Numbered steps (the Tier 1/2 procedures) repeat their number in the id; the sync article's
  // contract ids are words while its `step` is the article's section number.
  else if (NUMBERED_STEP.test(step) && node.step !== step) add(key, `step "${node.step}" does not match the step in its id ("${step}")`);
  if (blank(node.question)) add(key, 'has no question');
  if (blank(node.check)) add(key, 'does not say what to check');
  if (node.answers.length < 2) add(key, 'offers fewer than two answers');

  const ids = node.answers.map((a) => a.id);
  for (const [i, a] of node.answers.entries()) {
    if (ids.indexOf(a.id) !== i) add(key, `offers answer "${a.id}" twice`);
    if (!SNAKE.test(a.id)) add(key, `answer id "${a.id}" is not snake_case`);
    if (blank(a.label)) add(key, `answer "${a.id}" has no label`);
    const plain = YES_NO_LABEL.exec(a.label.trim())?.[1]?.toLowerCase();
    if (plain !== undefined && a.id !== plain) add(key, `answer "${a.label}" must have the id "${plain}"`);
    if (!has(tree.nodes, a.next) && !has(tree.outcomes, a.next)) {
      add(key, `answer "${a.id}" leads to "${a.next}", which is neither a node nor an outcome of ${tree.id}`);
    }
    checkOnlyFor(key, a, add);
  }
  if (ids.includes('yes') !== ids.includes('no')) add(key, 'a yes/no question must offer both "yes" and "no"');

  for (const [kind, answerId] of Object.entries(node.auto?.answers ?? {})) {
    if (!(DISTRICT_KINDS as readonly string[]).includes(kind)) add(key, `auto-answers for an unknown district kind "${kind}"`);
    if (answerId !== undefined && !ids.includes(answerId)) add(key, `auto-answer "${answerId}" for ${kind} is not offered`);
    const ruledOut = node.answers.find((a) => a.id === answerId)?.onlyFor?.every((k) => k !== kind);
    if (ruledOut) add(key, `auto-answer "${answerId}" for ${kind} is not for ${kind} (onlyFor)`);
  }
  for (const w of node.where) {
    if (w.kind === 'link' && !(LINK_KEYS as readonly string[]).includes(w.link)) add(key, `points to an unknown link "${w.link}"`);
  }
}

/** The kinds an answer is only for: real record kinds (no organization is no record), each once. */
function checkOnlyFor(key: string, a: AnswerOption, add: (at: string, message: string) => void): void {
  if (a.onlyFor === undefined) return;
  if (a.onlyFor.length === 0) add(key, `answer "${a.id}" is only for no district kind`);
  // Read as strings: the type already excludes "no-organization", data cast past it must not.
  const kinds: readonly string[] = a.onlyFor;
  for (const [i, kind] of kinds.entries()) {
    if (!(DISTRICT_KINDS as readonly string[]).includes(kind) || kind === 'no-organization') add(key, `answer "${a.id}" is only for "${kind}", not a record kind`);
    if (kinds.indexOf(kind) !== i) add(key, `answer "${a.id}" names "${kind}" twice in onlyFor`);
  }
}

function checkOutcome(tree: Tree, trees: Readonly<Record<string, Tree>>, key: string, o: Outcome, add: (at: string, message: string) => void): void {
  if (o.id !== key) add(key, `is filed under "${key}" but its id is "${o.id}"`);
  if (!SNAKE.test(o.id)) add(key, 'outcome id is not snake_case');
  if (has(tree.nodes, o.id)) add(key, 'is both a node and an outcome');
  if (!OUTCOME_KINDS.includes(o.kind)) add(key, `has an unknown kind "${String(o.kind)}"`);
  if (blank(o.title)) add(key, 'has no title');
  if (o.agentActions.length === 0 || o.agentActions.some(blank)) add(key, 'does not say what the agent does');
  if (o.customerGuidance !== null && blank(o.customerGuidance)) add(key, 'has empty customer guidance (use null for none)');

  const needed = ESCALATION_TAG[o.kind];
  if (needed !== undefined) {
    if (o.collect.length === 0) add(key, `an escalation (${o.kind}) must say what data to collect`);
    if (!o.escalationTags.some((t) => t === needed)) add(key, `an ${o.kind} outcome must carry the ${needed} tag`);
  }
  // With the longest prefix the settings allow, every tag must stay within Zendesk's limit.
  for (const name of [`outcome_${o.id}`, ...o.escalationTags]) {
    if (name.length > TAG_MAX_CHARS - TAG_PREFIX_MAX_CHARS) add(key, `tag "${name}" is longer than ${TAG_MAX_CHARS - TAG_PREFIX_MAX_CHARS} characters`);
  }
  const collectIds = o.collect.map((c) => c.id);
  for (const [i, c] of o.collect.entries()) {
    if (!SNAKE.test(c.id)) add(key, `collect field id "${c.id}" is not snake_case`);
    if (collectIds.indexOf(c.id) !== i) add(key, `collects "${c.id}" twice`);
    if (blank(c.label)) add(key, `collect field "${c.id}" has no label`);
    if (c.kind === 'choice') {
      const choiceIds = c.choices.map((x) => x.id);
      if (c.choices.length < 2) add(key, `choice field "${c.id}" offers fewer than two choices`);
      for (const [j, x] of c.choices.entries()) {
        if (!SNAKE.test(x.id) || choiceIds.indexOf(x.id) !== j) add(key, `choice field "${c.id}": choice id "${x.id}" is not snake_case or is offered twice`);
        if (blank(x.label)) add(key, `choice field "${c.id}": choice "${x.id}" has no label`);
      }
    }
    if (typeof c.required !== 'boolean') {
      const { field, equals } = c.required;
      const on = o.collect.find((other) => other.id === field);
      if (on?.kind !== 'choice' || !on.choices.some((x) => x.id === equals)) {
        add(key, `collect field "${c.id}" is required when "${field}" is "${equals}", which is not a choice of a choice field of this outcome`);
      }
    }
  }

  if (o.kind === 'handoff' && !o.handoff) add(key, 'a handoff outcome must say where the agent continues');
  if (o.handoff?.kind === 'tree') {
    if (!(TREE_IDS as readonly string[]).includes(o.handoff.tree) || !trees[o.handoff.tree]) {
      add(key, `hands off to an unknown tree "${o.handoff.tree}"`);
    }
    if (o.handoff.tree === tree.id) add(key, 'hands off to its own tree');
  }
  if (o.handoff?.kind === 'procedure' && o.handoff.link !== undefined && !(LINK_KEYS as readonly string[]).includes(o.handoff.link)) {
    add(key, `hands off to an unknown link "${o.handoff.link}"`);
  }
  for (const r of o.roles ?? []) if (!(ROLE_KEYS as readonly string[]).includes(r)) add(key, `names an unknown role "${r}"`);
}

/** Walks from the root: what it reaches, and the first back edge of each cycle. */
function reachability(tree: Tree, add: (at: string, message: string) => void): Set<string> {
  const reached = new Set<string>();
  const onStack = new Set<string>();
  const visit = (id: string) => {
    if (onStack.has(id)) return void add(id, 'is part of a cycle');
    if (reached.has(id)) return;
    reached.add(id);
    const node = has(tree.nodes, id) ? tree.nodes[id] : undefined;
    if (!node) return;
    onStack.add(id);
    for (const a of node.answers) visit(a.next);
    onStack.delete(id);
  };
  visit(tree.root);
  return reached;
}

export function checkTree(tree: Tree, trees: Readonly<Record<string, Tree>> = { [tree.id]: tree }): TreeProblem[] {
  const problems: TreeProblem[] = [];
  const add = (at: string, message: string) => problems.push({ tree: tree.id, at, message });

  if (!(TREE_IDS as readonly string[]).includes(tree.id)) add(tree.id, 'is not one of the contract tree ids');
  if (!Number.isInteger(tree.version) || tree.version < 1) add(tree.id, 'version must be a positive integer');
  if (blank(tree.title)) add(tree.id, 'has no title');
  if (blank(tree.source)) add(tree.id, 'does not name its source');
  if (!has(tree.nodes, tree.root)) add(tree.id, `root "${tree.root}" is not a question node`);

  for (const [key, node] of Object.entries(tree.nodes)) {
    checkNode(tree, key, node, add);
    for (const text of texts(node)) for (const p of badPlaceholders(text)) add(key, `${p.placeholder} is ${p.reason}`);
  }
  for (const [key, o] of Object.entries(tree.outcomes)) {
    checkOutcome(tree, trees, key, o, add);
    for (const text of outcomeTexts(o)) for (const p of badPlaceholders(text)) add(key, `${p.placeholder} is ${p.reason}`);
  }

  if (has(tree.nodes, tree.root)) {
    const reached = reachability(tree, add);
    for (const id of [...Object.keys(tree.nodes), ...Object.keys(tree.outcomes)]) {
      if (!reached.has(id)) add(id, `is not reachable from the root ${tree.root}`);
    }
  }
  return problems;
}

export interface CheckOptions {
  /** Node ids that must exist across the trees (default: every step the seeds number). */
  requiredNodes?: readonly string[];
  /** The current text of `docs/trees/<id>.md` by tree id (null when missing); unchecked when absent. */
  diagrams?: Readonly<Record<string, string | null>>;
}

export function checkTrees(trees: Readonly<Record<string, Tree>>, opts: CheckOptions = {}): TreeProblem[] {
  const problems: TreeProblem[] = [];
  for (const [key, tree] of Object.entries(trees)) {
    if (tree.id !== key) problems.push({ tree: key, at: key, message: `is filed under "${key}" but its id is "${tree.id}"` });
    problems.push(...checkTree(tree, trees));
  }

  for (const id of opts.requiredNodes ?? SEED_STEP_IDS) {
    const treeId = id.split('.')[0] ?? id;
    const node = trees[treeId]?.nodes[id];
    if (!node) {
      problems.push({ tree: treeId, at: id, message: 'the seed step has no question node' });
      continue;
    }
    const want = CONTRACT_ANSWERS[id];
    const offered = node.answers.map((a) => a.id);
    // Like yes/no steps, a contract question may offer an answer more (sync.status: cannot_see_report).
    if (want?.some((w) => !offered.includes(w))) {
      problems.push({ tree: treeId, at: id, message: `must offer ${want.join(', ')} (offers ${offered.join(', ')})` });
    }
  }

  if (opts.diagrams) {
    for (const tree of Object.values(trees)) {
      const current = opts.diagrams[tree.id];
      if (current === undefined || current === null) {
        problems.push({ tree: tree.id, at: tree.id, message: `docs/trees/${tree.id}.md is missing: run npm run trees:diagram` });
      } else if (current !== renderDiagramDoc(tree)) {
        problems.push({ tree: tree.id, at: tree.id, message: `docs/trees/${tree.id}.md is out of date: run npm run trees:diagram` });
      }
    }
  }
  return problems;
}

export function formatProblem(p: TreeProblem): string {
  return `${p.tree}: ${p.at}: ${p.message}`;
}

