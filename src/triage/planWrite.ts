import { assigneeOnGroupChange, NO_ASSIGNMENT_FACTS, type AssignmentFacts } from './assignee';
import { againstRecord, autoAnswer, view, type ProposalFrom, type WalkState, type WalkView } from './engine';
import { clip, CONTROL, oneLine, visible } from './oneLine';
import { BLOCK_LINE, formatReference, MAX_NOTE_BYTES, noteDigest } from './noteFormat';
import { confirmedQuote } from './proposals';
import { checkPacket, isEscalation, JIRA_ISSUE_KEY, packetStatusLine } from './packet';
import type { WritePlan } from './writePlan';
import { READING, readingText } from './evidenceText';
import { TAG_MAX_CHARS, type Settings } from './settings';
import type { Classification, ReadingCode } from './snapshot';
import { ENGLISH_FILL_WORDS, fill, type FillWords } from './treeText';
import type { DistrictKind, Language, Outcome, Tree } from './tree';
import type { NoteChanges } from './writtenNotes';

/**
 * What a finished walk writes: one private internal note and the tags.
 *
 * The note is plain text in a small, stable, labelled layout so it can be read back (the Tier 2
 * review parses the path and the collected data from it). Every line that starts at column 0 is the
 * app's own: `Label: value`, a section heading `Label:` followed by `- ` items, or an item's
 * continuation indented by two spaces. Text the app does not control (field values, collected
 * data, the agent's remark) is put on one line or in a block whose every line starts with `  | `, so it
 * can never start a line that looks like one of the app's, even once Zendesk strips the indent.
 *
 *   [clever-triage] Clever Triage: <tree title> (<tree id> v<version>)
 *   Reference: clever-triage/<refId> (digest <hash of the reference id and every other line>)
 *   Corrects: clever-triage/<refId> (changed: <outcome, steps, field ids, remark>)   (only for a correction)
 *   District: <kind>
 *   Evidence:
 *   - <field>: <value> — <reading>
 *   Academic year: <yyyy-yyyy> | not written in the LMS field   (+ " — STALE: …")
 *   Data conflict: …                                             (only when there is one)
 *   Continued from: <tree>, outcome <id>                         (only after a handoff)
 *   Path:
 *   - <node> = <answer id> [auto|agent(, the data said <id>)(, confirmed from <origin>)(, against the district record)]: <question> → <answer label>
 *     | “<the ticket's sentence>”                                (only for an answer confirmed from the ticket's text)
 *   Outcome: <outcome id> (<kind>): <title>
 *   Jira issue: <key>                                            (only once Tier 2 created one)
 *   Escalated by: user <id> (in|not in the Tier 1 group)         (only on an escalation to Tier 2)
 *   What to do:
 *   - <action>
 *   Warnings:                                                    (only when there are any)
 *   - <warning>
 *   Continue in: <handoff label>                                 (only for a handoff)
 *   Tell the customer:
 *     | <guidance, one line each>  or  | (nothing to tell)
 *   Collected: | Escalation packet:                             (the latter at an escalating outcome)
 *   - <field id> (<label>): <value> | (not collected)
 *   Packet: complete | incomplete — missing: <ids>; not valid: <ids>   (only at an escalating outcome)
 *   Agent remark:
 *     | <remark, one line each>  or  | (none)
 */

export const NOTE_MARKER = '[clever-triage]';
export const APP_NAME = 'Clever Triage';

export interface PlanInput {
  /** By the outcome's collect field ids, and JIRA_ISSUE_KEY once Tier 2 created an issue; other keys are ignored. */
  collected: Record<string, string>;
  remark: string;
  /** What ZAF knows of the assignee and the agent, for the assignee a group change takes; none known when absent. */
  assignment?: AssignmentFacts;
  /** The session's earlier note this one corrects, and what differs from it. */
  corrects?: { refId: string; changes: NoteChanges };
  /** The words of the note's own sentences, in the language of the tree passed (English when absent). */
  words?: NoteWords;
  /** An open problem ticket of the district's (a hot spot) this ticket joins as an incident, in the same update. */
  problemId?: number;
}

