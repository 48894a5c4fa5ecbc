import { checkPacket, outcomeForDistrict } from './packet';
import { BLOCK_LINE, noteDigest, parseReference, REFERENCE_PREFIX } from './noteFormat';
import type { ProposalFrom } from './engine';
import { AGAINST_RECORD, CONFIRMED_FROM, ESCALATED_BY, NOTE_MARKER } from './planWrite';
import { DISTRICT_KINDS, TREE_IDS, type DistrictKind, type Tree, type TreeId } from './tree';

/**
 * Reads one of the app's own notes (planWrite's layout) back into data, so Tier 2 sees what
 * Tier 1 did without asking it again. Total: any text gives a result, never a throw.
 *
 * The text is the comment as Zendesk stores it, which is not quite what was sent: `body`
 * collapses runs of spaces (the two-space indent of a block becomes one), `plain_body` may
 * drop the indent and add or drop blank lines, and both strip anything that looks like
 * markup. So a continuation line is one that starts with the block's bar (`| `), or, in a
 * note written before the bar, with whitespace; blank lines count for nothing; and
 * everything after the remark's heading, the layout's last section, is the remark, so a
 * typed line that lost its indent cannot read as a section.
 *
 * A note of an older tree version reads all the same: the path is kept as the text the
 * note wrote, and the packet as the fields the note listed.
 */

export interface ReadStep {
  /** '' when the line is not in the layout (kept as text only). */
  node: string;
  answer: string;
  source: 'auto' | 'agent' | null;
  /** The agent chose an answer the district record rules out: the record may need fixing. */
  againstRecord: boolean;
  /** The agent confirmed the answer the app proposed from there; null for any other answer. */
  confirmed: ProposalFrom | null;
  /** "<question> → <answer>", as the note wrote it. */
  text: string;
}

export interface ReadField {
  id: string;
  label: string;
  /** null when the note says "(not collected)". */
  value: string | null;
}

export interface ReadNote {
  tree: TreeId;
  treeVersion: number;
  treeTitle: string;
  refId: string;
  /** null when the note names a kind this version of the app does not know. */
  district: DistrictKind | null;
  continuedFrom: { tree: string; outcome: string } | null;
  path: ReadStep[];
  outcome: { id: string; kind: string; title: string };
  jiraIssue: string | null;
  /** The agent who wrote the escalation and whether they were in the Tier 1 group then; null in a note without it. */
  escalatedBy: { userId: number; inTier1: boolean } | null;
  /** The collected data; `escalation` when the note wrote it as an escalation packet. */
  packet: { escalation: boolean; fields: ReadField[] };
  /** '' when the agent wrote none. */
  remark: string;
  /**
   * Whether the text matches its reference line's digest: false for a note changed after it was
   * written or pasted under another reference; null for a note written before the digest.
   */
  matchesReference: boolean | null;
}

export type NoteRead =
  | { ok: true; note: ReadNote }
  /** `foreign`: not written by the app; `malformed`: the app's marker, but not its layout (edited, cut, or another format). */
  | { ok: false; reason: 'foreign' | 'malformed'; message: string };

const HEADER = /^\[clever-triage\] .*\(([a-z0-9_]+) v(\d+)\)$/;
const HEADER_TITLE = /^\[clever-triage\] [^:]*: (.*) \([a-z0-9_]+ v\d+\)$/;
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CONFIRMED = Object.values(CONFIRMED_FROM).map(escapeRegExp).join('|');
const STEP = new RegExp(`^([^\\s=]+) = (\\S+) \\[(auto|agent)(?:, the data said \\S+)?(?:, confirmed from (${CONFIRMED}))?(, ${AGAINST_RECORD})?\\]: (.*)$`);
const OUTCOME = /^Outcome: (\S+) \(([a-z0-9_]+)\): (.*)$/;
const FIELD = /^([A-Za-z0-9_]+) \((.*?)\):(?: (.*))?$/;
const CONTINUED = /^Continued from: (\S+), outcome (\S+)$/;
const REMARK_HEADING = 'Agent remark:';

/** Whether a comment's text is one of the app's notes (it may still be malformed). */
export function isAppNote(text: string): boolean {
  return text.trimStart().startsWith(NOTE_MARKER);
}

