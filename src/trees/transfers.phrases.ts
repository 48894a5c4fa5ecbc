import type { PhraseRule } from '../triage/tree';
import { gapWithoutDenial } from './phraseGap';

/**
 * The customer's sentences that answer the transfers procedure's questions (src/triage/proposals.ts).
 * Patterns read a sentence in lower case, without accents or quotation marks.
 */

const MOVED_EN = new RegExp(
  String.raw`\b(?:transferr?(?:ed|ing)|transfers|moved|moving|switched|relocated)\b${gapWithoutDenial(50)}\b(?:schools?|campus(?:es)?)\b|\bchang(?:ed|ing) schools\b`,
);
const MOVED_ES = new RegExp(
  String.raw`\b(?:se (?:cambio|cambiaron|transfirio|transfirieron|traslado|trasladaron|mudo|mudaron|paso|pasaron)|(?:fue|fueron|ha sido|han sido) (?:transferid|trasladad)[oa]s?)\b${gapWithoutDenial(50)}\b(?:escuelas?|colegios?|planteles?)\b|\bcambi(?:o|aron) de (?:escuela|colegio)\b`,
);

/** A student meant to be at two schools at once: not a transfer (step 1 No), simultaneous courses (step 2 Yes). */
const TWO_SCHOOLS_EN = new RegExp(
  String.raw`\bdual[ -]?enrol?l?ments?\b|\b(?:enrolled|registered|takes? (?:classes|courses)|taking (?:classes|courses)|attends?|attending)\b${gapWithoutDenial(30)}\b(?:two|both|2|multiple|several) (?:different )?(?:schools|campuses)\b`,
);
const TWO_SCHOOLS_ES =
  /\bdoble (?:inscripcion|matricula)\b|\b(?:inscrit|matriculad|registrad)[oa]s? en (?:dos|ambas|2|varias) escuelas\b|\b(?:asiste|asisten|toma|toman|tiene|tienen) (?:clases |cursos )?en (?:dos|ambas|2|varias) escuelas\b/;

const BECAUSE_TWO = 'A student meant to be at two schools at once did not transfer: step 1 is No, and step 2 (simultaneous courses) is Yes.';

export const TRANSFERS_PHRASES: readonly PhraseRule[] = [
  { node: 'transfers.1', answer: 'yes', lang: 'en', pattern: MOVED_EN },
  { node: 'transfers.1', answer: 'yes', lang: 'es', pattern: MOVED_ES },
  { node: 'transfers.1', answer: 'no', lang: 'en', pattern: TWO_SCHOOLS_EN, because: BECAUSE_TWO },
  { node: 'transfers.1', answer: 'no', lang: 'es', pattern: TWO_SCHOOLS_ES, because: BECAUSE_TWO },
  { node: 'transfers.2', answer: 'yes', lang: 'en', pattern: TWO_SCHOOLS_EN },
  { node: 'transfers.2', answer: 'yes', lang: 'es', pattern: TWO_SCHOOLS_ES },
];