/**
 * What the note says in its own words besides the procedure's text (the tree passed to planWrite,
 * localized when the note is not in English). The layout's labels ("Path:", "What to do:") and its
 * markers stay English in every language: they are what the notes are read back by.
 */
export interface NoteWords {
  fill: FillWords;
  readings: Readonly<Record<ReadingCode, string>>;
  noYear: string;
  /** After the academic year, when it is older than the current one. */
  stale: string;
  conflict: string;
}

/** The language a note is written in: the team's, as the settings fix it, or the writing agent's. */
export function noteLanguage(settings: Settings, agent: Language): Language {
  return settings.note_language === 'agent' ? agent : settings.note_language;
}

export const ENGLISH_NOTE_WORDS: NoteWords = {
  fill: ENGLISH_FILL_WORDS,
  readings: READING,
  noYear: 'not written in the LMS field',
  stale: 'STALE: older than the current academic year; check the district is still live',
  conflict: 'Parent Account and LMS disagree; the agent answered what the data would have',
};

/** A path step's mark for an answer the district record rules out (`againstRecord`). */
export const AGAINST_RECORD = 'against the district record';
/** The sentence is evidence, not the ticket: a note quotes enough of it to be found. */
const MAX_QUOTE_CHARS = 300;

/** A path step's mark for a proposed answer the agent confirmed: `confirmed from <origin>`. */
export const CONFIRMED_FROM: Readonly<Record<ProposalFrom, string>> = {
  stale_record: 'the stale district record',
  ticket_text: "the ticket's text",
};

/** The escalating agent, in an escalation's note: the Tier 2 side reads it to give a returned ticket back. */
export const ESCALATED_BY = /^Escalated by: user (\d+) \((in|not in) the Tier 1 group\)$/;

export type PlanErrorCode = 'not_finished' | 'wrong_tree' | 'note_too_large';

export class PlanError extends Error {
  override readonly name = 'PlanError';
  constructor(
    readonly code: PlanErrorCode,
    message: string,
    /** The note's size in UTF-8 bytes, for `note_too_large`. */
    readonly bytes: number | null = null,
  ) {
    super(message);
  }
}

const DISTRICT_TAG: Record<DistrictKind, string> = {
  'clever-sso': 'district_sso',
  'clever-rostering': 'district_rostering',
  'clever-unknown-type': 'district_unknown_type',
  'not-clever': 'district_none',
  'no-organization': 'org_missing',
};

