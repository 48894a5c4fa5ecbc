import { visible } from './oneLine';
import type { CollectField, DistrictKind, Outcome } from './tree';

/**
 * The escalation packet: the data the procedure says to collect before a ticket leaves the
 * agent's hands (an outcome's `collect` fields), checked field by field. Tier 1 fills it in
 * at an escalating outcome; planWrite writes it as a labelled block of the note; Tier 2 reads
 * it back (readNote.ts) and sees what is missing. Pure: `today` is passed in where a date is
 * compared with it.
 */

/**
 * Where the key of the Jira issue Tier 2 creates for a Tech Dev escalation is kept: with the
 * collected values, so it is saved with the session and survives a reload (an issue is never
 * created twice for one note), and planWrite writes it as the note's `Jira issue:` line.
 */
export const JIRA_ISSUE_KEY = 'jira_issue';

export type FieldProblemCode = 'required' | 'clever_id' | 'salesforce_id' | 'datetime' | 'future_date' | 'yes_no' | 'choice' | 'identifier';

export interface FieldProblem {
  code: FieldProblemCode;
  /** In English, for the note, the CLI and tests; the sidebar shows its own translation of the code. */
  message: string;
}

export const FIELD_PROBLEM_MESSAGES: Readonly<Record<FieldProblemCode, string>> = {
  required: 'Required.',
  clever_id: 'A Clever id is 24 characters: digits and the letters a to f.',
  salesforce_id: 'A Salesforce id is 15 or 18 letters and digits.',
  datetime: 'Write a date as 2026-11-20, with the time when known: 2026-11-20T14:30.',
  future_date: 'This date is in the future.',
  yes_no: 'Answer yes or no.',
  choice: 'Choose one of the options.',
  identifier: "An id or a username has no spaces: write the user's id or username, never a student's name.",
};