/** The tree an app note names in its first line, without reading the rest; null for another text. */
export function noteTree(text: string): TreeId | null {
  const first = text.trimStart().split(/\r?\n/, 1)[0]?.trimEnd() ?? '';
  const tree = HEADER.exec(first)?.[1];
  return TREE_IDS.find((id) => id === tree) ?? null;
}

/** A note Tier 1 wrote (any tree but Tier 2's own), which is what the Tier 2 view reads back. */
export function isTier1Note(text: string): boolean {
  return isAppNote(text) && noteTree(text) !== 'tier2';
}

/** A block's line as written (`  | text`), as `body` leaves it (` | text`) or as `plain_body` may (`| text`). */
const BAR = new RegExp(`^\\s*\\${BLOCK_LINE.trim()}(?: |$)`);

/** A continuation line's text, without its bar or (in a note older than the bar) its indent. */
const continuation = (line: string): string => (BAR.test(line) ? line.replace(BAR, '') : line.trimStart());

interface Item {
  line: string;
  more: string[];
}

interface Section {
  line: string;
  more: string[];
  items: Item[];
}

/** The note's lines grouped as the layout writes them: headings, their `- ` items, and indented continuations. */
function sections(lines: string[]): Section[] {
  const out: Section[] = [];
  for (const line of lines) {
    if (line.trim() === '') continue;
    const current = out.at(-1);
    if (BAR.test(line) || /^\s/.test(line)) {
      const text = continuation(line);
      const item = current?.items.at(-1);
      if (item) item.more.push(text);
      else current?.more.push(text);
    } else if (line.startsWith('- ') && current) {
      current.items.push({ line: line.slice(2), more: [] });
    } else {
      out.push({ line, more: [], items: [] });
    }
  }
  return out;
}

const malformed = (message: string): NoteRead => ({ ok: false, reason: 'malformed', message: `The app's note cannot be read: ${message}.` });

export function readNote(text: string): NoteRead {
  if (typeof text !== 'string' || !isAppNote(text)) {
    return { ok: false, reason: 'foreign', message: 'This note was not written by the app.' };
  }
  const lines = text.trimStart().split(/\r?\n/).map((l) => l.trimEnd());
  const header = lines[0] ?? '';
  const head = HEADER.exec(header);
  const tree = TREE_IDS.find((id) => id === head?.[1]);
  if (!head || !tree) return malformed('its first line does not name a procedure and version');

  // The remark is the layout's last section: nothing after its heading is the app's.
  const remarkAt = lines.indexOf(REMARK_HEADING);
  const all = sections(remarkAt === -1 ? lines.slice(1) : lines.slice(1, remarkAt));
  const find = (prefix: string) => all.find((s) => s.line.startsWith(prefix));

  const reference = parseReference(find(REFERENCE_PREFIX)?.line ?? '');
  const refId = reference?.refId ?? '';
  if (refId === '') return malformed('it has no reference line');
  const outcome = OUTCOME.exec(find('Outcome: ')?.line ?? '');
  if (!outcome) return malformed('it names no outcome');

  const districtText = find('District: ')?.line.slice('District: '.length).trim();
  const continued = CONTINUED.exec(find('Continued from: ')?.line ?? '');
  const packetSection = find('Escalation packet:') ?? find('Collected:');
  const remark = remarkAt === -1 ? '' : lines.slice(remarkAt + 1).filter((l) => l.trim() !== '').map(continuation).join('\n');
  const jira = find('Jira issue: ')?.line.slice('Jira issue: '.length).trim() ?? '';
  const escalatedBy = ESCALATED_BY.exec(find('Escalated by: ')?.line ?? '');

  return {
    ok: true,
    note: {
      tree,
      treeVersion: Number(head[2]),
      treeTitle: HEADER_TITLE.exec(header)?.[1] ?? '',
      refId,
      district: DISTRICT_KINDS.find((k) => k === districtText) ?? null,
      continuedFrom: continued ? { tree: continued[1] ?? '', outcome: continued[2] ?? '' } : null,
      path: (find('Path:')?.items ?? []).map(readStep),
      outcome: { id: outcome[1] ?? '', kind: outcome[2] ?? '', title: outcome[3] ?? '' },
      jiraIssue: jira === '' ? null : jira,
      escalatedBy: escalatedBy ? { userId: Number(escalatedBy[1]), inTier1: escalatedBy[2] === 'in' } : null,
      packet: {
        escalation: packetSection?.line.startsWith('Escalation packet:') ?? false,
        fields: (packetSection?.items ?? []).flatMap(readField),
      },
      remark: remark === '(none)' ? '' : remark,
      matchesReference: reference?.digest == null ? null : noteDigest(text, refId) === reference.digest,
    },
  };
}

