import type { Classification } from './snapshot';
import type { AnswerOption, Outcome, QuestionNode, Tree, TreeId } from './tree';
import { EngineError, quoted, REF_ID, type AnswerOffer, type StartOptions, type StepRecord, type WalkState, type WalkView } from './walkState';

export * from './walkState';

/**
 * The walk through one tree, pure. The state is plain data: the agent's answers by node
 * (`overrides`) plus the classification are the whole truth; `steps` is the path derived
 * from them, kept in the state so readers (UI, note, Tier 2) need not re-derive it.
 *
 * Every transition re-derives the path from the root: a node the agent answered takes the
 * agent's answer, a node the district kind answers takes the auto-answer with the
 * classification's evidence, and the first node with neither is pending. So changing an
 * earlier answer keeps the later answers that are still on the new path and drops (from
 * the path, not from memory) the ones that are not.
 */

function randomRefId(): string {
  // Not security-relevant: it only tells one session's note from another's.
  return Array.from({ length: 12 }, () => Math.floor(Math.random() * 36).toString(36)).join('');
}

function nodeOf(tree: Tree, nodeId: string): QuestionNode {
  const node = Object.prototype.hasOwnProperty.call(tree.nodes, nodeId) ? tree.nodes[nodeId] : undefined;
  if (!node) throw new EngineError('unknown_node', `tree ${tree.id} has no question ${quoted(nodeId)}`, nodeId);
  return node;
}

function requireOffered(node: QuestionNode, answerId: string): void {
  if (!node.answers.some((a) => a.id === answerId)) {
    const offered = node.answers.map((a) => a.id).join(', ');
    throw new EngineError('answer_not_offered', `${quoted(answerId)} is not an answer of ${node.id} (offered: ${offered})`, node.id);
  }
}

function requireTree(tree: Tree, state: WalkState): void {
  if (state.tree !== tree.id || state.treeVersion !== tree.version) {
    throw new EngineError(
      'wrong_tree',
      `the walk belongs to ${state.tree} v${state.treeVersion}, not ${tree.id} v${tree.version}`,
    );
  }
}

/** The answer the district kind gives a node, if the node's map names one it offers. */
export function autoAnswer(node: QuestionNode, classification: Classification): string | null {
  // When Parent Account and LMS disagree the data cannot be trusted to answer for the agent.
  if (!node.auto || classification.conflict) return null;
  const id = node.auto.answers[classification.kind];
  return id !== undefined && node.answers.some((a) => a.id === id) ? id : null;
}

/**
 * Whether the district record rules the answer out. No organization is no record, and a record
 * whose fields disagree (`conflict`) cannot rule anything out: the engine does not trust it to
 * auto-answer either.
 */
export function againstRecord(answer: AnswerOption, classification: Classification): boolean {
  const { kind } = classification;
  return answer.onlyFor !== undefined && !classification.conflict && kind !== 'no-organization' && !answer.onlyFor.includes(kind);
}

/** The question's answers split by the district record. */
export function offer(node: QuestionNode, classification: Classification): AnswerOffer {
  const offered = node.answers.filter((a) => !againstRecord(a, classification));
  if (offered.length === 0) return { kind: 'record_allows_none', answers: node.answers };
  return { kind: 'by_record', offered, others: node.answers.filter((a) => againstRecord(a, classification)) };
}

export interface Derived {
  steps: StepRecord[];
  /** The node waiting for an answer, or the outcome reached. */
  end: { kind: 'pending'; node: QuestionNode } | { kind: 'outcome'; outcome: Outcome };
}

export function derive(tree: Tree, classification: Classification, overrides: Record<string, string>): Derived {
  const steps: StepRecord[] = [];
  const seen = new Set<string>();
  let current = tree.root;
  for (;;) {
    const outcome = Object.prototype.hasOwnProperty.call(tree.outcomes, current) ? tree.outcomes[current] : undefined;
    if (outcome) return { steps, end: { kind: 'outcome', outcome } };
    if (seen.has(current)) throw new EngineError('broken_tree', `tree ${tree.id} loops back to ${current}`, current);
    seen.add(current);
    const node = Object.prototype.hasOwnProperty.call(tree.nodes, current) ? tree.nodes[current] : undefined;
    if (!node) throw new EngineError('broken_tree', `tree ${tree.id} leads to "${current}", which it does not define`, current);

    const agent = Object.prototype.hasOwnProperty.call(overrides, node.id) ? overrides[node.id] : undefined;
    const chosen = agent !== undefined && node.answers.some((a) => a.id === agent) ? agent : undefined;
    const auto = chosen === undefined ? autoAnswer(node, classification) : null;
    const answerId = chosen ?? auto;
    if (answerId === null) return { steps, end: { kind: 'pending', node } };

    steps.push({
      node: node.id,
      answer: answerId,
      source: chosen !== undefined ? 'agent' : 'auto',
      evidence: chosen !== undefined ? [] : classification.evidence.map((e) => ({ ...e })),
    });
    // `answerId` is one of the node's answers (checked above), so `find` succeeds.
    current = node.answers.find((a) => a.id === answerId)!.next;
  }
}

function withOverrides(tree: Tree, state: WalkState, overrides: Record<string, string>): WalkState {
  const { steps } = derive(tree, state.classification, overrides);
  return { ...state, steps, overrides };
}

/** Starts a walk at the root, with every question the district kind answers already answered. */
export function start(tree: Tree, classification: Classification, opts: StartOptions = {}): WalkState {
  const refId = opts.refId ?? randomRefId();
  if (!REF_ID.test(refId)) throw new EngineError('bad_ref_id', `reference id ${quoted(refId)} is not of the form [A-Za-z0-9._-]{1,64}`);
  const state: WalkState = {
    tree: tree.id,
    treeVersion: tree.version,
    classification,
    refId,
    steps: [],
    overrides: {},
    handoffFrom: opts.handoffFrom ?? null,
  };
  return withOverrides(tree, state, {});
}

