/**
 * The ticket's text read sentence by sentence for the phrase patterns (src/triage/proposals.ts):
 * where sentences end, how a sentence is matched, and whether it states what matched.
 */

/** A sentence longer than this is cut into pieces: the phrase patterns' work grows with its length. */
const MAX_SENTENCE_CHARS = 600;

/**
 * A sentence ends at `.`, `!` or `?` after a letter, a digit or a closing bracket (so the message
 * “! VHL does not recognize your school.” is not cut at its opening `!`), before a space; when
 * closing quotes follow, only if the next word does not go on in lower case (`…your school." right
 * after they log in`); and at every line break (an e-mail's lines, a form's fields).
 */
const SENTENCE_END = /(?<=[\p{L}\p{N})\]])[.!?]+(?:["'”’»)]+(?=\s*$|\s+(?!\p{Ll}))|(?=\s|$))|[\r\n]+/gu;

/** The sentences of a text, each an exact, trimmed substring of it; lines quoted from an e-mail (`> …`) left out. */
export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  const take = (to: number) => {
    const sentence = text.slice(from, to).trim();
    for (let at = 0; at < sentence.length; at += MAX_SENTENCE_CHARS) {
      const piece = sentence.slice(at, at + MAX_SENTENCE_CHARS).trim();
      if (piece !== '' && !piece.startsWith('>')) out.push(piece);
    }
  };
  for (const m of text.matchAll(SENTENCE_END)) {
    take(m.index + m[0].length);
    from = m.index + m[0].length;
  }
  take(text.length);
  return out;
}

/**
 * A sentence as the patterns read it: lower case, accents and quotation marks gone (the customer's
 * quoting varies), apostrophes straight, spaces single. Only tested, never shown.
 */
export function matchable(sentence: string): string {
  return sentence
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/["“”„«»!¡¿*_]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words that deny what follows them in their clause: "I do not see …", "no veo …". */
const DENIAL = /n't\b|\b(?:not|no|never|nor|without|none|nunca|tampoco|ni|sin|jamas)\b/;

/**
 * Words that make the rest of the sentence a supposition or someone else's words: "if I get …",
 * "the instructions say …", "si aparece …", "según el artículo …".
 */
const SUPPOSITION = /\b(?:if|whether|in case|suppose|instructions?|article|guide|according|si|en caso|supongamos|instrucciones|articulo|guia|segun)\b/;

/** The clause a match sits in starts after the last comma, colon or joining word before it. */
const CLAUSE_START = /.*(?:[,;:(]|\b(?:and|but|although|however|y|pero|aunque|sino)\b)/;

/**
 * Whether the sentence states what matched at `at` (of `said`, a `matchable` sentence): no
 * supposition before it in the sentence, no denial before it in its clause.
 */
export function states(said: string, at: number): boolean {
  const before = said.slice(0, at);
  if (SUPPOSITION.test(before)) return false;
  return !DENIAL.test(before.replace(CLAUSE_START, ''));
}