/** A node id's step as the ids are made (`<tree>.<step>`, a question inside a step `<tree>.<step>.<name>`). */
const STEP_OF_ID = /^[a-z0-9_]+\.(\d+[a-z]?)(?:\.|$)/;

/**
 * The procedure's own number of a read step ("2a", "7b"), as the walk shows it: the tree's when it
 * still has the node, else the one the node id carries (a note of an older version); null for a
 * step the layout no longer knows.
 */
export function stepNumberOf(step: Pick<ReadStep, 'node'>, tree: Tree | undefined): string | null {
  const node = tree && Object.prototype.hasOwnProperty.call(tree.nodes, step.node) ? tree.nodes[step.node] : undefined;
  return node?.step ?? STEP_OF_ID.exec(step.node)?.[1] ?? null;
}

function readStep(item: Item): ReadStep {
  const m = STEP.exec(item.line);
  if (!m) return { node: '', answer: '', source: null, againstRecord: false, confirmed: null, text: item.line };
  const confirmed = (Object.keys(CONFIRMED_FROM) as ProposalFrom[]).find((from) => CONFIRMED_FROM[from] === m[4]) ?? null;
  return { node: m[1] ?? '', answer: m[2] ?? '', source: m[3] === 'auto' ? 'auto' : 'agent', againstRecord: m[5] !== undefined, confirmed, text: m[6] ?? '' };
}

function readField(item: Item): ReadField[] {
  const m = FIELD.exec(item.line);
  // "(nothing to collect)" and lines not in the layout carry no field.
  if (!m) return [];
  const inline = (m[3] ?? '').trim();
  const value = inline !== '' ? inline : item.more.join('\n');
  return [{ id: m[1] ?? '', label: m[2] ?? '', value: value === '' || value === '(not collected)' ? null : value }];
}

/** The collected values of a note, by field id: what carryOver() takes. */
export function collectedOf(note: ReadNote): Record<string, string> {
  return Object.fromEntries(note.packet.fields.flatMap((f) => (f.value === null ? [] : [[f.id, f.value]])));
}

export interface PacketGaps {
  /** The note is of the tree version the app has now: its fields are checked by their kinds. */
  current: boolean;
  missing: { id: string; label: string }[];
  invalid: { id: string; label: string; message: string }[];
  complete: boolean;
}

/**
 * What Tier 2 would still have to ask for. For a note of the current tree version, the
 * outcome's fields are checked as the sidebar checks them (a field the note lacks counts as
 * missing); for an older version, the fields the note itself says were not collected.
 */
export function packetGaps(note: ReadNote, trees: Readonly<Record<TreeId, Tree>>): PacketGaps {
  const tree = trees[note.tree];
  const outcome = tree.version === note.treeVersion && Object.prototype.hasOwnProperty.call(tree.outcomes, note.outcome.id) ? tree.outcomes[note.outcome.id] : undefined;
  if (!outcome) {
    const missing = note.packet.fields.filter((f) => f.value === null).map(({ id, label }) => ({ id, label }));
    return { current: false, missing, invalid: [], complete: missing.length === 0 };
  }
  // A note naming no district kind this version knows is held to every field.
  const check = checkPacket((note.district ? outcomeForDistrict(outcome, note.district) : outcome).collect, collectedOf(note));
  return {
    current: true,
    missing: check.missing.map(({ id, label }) => ({ id, label })),
    invalid: check.invalid.map((e) => ({ id: e.field.id, label: e.field.label, message: e.problem?.message ?? '' })),
    complete: check.complete,
  };
}
