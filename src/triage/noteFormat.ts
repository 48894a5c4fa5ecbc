import type { WritePlan } from './writePlan';

/**
 * The note's reference line, `Reference: clever-triage/<refId>`: written by planWrite, read back
 * by readNote, and looked for by the writer after an unclear failure, so a note is written once.
 */
export const REFERENCE_PREFIX = 'Reference: clever-triage/';

/** Zendesk's limit on a comment body, in UTF-8 bytes: it cuts a longer one silently, so a note is refused above it. */
/**
 * Every line of a block starts with `  | `: Zendesk's `body` collapses the indent and its `plain_body`
 * may drop it, but the bar survives both, so a typed line ("Outcome: …") never reads as a section.
 */
export const BLOCK_LINE = '  | ';

export const MAX_NOTE_BYTES = 64 * 1024;

export const formatReference = (refId: string): string => `${REFERENCE_PREFIX}${refId}`;

/** The reference id a line names, or null when it is not the reference line. */
export function referenceIdOf(line: string): string | null {
  return line.startsWith(REFERENCE_PREFIX) ? line.slice(REFERENCE_PREFIX.length).trim() : null;
}

/** The note's line that names the session's reference id, normalised as Zendesk stores it; null when there is none. */
export function referenceLine(plan: Pick<WritePlan, 'note' | 'refId'>): string | null {
  if (plan.refId.trim() === '') return null;
  const line = plan.note.split(/\r?\n/).find((l) => l.includes(plan.refId));
  return line === undefined ? null : normalise(line);
}

/**
 * Whether a comment's text holds the line whole, not as a substring: a handoff's note carries
 * `<refId>.<tree>`, which must not pass for the note of `<refId>`.
 */
export function hasReferenceLine(text: string, line: string): boolean {
  return text.split(/\r?\n/).some((l) => normalise(l) === line);
}

/** Zendesk's plain-text `body` drops markup and collapses runs of spaces: compare on that footing. */
function normalise(text: string): string {
  return text
    .replace(/<\/?[A-Za-z!][^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