/**
 * Answers the pending question, or changes the answer of a question on the path (an
 * auto-answer included: the agent's answer overrides it). Throws `EngineError` for a node
 * the tree lacks, an answer the node does not offer, or a node the path does not reach.
 */
export function answer(tree: Tree, state: WalkState, nodeId: string, answerId: string): WalkState {
  requireTree(tree, state);
  const node = nodeOf(tree, nodeId);
  requireOffered(node, answerId);
  const current = derive(tree, state.classification, state.overrides);
  const reached = current.steps.some((s) => s.node === nodeId) || (current.end.kind === 'pending' && current.end.node.id === nodeId);
  if (!reached) throw new EngineError('node_not_reached', `${nodeId} is not on the current path`, nodeId);
  return withOverrides(tree, state, { ...state.overrides, [nodeId]: answerId });
}

/** Takes back the last agent answer on the path; the auto-answers before it stay. */
export function back(tree: Tree, state: WalkState): WalkState {
  requireTree(tree, state);
  const { steps } = derive(tree, state.classification, state.overrides);
  const last = [...steps].reverse().find((s) => s.source === 'agent');
  if (!last) return withOverrides(tree, state, state.overrides);
  const overrides = Object.fromEntries(Object.entries(state.overrides).filter(([node]) => node !== last.node));
  return withOverrides(tree, state, overrides);
}

/** Forgets every agent answer; the auto-answers are derived again. Same reference id. */
export function restart(tree: Tree, state: WalkState): WalkState {
  requireTree(tree, state);
  return withOverrides(tree, state, {});
}

/**
 * The same walk under a fresh reference id. The id names one note: once that note is written,
 * whatever the agent changes next is another note, which must not pass for the first.
 */
export function renewRefId(state: WalkState): WalkState {
  return { ...state, refId: randomRefId() };
}

export function view(tree: Tree, state: WalkState): WalkView {
  requireTree(tree, state);
  const { steps, end } = derive(tree, state.classification, state.overrides);
  return {
    path: steps,
    pending: end.kind === 'pending' ? end.node : null,
    offer: end.kind === 'pending' ? offer(end.node, state.classification) : null,
    outcome: end.kind === 'outcome' ? end.outcome : null,
  };
}

/**
 * The answer a question's later answers imply: exactly one of its answers leads to a question
 * the agent answered (an answer for `access.7b` chooses rostering at `access.7`), or null.
 */
function impliedAnswer(tree: Tree, node: QuestionNode, overrides: Record<string, string>): string | null {
  const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
  const [only, ...others] = node.answers.filter((a) => has(tree.nodes, a.next) && has(overrides, a.next));
  return only !== undefined && others.length === 0 ? only.id : null;
}

/**
 * The walk the CLI does: every given answer is an agent answer (overriding an auto-answer where
 * there is one); answers for nodes the path never reaches are kept but unused. A question left
 * pending whose answer the given answers imply (`impliedAnswer`) takes it as the agent's, with no
 * evidence: a scenario that names only the procedure's steps gets past a routing question the data
 * does not answer. Only here, where the answers come all at once: in the sidebar the agent answers
 * a question before the next, and `reclassify` asks again what the data no longer answers.
 */
export function walk(tree: Tree, classification: Classification, answers: Record<string, string>, opts: StartOptions = {}): WalkState {
  for (const [nodeId, answerId] of Object.entries(answers)) requireOffered(nodeOf(tree, nodeId), answerId);
  const overrides = { ...answers };
  // Each pass answers one more pending question, so it ends within the tree's size.
  for (let end = derive(tree, classification, overrides).end; end.kind === 'pending'; end = derive(tree, classification, overrides).end) {
    const implied = impliedAnswer(tree, end.node, overrides);
    if (implied === null) break;
    overrides[end.node.id] = implied;
  }
  return withOverrides(tree, start(tree, classification, opts), overrides);
}

/**
 * The same walk under a new classification (the organization changed): the agent's answers stay,
 * the auto-answers follow the new data, and a question the data no longer answers is asked, even
 * when the agent answered later ones: those answers followed the app's, not the agent's own.
 */
export function reclassify(tree: Tree, state: WalkState, classification: Classification): WalkState {
  requireTree(tree, state);
  return withOverrides(tree, { ...state, classification }, state.overrides);
}

/** Continues in the tree an outcome hands off to, with the same classification. */
export function handoff(trees: Readonly<Record<TreeId, Tree>>, state: WalkState, outcome: Outcome): WalkState {
  const from = trees[state.tree];
  if (!from) throw new EngineError('wrong_tree', `no tree ${state.tree}`);
  const reached = view(from, state).outcome;
  if (!reached || reached.id !== outcome.id) {
    throw new EngineError('not_a_tree_handoff', `the walk has not reached ${outcome.id}`, outcome.id);
  }
  if (outcome.handoff?.kind !== 'tree') {
    throw new EngineError('not_a_tree_handoff', `${outcome.id} does not continue in another tree`, outcome.id);
  }
  const target = trees[outcome.handoff.tree];
  if (!target) throw new EngineError('not_a_tree_handoff', `no tree ${outcome.handoff.tree}`, outcome.id);
  // A new reference id: the target tree's note is a note of its own, written after this one.
  const refId = `${state.refId}.${target.id}`.slice(-64);
  return start(target, state.classification, { refId, handoffFrom: { tree: state.tree, outcome: outcome.id } });
}
