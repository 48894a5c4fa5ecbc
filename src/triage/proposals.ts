import { matchable, sentencesOf, states, textsOf, type TicketText } from './ticketText';
import type { PhraseRule } from './tree';

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