const CLEVER_ID = /^[0-9a-f]{24}$/i;
const SALESFORCE_ID = /^[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?$/;
/** What an `<input type="datetime-local">` gives, a plain date, or either with seconds or a space. */
const DATETIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;
/**
 * Text fields that identify a user (`user_identifier`, `..._username`): an id or a username
 * never holds a space, and a student's name nearly always does. The clever_id kind is
 * already held to its shape.
 */
const IDENTIFIER_FIELD = /(?:^|_)(?:identifier|username)$/;

function problem(code: FieldProblemCode): FieldProblem {
  return { code, message: FIELD_PROBLEM_MESSAGES[code] };
}

/** A calendar date (and time) as written, or null when it is not one: 2026-02-30 is not. */
function parseDateTime(value: string): Date | null {
  const m = DATETIME.exec(value);
  if (!m) return null;
  const part = (i: number): number => Number(m[i] ?? 0);
  const [y, mo, d, h, mi, s] = [part(1), part(2), part(3), part(4), part(5), part(6)];
  const date = new Date(y, mo - 1, d, h, mi, s);
  const same = date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d && date.getHours() === h && date.getMinutes() === mi;
  return same && h < 24 && mi < 60 && s < 60 ? date : null;
}

const valueOf = (collected: Readonly<Record<string, string>>, id: string): string => {
  const raw = Object.prototype.hasOwnProperty.call(collected, id) ? collected[id] : undefined;
  return typeof raw === 'string' ? visible(raw).trim() : '';
};

/**
 * Whether a field must be filled in, given the rest of its packet (a `RequiredWhen` follows the
 * choice made). A field required unless the district is of some kind counts as required until
 * `outcomeForDistrict` settles it: asking for a value is the safe side.
 */
export function isRequired(field: CollectField, collected: Readonly<Record<string, string>>): boolean {
  const { required } = field;
  if (typeof required === 'boolean') return required;
  return 'unlessDistrict' in required ? true : valueOf(collected, required.field) === required.equals;
}

const settled = new WeakMap<Outcome, Map<DistrictKind, Outcome>>();

/**
 * The outcome as the walk's organization meets it: a field required unless the district record is
 * of some kinds is plainly optional or required for `kind`. The outcome itself when nothing
 * changes, and one object per outcome and kind, so a screen that keys its work on the outcome
 * does not redo it on every render.
 */
export function outcomeForDistrict(outcome: Outcome, kind: DistrictKind): Outcome {
  if (!outcome.collect.some((f) => typeof f.required === 'object' && 'unlessDistrict' in f.required)) return outcome;
  const byKind = settled.get(outcome) ?? new Map<DistrictKind, Outcome>();
  settled.set(outcome, byKind);
  const known = byKind.get(kind);
  if (known) return known;
  const collect = outcome.collect.map((f): CollectField =>
    typeof f.required === 'object' && 'unlessDistrict' in f.required ? { ...f, required: !f.required.unlessDistrict.includes(kind) } : f,
  );
  const made = { ...outcome, collect };
  byKind.set(kind, made);
  return made;
}

/**
 * What is wrong with one value, or null. An empty optional field is fine; `collected` (the rest
 * of the packet) says whether a conditionally required field is required. Dates are checked
 * against `today` only when it is given (the sidebar gives it; the note's own check does not,
 * so a note reads the same whenever it is planned).
 */
export function validateField(field: CollectField, raw: string, today?: Date, collected: Readonly<Record<string, string>> = {}): FieldProblem | null {
  // An id pasted with a zero-width space is the id: the note writes it without (planWrite).
  const value = visible(raw).trim();
  if (value === '') return isRequired(field, collected) ? problem('required') : null;
  switch (field.kind) {
    case 'clever_id':
      return CLEVER_ID.test(value) ? null : problem('clever_id');
    case 'salesforce_id':
      return SALESFORCE_ID.test(value) ? null : problem('salesforce_id');
    case 'yes_no':
      return value === 'yes' || value === 'no' ? null : problem('yes_no');
    case 'choice':
      return field.choices.some((c) => c.id === value) ? null : problem('choice');
    case 'datetime': {
      const date = parseDateTime(value);
      if (!date) return problem('datetime');
      return today && date.getTime() > today.getTime() ? problem('future_date') : null;
    }
    case 'text':
      return IDENTIFIER_FIELD.test(field.id) && /\s/.test(value) ? problem('identifier') : null;
    case 'multiline':
      return null;
  }
}

export interface PacketEntry {
  field: CollectField;
  /** Trimmed; '' when not collected. */
  value: string;
  problem: FieldProblem | null;
}

export interface PacketCheck {
  entries: PacketEntry[];
  /** Fields with no value, required or not: what Tier 2 would have to ask for. */
  missing: CollectField[];
  /** Fields with a value in the wrong shape. */
  invalid: PacketEntry[];
  complete: boolean;
}

/** Every field of a packet checked, in the outcome's order. */
export function checkPacket(fields: readonly CollectField[], collected: Readonly<Record<string, string>>, today?: Date): PacketCheck {
  const entries = fields.map((field): PacketEntry => {
    const value = valueOf(collected, field.id);
    return { field, value, problem: validateField(field, value, today, collected) };
  });
  const missing = entries.filter((e) => e.value === '').map((e) => e.field);
  const invalid = entries.filter((e) => e.value !== '' && e.problem !== null);
  return { entries, missing, invalid, complete: missing.length === 0 && invalid.length === 0 };
}

/** Whether an outcome sends the ticket on (to Tier 2, a supervisor, Tech Dev): its collected data is an escalation packet. */
export function isEscalation(outcome: Pick<Outcome, 'kind' | 'escalationTags'>): boolean {
  return (
    outcome.kind === 'escalate_tier2' ||
    outcome.kind === 'escalate_supervisor' ||
    outcome.kind === 'escalate_techdev' ||
    outcome.escalationTags.some((t) => t !== 'tier2_returned')
  );
}

/** The note's one-line verdict on a packet, after its items: `Packet: complete` or what is missing and not valid, by field id. */
export function packetStatusLine(check: PacketCheck): string {
  if (check.complete) return 'Packet: complete';
  const parts: string[] = [];
  if (check.missing.length > 0) parts.push(`missing: ${check.missing.map((f) => f.id).join(', ')}`);
  if (check.invalid.length > 0) parts.push(`not valid: ${check.invalid.map((e) => e.field.id).join(', ')}`);
  return `Packet: incomplete — ${parts.join('; ')}`;
}

/**
 * Fields known under another id in an earlier packet: Tier 2's `user_identifier` (a Clever id,
 * or a username when there is none) is Tier 1's `user_clever_id`.
 */
const CARRIED_FROM: Readonly<Record<string, readonly string[]>> = {
  user_identifier: ['user_clever_id'],
};

/**
 * Values an earlier packet already holds for these fields, so nothing is asked twice: the
 * same field id, or a field it is known as (CARRIED_FROM). Only values that pass the field's
 * own check are carried; the rest stay for the agent to fill in.
 */
export function carryOver(fields: readonly CollectField[], earlier: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of fields) {
    for (const source of [field.id, ...(CARRIED_FROM[field.id] ?? [])]) {
      const value = Object.prototype.hasOwnProperty.call(earlier, source) ? earlier[source]?.trim() ?? '' : '';
      if (value !== '' && validateField(field, value) === null) {
        out[field.id] = value;
        break;
      }
    }
  }
  return out;
}

/** The packet an escalation to Tier 2 carried, told from its outcome alone (no comment read). */
export type PacketAtEscalation = 'complete' | 'required' | 'none';

/**
 * The sidebar writes an escalation only with every required field filled and valid, so an
 * app-written escalation's packet is `complete` when its outcome asks for nothing optional, and
 * holds at least the `required` fields otherwise. No outcome: escalated without the app, no packet.
 */
export function packetAtEscalation(outcome: Outcome | null): PacketAtEscalation {
  if (outcome === null) return 'none';
  return outcome.collect.every((f) => f.required === true) ? 'complete' : 'required';
}
