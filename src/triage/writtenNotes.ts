import type { TreeId } from './tree';

/**
 * The notes a session wrote, and how the note on screen compares with them: a note that is
 * already on the ticket is not offered again (Back, then the same answer), and one written after
 * a real change is a correction that says what differs.
 */

export interface NoteFacts {
  tree: TreeId;
  outcome: string;
  /** The path's answers, by step. */
  answers: Readonly<Record<string, string>>;
  /** The values the note holds, by field id; an empty one is left out. */
  fields: Readonly<Record<string, string>>;
  remark: string;
}

export interface WrittenNote extends NoteFacts {
  refId: string;
}

export interface NoteChanges {
  outcome: boolean;
  /** The steps whose answer differs, or that only one of the two paths reached. */
  answers: string[];
  /** The field ids whose value differs. */
  fields: string[];
  remark: boolean;
}

export function noteFacts(tree: TreeId, outcome: string, answers: Readonly<Record<string, string>>, fields: Readonly<Record<string, string>>, remark: string): NoteFacts {
  const filled = Object.entries(fields)
    .map(([id, value]) => [id, value.trim()] as const)
    .filter(([, value]) => value !== '');
  return { tree, outcome, answers: { ...answers }, fields: Object.fromEntries(filled), remark: remark.trim() };
}

function differing(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => a[key] !== b[key]);
}

export function noteChanges(written: NoteFacts, now: NoteFacts): NoteChanges {
  return {
    outcome: written.outcome !== now.outcome,
    answers: differing(written.answers, now.answers),
    fields: differing(written.fields, now.fields),
    remark: written.remark !== now.remark,
  };
}

const unchanged = (c: NoteChanges) => !c.outcome && !c.remark && c.answers.length === 0 && c.fields.length === 0;

/**
 * Against the notes written (oldest first): the one that says the same as `now`, if any; else the
 * procedure's latest, which a write of `now` corrects, with what differs.
 */
export function compareWithWritten(
  written: readonly WrittenNote[],
  now: NoteFacts,
): { kind: 'new' } | { kind: 'same'; note: WrittenNote } | { kind: 'correction'; note: WrittenNote; changes: NoteChanges } {
  const mine = written.filter((n) => n.tree === now.tree);
  const same = mine.find((n) => unchanged(noteChanges(n, now)));
  if (same) return { kind: 'same', note: same };
  const latest = mine.at(-1);
  return latest ? { kind: 'correction', note: latest, changes: noteChanges(latest, now) } : { kind: 'new' };
}
