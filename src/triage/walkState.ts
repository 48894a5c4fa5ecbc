import { clip } from './oneLine';
import type { Classification, Evidence } from './snapshot';
import type { AnswerOption, Outcome, QuestionNode, TreeId } from './tree';

/** The walk's state and what the engine says about it: plain data, and the one error it throws. */

export type AnswerSource = 'auto' | 'agent';

export interface StepRecord {
  node: string;
  answer: string;
  source: AnswerSource;
  evidence: Evidence[];
}

export interface HandoffFrom {
  tree: TreeId;
  outcome: string;
}

export interface WalkState {
  tree: TreeId;
  treeVersion: number;
  classification: Classification;
  refId: string;
  /** In path order, from the root. */
  steps: StepRecord[];
  /** Every agent answer by node, including answers of nodes the current path no longer reaches. */
  overrides: Record<string, string>;
  handoffFrom: HandoffFrom | null;
}

/** How the pending question's answers are offered under the walk's district record. */
export type AnswerOffer =
  /** The answers the record allows; `others` (maybe none) stay one click away, behind "the district record is wrong". */
  | { kind: 'by_record'; offered: AnswerOption[]; others: AnswerOption[] }
  /** The record allows none (a school outside Clever at the integration question): every answer, each against it. */
  | { kind: 'record_allows_none'; answers: AnswerOption[] };

export interface WalkView {
  path: StepRecord[];
  pending: QuestionNode | null;
  /** null exactly when `pending` is. */
  offer: AnswerOffer | null;
  outcome: Outcome | null;
}

export interface StartOptions {
  /** The session's reference id (letters, digits, `.`, `_`, `-`; at most 64). A random one when absent. */
  refId?: string;
  handoffFrom?: HandoffFrom | null;
}

export type EngineErrorCode =
  | 'unknown_node'
  | 'answer_not_offered'
  | 'node_not_reached'
  | 'wrong_tree'
  | 'bad_ref_id'
  | 'not_a_tree_handoff'
  | 'broken_tree';

/** A request the tree cannot honour: the caller's mistake (or a tree that failed `trees:check`). */
export class EngineError extends Error {
  override readonly name = 'EngineError';
  constructor(
    readonly code: EngineErrorCode,
    message: string,
    readonly node: string | null = null,
  ) {
    super(message);
  }
}

export const REF_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** A caller's id or answer as a message quotes it: one line, cut short. */
export const quoted = (value: string) => `"${clip(value, 80)}"`;