/** A tag: the prefix and name, lowercase, anything outside `[a-z0-9_]` made `_`. */
export function tag(prefix: string, name: string): string {
  return `${prefix}${name}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
}

export function districtTag(prefix: string, kind: DistrictKind): string {
  return tag(prefix, DISTRICT_TAG[kind]);
}

/**
 * The district itself: `<prefix>pa_<Parent Account ID>`, from the classification's evidence of the
 * Parent Account ID field, so it names what the note's evidence names. Cut to Zendesk's longest tag
 * (the prefix leaves the id at least 47 characters; a Salesforce id has 18). null without an id.
 */
export function parentAccountTag(prefix: string, classification: Classification, idFieldKey: string): string | null {
  const evidence = classification.evidence.find((e) => e.field === idFieldKey && 'code' in e && e.code === 'parentId');
  return evidence ? tag(prefix, `pa_${evidence.value}`).slice(0, TAG_MAX_CHARS) : null;
}

// Untrusted text: a block keeps its line breaks but every line is marked as a continuation.
function block(text: string): string[] {
  return visible(text)
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, '  ')
    .replace(CONTROL, ' ')
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .trim()
    .split('\n')
    .map((l) => `${BLOCK_LINE}${l}`.trimEnd());
}

function list(items: string[]): string[] {
  return items.map((i) => `- ${oneLine(i)}`);
}

function finished(tree: Tree, state: WalkState): WalkView & { outcome: Outcome } {
  if (state.tree !== tree.id || state.treeVersion !== tree.version) {
    throw new PlanError('wrong_tree', `the walk belongs to ${state.tree} v${state.treeVersion}, not ${tree.id} v${tree.version}`);
  }
  const walked = view(tree, state);
  const { outcome } = walked;
  if (!outcome) throw new PlanError('not_finished', 'the walk has not reached an outcome yet');
  return { ...walked, outcome };
}

function correctsLine(refId: string, c: NoteChanges): string {
  const changed = [...(c.outcome ? ['outcome'] : []), ...c.answers, ...c.fields, ...(c.remark ? ['remark'] : [])];
  return oneLine(`Corrects: clever-triage/${refId} (changed: ${changed.join(', ')})`);
}

/** Whether an outcome sends the ticket to Tier 2 (its group, and who escalated it). */
export const toTier2 = (outcome: Pick<Outcome, 'kind' | 'escalationTags'>): boolean =>
  outcome.kind === 'escalate_tier2' || outcome.escalationTags.includes('escalated_tier2');

function noteText(tree: Tree, state: WalkState, walked: WalkView & { outcome: Outcome }, settings: Settings, input: PlanInput): string {
  const { outcome } = walked;
  const c = state.classification;
  const words = input.words ?? ENGLISH_NOTE_WORDS;
  const filled = (text: string) => fill(text, settings, { words: words.fill });
  const t = (text: string) => oneLine(filled(text));
  const lines: string[] = [
    `${NOTE_MARKER} ${APP_NAME}: ${oneLine(tree.title)} (${tree.id} v${tree.version})`,
    ...(input.corrects ? [correctsLine(input.corrects.refId, input.corrects.changes)] : []),
    `District: ${c.kind}`,
    'Evidence:',
    ...(c.evidence.length > 0 ? list(c.evidence.map((e) => `${e.field}: ${e.value} — ${readingText(e, words.readings)}`)) : ['- (none)']),
    `Academic year: ${c.academicYear === null ? words.noYear : `${c.academicYear}${c.stale ? ` — ${words.stale}` : ''}`}`,
  ];
  if (c.conflict) lines.push(`Data conflict: ${words.conflict}`);
  if (state.handoffFrom) lines.push(`Continued from: ${state.handoffFrom.tree}, outcome ${state.handoffFrom.outcome}`);

  lines.push('Path:');
  for (const step of walked.path) {
    const node = tree.nodes[step.node];
    if (!node) continue; // `view` above derived the path from this tree, so every step's node exists
    const chosen = node.answers.find((a) => a.id === step.answer);
    const auto = autoAnswer(node, c);
    const overrode = step.source === 'agent' && auto !== null && auto !== step.answer ? `, the data said ${auto}` : '';
    // Tier 2 reads it as a sign the organization record may need fixing.
    const against = chosen && againstRecord(chosen, c) ? `, ${AGAINST_RECORD}` : '';
    const quote = confirmedQuote(state, step);
    const origin: ProposalFrom | undefined = quote === null ? step.confirmed : 'ticket_text';
    const confirmed = origin ? `, confirmed from ${CONFIRMED_FROM[origin]}` : '';
    lines.push(`- ${step.node} = ${step.answer} [${step.source}${overrode}${confirmed}${against}]: ${t(node.question)} → ${t(chosen?.label ?? step.answer)}`);
    if (quote !== null) lines.push(`${BLOCK_LINE}“${clip(quote, MAX_QUOTE_CHARS)}”`);
  }

  lines.push(`Outcome: ${outcome.id} (${outcome.kind}): ${t(outcome.title)}`);
  const jira = oneLine(Object.prototype.hasOwnProperty.call(input.collected, JIRA_ISSUE_KEY) ? input.collected[JIRA_ISSUE_KEY] ?? '' : '');
  if (jira !== '') lines.push(`Jira issue: ${jira}`);
  const agent = input.assignment?.currentUser;
  if (toTier2(outcome) && agent) {
    const tier1 = settings.tier1_group_id;
    lines.push(`Escalated by: user ${agent.id} (${tier1 !== undefined && agent.groupIds.includes(tier1) ? 'in' : 'not in'} the Tier 1 group)`);
  }
  lines.push('What to do:', ...list(outcome.agentActions.map(filled)));
  if (outcome.warnings.length > 0) lines.push('Warnings:', ...list(outcome.warnings.map(filled)));
  if (outcome.handoff) lines.push(`Continue in: ${t(outcome.handoff.label)}`);
  lines.push('Tell the customer:', ...(outcome.customerGuidance ? block(filled(outcome.customerGuidance)) : [`${BLOCK_LINE}(nothing to tell)`]));

  const packet = isEscalation(outcome);
  lines.push(packet ? 'Escalation packet:' : 'Collected:');
  if (outcome.collect.length === 0) lines.push('- (nothing to collect)');
  for (const field of outcome.collect) {
    const raw = Object.prototype.hasOwnProperty.call(input.collected, field.id) ? input.collected[field.id] : undefined;
    const value = typeof raw === 'string' ? raw.trim() : '';
    const head = `- ${field.id} (${oneLine(field.label)}):`;
    if (value === '') lines.push(`${head} (not collected)`);
    else if (field.kind === 'multiline') lines.push(head, ...block(value));
    else lines.push(`${head} ${oneLine(value)}`);
  }
  if (packet) lines.push(packetStatusLine(checkPacket(outcome.collect, input.collected)));

  const remark = input.remark.trim();
  lines.push('Agent remark:', ...(remark === '' ? [`${BLOCK_LINE}(none)`] : block(remark)));
  // The digest covers every other line: the reference line goes in, second, once they are known.
  const [header = '', ...rest] = lines;
  return [header, formatReference(state.refId, noteDigest(lines.join('\n'), state.refId)), ...rest].join('\n');
}

/**
 * The note and tag changes of a finished walk. Throws `PlanError` when the walk has not
 * reached an outcome, or when the note would exceed Zendesk's 64 KB: a note is never cut.
 */
export function planWrite(tree: Tree, state: WalkState, settings: Settings, input: PlanInput): WritePlan {
  const walked = finished(tree, state);
  const { outcome } = walked;
  const note = noteText(tree, state, walked, settings, input);
  const bytes = new TextEncoder().encode(note).length;
  if (bytes > MAX_NOTE_BYTES) {
    throw new PlanError(
      'note_too_large',
      `the note would be ${bytes} bytes, more than Zendesk's ${MAX_NOTE_BYTES}: shorten the remark or the collected data`,
      bytes,
    );
  }

  const prefix = settings.tag_prefix;
  const kind = state.classification.kind;
  const district = parentAccountTag(prefix, state.classification, settings.parent_account_id_field);
  const tags = [
    districtTag(prefix, kind),
    ...(district === null ? [] : [district]),
    tag(prefix, `tree_${tree.id}`),
    tag(prefix, `outcome_${outcome.id}`),
    ...outcome.escalationTags.map((e) => tag(prefix, e)),
  ];
  // One district tag per ticket: the other kinds' tags go, should an earlier walk have set one.
  const removeTags = (Object.keys(DISTRICT_TAG) as DistrictKind[]).filter((k) => k !== kind).map((k) => districtTag(prefix, k));
  const returned = outcome.returnsToTier1 === true;
  if (returned) removeTags.push(tag(prefix, 'escalated_tier2'));

  const groupId = returned ? settings.tier1_group_id ?? null : toTier2(outcome) ? settings.tier2_group_id ?? null : null;
  const assigneeId = assigneeOnGroupChange(groupId, returned, input.assignment ?? NO_ASSIGNMENT_FACTS);

  return {
    refId: state.refId,
    note,
    tags: [...new Set(tags)],
    removeTags: removeTags.filter((r) => !tags.includes(r)),
    groupId,
    assignee: assigneeId === undefined ? null : { id: assigneeId },
    outcomeField: settings.outcome_field_id === undefined ? null : { id: settings.outcome_field_id, value: outcome.id },
    ...(input.problemId !== undefined && { problemId: input.problemId }),
  };
}
