import { answer, type StepRecord, type WalkState, type WalkView } from './engine';
import { matchable, sentencesOf, states } from './sentences';
import { textsOf, type TicketText } from './ticketText';
import type { PhraseRule, Tree } from './tree';

/**
 * Answers the ticket's own words propose: for each question a sentence of the ticket answers, the
 * node, the answer and the sentence. Proposed, never taken: the walk shows the proposal at its node
 * and the agent confirms it or answers otherwise.
 *
 * Decisions:
 * - The quote is the whole sentence, as written (an exact substring of the subject, the description
 *   or the field value it came from), so the agent reads the claim in its context.
 * - A sentence that denies ("I do not see the … message"), supposes ("if I get …") or cites
 *   instructions ("the article says …") before the phrase proposes nothing (src/triage/ticketText.ts).
 * - The first sentence, in reading order, that states a node's answer proposes it. Two sentences
 *   stating different answers of one node propose nothing for it: the text disagrees with itself.
 */

export interface Proposal {
  node: string;
  answer: string;
  quote: string;
}

export function propose(text: TicketText, rules: readonly PhraseRule[]): Proposal[] {
  const found = new Map<string, Proposal | null>();
  for (const source of textsOf(text)) {
    for (const sentence of sentencesOf(source)) {
      const said = matchable(sentence);
      for (const rule of rules) {
        const m = rule.pattern.exec(said);
        if (!m || !states(said, m.index)) continue;
        const earlier = found.get(rule.node);
        if (earlier === undefined) found.set(rule.node, { node: rule.node, answer: rule.answer, quote: sentence });
        else if (earlier !== null && earlier.answer !== rule.answer) found.set(rule.node, null);
      }
    }
  }
  return [...found.values()].filter((p): p is Proposal => p !== null);
}

/** The proposal for the walk's pending question, when the text made one the question offers. */
export function proposalFor(view: WalkView, proposals: readonly Proposal[]): Proposal | null {
  const node = view.pending;
  if (!node) return null;
  return proposals.find((p) => p.node === node.id && node.answers.some((a) => a.id === p.answer)) ?? null;
}

/**
 * The agent confirms a proposal: it becomes the agent's answer (an auto-answer or a later question
 * follows as after any answer), remembered as confirmed from the ticket's text with its sentence.
 */
export function confirm(tree: Tree, state: WalkState, proposal: Proposal): WalkState {
  const next = answer(tree, state, proposal.node, proposal.answer);
  return { ...next, fromText: { ...next.fromText, [proposal.node]: { ...proposal } } };
}

/** The sentence a step's answer was confirmed from, or null for an answer the agent gave by hand or the data gave. */
export function confirmedQuote(state: WalkState, step: StepRecord): string | null {
  const confirmed = state.fromText && Object.prototype.hasOwnProperty.call(state.fromText, step.node) ? state.fromText[step.node] : undefined;
  return step.source === 'agent' && confirmed?.answer === step.answer ? confirmed.quote : null;
}
