import type { CollectField } from './tree';
import { visible } from './oneLine';

/**
 * A warning, not a refusal: a field that asks for an id (a Clever or Salesforce id, a VHL id, a
 * username) holding what reads as a person's name. A note must never carry a student's name, and
 * an agent who types one where the id goes is told so beside the field; the write is not blocked,
 * as a school's or a district's name is sometimes the best a caller can give.
 */

/** Fields that ask for an id: by their kind, or a text field named `…_id`, `…identifier` or `…username`. */
export function asksForId(field: CollectField): boolean {
  if (field.kind === 'clever_id' || field.kind === 'salesforce_id') return true;
  return field.kind === 'text' && /(?:^|_)(?:id|identifier|username)$/.test(field.id);
}

/**
 * Two to four words of letters (apostrophes, hyphens and initials' dots allowed), no digits, no
 * `@`, `_` or `/`: "Jane Doe", "mary-jane o'neil", "J. Smith". An id, a username or an email has
 * no space or holds a digit or a symbol, so it never reads as one.
 */
export function looksLikePersonName(raw: string): boolean {
  const words = visible(raw).trim().split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  return words.every((w) => /^\p{L}[\p{L}'’.-]*$/u.test(w));
}

/** Whether to warn beside the field: it asks for an id and its value reads as a person's name. */
export function nameWhereIdAsked(field: CollectField, value: string): boolean {
  return asksForId(field) && looksLikePersonName(value);
}
