import type { WritePlan } from './writePlan';

/**
 * The note's reference line, `Reference: clever-triage/<refId> (digest <12 hex>)`: written by
 * planWrite, read back by readNote, and looked for by the writer after an unclear failure, so a
 * note is written once. The digest is a hash of the reference id and every other line of the note
 * as Zendesk keeps them (noteDigest): a note edited after it was written, or pasted under
 * another reference, no longer matches its own line. Anyone who knows the algorithm can compute
 * one, so it tells a changed or careless copy, not a forger; the author check does the rest. A
 * note written before the digest has none and reads all the same.
 */
export const REFERENCE_PREFIX = 'Reference: clever-triage/';

const DIGEST = /^(\S+) \(digest ([0-9a-f]{12})\)$/;

/** Zendesk's limit on a comment body, in UTF-8 bytes: it cuts a longer one silently, so a note is refused above it. */
/**
 * Every line of a block starts with `  | `: Zendesk's `body` collapses the indent and its `plain_body`
 * may drop it, but the bar survives both, so a typed line ("Outcome: …") never reads as a section.
 */
export const BLOCK_LINE = '  | ';

export const MAX_NOTE_BYTES = 64 * 1024;

export const formatReference = (refId: string, digest: string): string => `${REFERENCE_PREFIX}${refId} (digest ${digest})`;

/** The reference id a line names and its digest (null in a note older than the digest), or null when it is not the reference line. */
export function parseReference(line: string): { refId: string; digest: string | null } | null {
  if (!line.startsWith(REFERENCE_PREFIX)) return null;
  const rest = line.slice(REFERENCE_PREFIX.length).trim();
  const m = DIGEST.exec(rest);
  return m ? { refId: m[1] ?? '', digest: m[2] ?? null } : { refId: rest, digest: null };
}

/**
 * The digest of a note's text (any line that is the reference line left out) under `refId`. Each
 * line is taken as Zendesk's `body` and `plain_body` both leave it (markup stripped, spaces
 * collapsed, indent and blank lines gone), so the note as written and as read back agree.
 */
export function noteDigest(text: string, refId: string): string {
  const lines = text
    .split(/\r?\n/)
    .map(normalise)
    .filter((l) => l !== '' && !l.startsWith(REFERENCE_PREFIX));
  const canonical = [refId, ...lines].join('\n');
  return `${fnv1a(canonical, 0x811c9dc5)}${fnv1a(canonical, 0x050c5d1f).slice(0, 4)}`;
}

/** 32-bit FNV-1a over UTF-16 code units, as 8 hex digits: small, pure, and the same in every runtime. */
function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
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
