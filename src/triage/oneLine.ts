/**
 * Untrusted text (organization fields, the agent's values, the CLI's input) as one line:
 * newlines, tabs and other control characters become single spaces. Its own module, with no
 * imports, so the first screen's classification takes it without the rest of the text tools.
 */

/** Control characters, newlines and line separators: never written as they are. */
export const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * Characters that change how text around them reads without being seen: bidi embeddings,
 * overrides and isolates (which can turn "Lincoln High" into what looks like another name),
 * zero-width spaces and joiners, the soft hyphen, the byte-order mark. Removed, never written.
 */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

export const visible = (text: string): string => text.replace(INVISIBLE, '');

export function oneLine(text: string): string {
  return visible(text).replace(/\r\n?|\n|\t/g, ' ').replace(CONTROL, ' ').replace(/ {2,}/g, ' ').trim();
}

/** One line of at most `max` characters, `…` where it is cut: how evidence and error messages echo a value. */
export function clip(text: string, max: number): string {
  const chars = Array.from(oneLine(text));
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
}
