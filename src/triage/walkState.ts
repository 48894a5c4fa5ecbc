import { clip } from './oneLine';
import type { Proposal } from './proposals';
import type { Classification, Evidence } from './snapshot';
import type { AnswerOption, Outcome, QuestionNode, TreeId } from './tree';

/** The walk's state and what the engine says about it: plain data, and the one error it throws. */

export type AnswerSource = 'auto' | 'agent';

/**
 * Where an answer the app proposes, and the agent confirms, comes from: a district record of an
 * old academic year (the app does not take its answer by itself), or the ticket's own words.
 */
export type ProposalFrom = 'stale_record' | 'ticket_text';
export const PROPOSAL_FROM: readonly ProposalFrom[] = ['stale_record', 'ticket_text'];

export interface StepRecord {
  node: string;
  answer: string;
  source: AnswerSource;
  evidence: Evidence[];
  /** An agent answer that is the answer the app proposed: the agent confirmed it. Absent otherwise. */
  confirmed?: ProposalFrom;
}

/** An answer the app proposes for the pending question: one click confirms it, any other answer overrides it. */
export interface RecordProposal {
  node: string;
  answer: string;
  from: ProposalFrom;
  /** What the proposal rests on, for the agent to weigh. */
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
  /**
   * The agent's answers that confirmed a proposal of the ticket's text, by node, with the sentence
   * (src/triage/proposals.ts). Absent in walks saved before proposals existed.
   */
  fromText?: Record<string, Proposal>;
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
  /** The answer the app proposes for `pending`, if any. */
  proposal: RecordProposal | null;
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
