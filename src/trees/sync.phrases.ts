import type { PhraseRule } from '../triage/tree';
import { gapWithoutDenial } from './phraseGap';

/**
 * The customer's sentences that answer the sync procedure's status question (src/triage/proposals.ts).
 * Patterns read a sentence in lower case, without accents or quotation marks. Between the report
 * and what it shows only a count or a plain adjective may stand, so "shows no errors" proposes nothing.
 */

const SYNC_EN = String.raw`\b(?:sis )?(?:sync(?:ing)?|sis)(?: report| status| page)?\b`;
const SHOWS_EN = String.raw`(?:shows?|showing|has|have|had|with|reports?|reporting|gives?|giving|throws?|getting|got|lists?|listing)`;
const SOME_EN = String.raw`(?:(?:an?|some|many|several|multiple|new|red|critical|minor|lots of|a lot of|\d+) )?`;
const shows = (what: string) =>
  new RegExp(
    `${SYNC_EN}${gapWithoutDenial(40)}\\b${SHOWS_EN} ${SOME_EN}${what}\\b|\\b${what} (?:on|in) (?:the |our |my |their )?(?:sis )?sync(?:ing)?(?: report)?\\b|\\bsync(?:ing)? ${what}\\b`,
  );

const SYNC_ES = String.raw`\b(?:(?:el )?informe de )?(?:sincronizacion|sis)\b`;
const SHOWS_ES = String.raw`(?:muestra|muestran|tiene|tienen|presenta|presentan|da|dan|reporta|reportan|marca|marcan|con)`;
const showsEs = (what: string, some: string) =>
  new RegExp(`${SYNC_ES}${gapWithoutDenial(40)}\\b${SHOWS_ES} (?:(?:${some}|\\d+) )?${what}\\b|\\b${what} (?:en|de) (?:la |el )?(?:informe de )?sincronizacion\\b`);

export const SYNC_PHRASES: readonly PhraseRule[] = [
  { node: 'sync.status', answer: 'errors', lang: 'en', pattern: shows('errors?') },
  { node: 'sync.status', answer: 'errors', lang: 'es', pattern: showsEs('errore?s?', 'varios|muchos|algunos|un') },
  { node: 'sync.status', answer: 'alerts', lang: 'en', pattern: shows('alerts?') },
  { node: 'sync.status', answer: 'alerts', lang: 'es', pattern: showsEs('alertas?', 'varias|muchas|algunas|una') },
  {
    node: 'sync.status',
    answer: 'on_hold',
    lang: 'en',
    pattern: new RegExp(
      String.raw`\bsync(?:ing)?\b${gapWithoutDenial(30)}\b(?:is|was|has been|have been|got|been|are|went|stays|remains) (?:placed |put )?on hold\b|\b(?:placed|put) (?:the |our |my |their )?(?:sis )?sync(?:ing)? on hold\b|\bsync(?:ing)? (?:is )?on hold\b|\bsync holds?\b`,
    ),
  },
  {
    node: 'sync.status',
    answer: 'on_hold',
    lang: 'es',
    pattern: new RegExp(
      String.raw`\bsincronizacion\b${gapWithoutDenial(30)}\b(?:esta|estan|quedo|fue puesta|ha sido puesta|se puso|sigue|permanece) (?:en espera|en pausa|retenida|detenida|suspendida)\b|\bsincronizacion (?:en espera|en pausa|retenida|suspendida)\b`,
    ),
  },
];
