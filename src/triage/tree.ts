import type { LinkKey, RoleKey } from './settings';

/**
 * The procedures as data. A tree is a set of questions and outcomes; every answer of a
 * question leads to another question or to an outcome. The shapes here are the contract
 * between `src/trees/` (the data) and the engine, the checker, the note and the UI.
 *
 * Text may hold placeholders filled from settings when shown or written:
 *   {{role.<RoleKey>}}  the person or team behind a role the procedure names
 *   {{link.<LinkKey>}}  a link the procedure points to
 */

export type TreeId = 'access' | 'transfers' | 'tier2' | 'sync';
export const TREE_IDS: readonly TreeId[] = ['access', 'transfers', 'tier2', 'sync'];

export type DistrictKind = 'clever-sso' | 'clever-rostering' | 'clever-unknown-type' | 'not-clever' | 'no-organization';
export const DISTRICT_KINDS: readonly DistrictKind[] = [
  'clever-sso',
  'clever-rostering',
  'clever-unknown-type',
  'not-clever',
  'no-organization',
];

/** A kind the organization record states; with no organization there is no record to go by. */
export type RecordKind = Exclude<DistrictKind, 'no-organization'>;

export type OutcomeKind =
  | 'resolved'
  | 'refer'
  | 'known_limitation'
  | 'escalate_tier2'
  | 'escalate_supervisor'
  | 'escalate_techdev'
  | 'handoff';

/** Tags an outcome adds besides the district, tree and outcome tags (without the prefix). */
export type EscalationTag = 'escalated_tier2' | 'escalated_supervisor' | 'escalated_techdev' | 'tier2_returned';

/** A place the agent is sent to look: a link from settings, or a place named in words. */
export type Where =
  | { kind: 'link'; link: LinkKey; label: string }
  | { kind: 'place'; label: string };

export interface AnswerOption {
  /** `yes` / `no` for yes-no questions; snake_case otherwise (a contract: `npm run trees:check` enforces it). */
  id: string;
  label: string;
  /** A node id or an outcome id of the same tree. */
  next: string;
  /**
   * The record kinds the answer can apply to (`tier2.3`'s rostering-only answer). Elsewhere it is
   * still one click away, and the note marks it as chosen against the district record.
   */
  onlyFor?: RecordKind[];
}

/**
 * How the data answers a question by itself. Only the district kind answers questions:
 * a kind missing from the map leaves the question to the agent.
 */
export interface AutoFromDistrict {
  from: 'district';
  answers: Partial<Record<DistrictKind, string>>;
}

export interface QuestionNode {
  id: string;
  /** The step's number in the seed ("1", "2a", "7b", "1" for a question inside step 1). */
  step: string;
  /** The question, in the procedure's words. */
  question: string;
  /** What to check and where, in the procedure's words. */
  check: string;
  where: Where[];
  answers: AnswerOption[];
  auto?: AutoFromDistrict;
  /** Notes the procedure attaches to the step, shown with the question. */
  notes?: string[];
}

export type CollectKind = 'text' | 'multiline' | 'clever_id' | 'salesforce_id' | 'datetime' | 'yes_no' | 'choice';

/** One value of a choice field: its id is what the packet holds. */
export interface CollectChoice {
  id: string;
  label: string;
}

/**
 * A field needed only in one case of its outcome: when another field of the same packet (a
 * choice) holds `equals`. The seed's "for updating of school and district associations".
 */
export interface RequiredWhen {
  field: string;
  equals: string;
}

/**
 * A field not every organization has: required unless the walk's district record is of one of
 * these kinds (a school with no parent account, or none in Zendesk, may belong to no district).
 * `outcomeForDistrict` (packet.ts) settles it for the walk; unsettled, it counts as required.
 */
export interface RequiredUnlessDistrict {
  unlessDistrict: DistrictKind[];
}

export type Requirement = boolean | RequiredWhen | RequiredUnlessDistrict;

/** A piece of data the procedure says to collect before escalating. */
export type CollectField = {
  id: string;
  label: string;
  required: Requirement;
  help?: string;
} & ({ kind: Exclude<CollectKind, 'choice'> } | { kind: 'choice'; choices: CollectChoice[] });

export type Handoff =
  | { kind: 'tree'; tree: TreeId; label: string }
  | { kind: 'procedure'; label: string; link?: LinkKey };

export interface Outcome {
  /** snake_case, unique within its tree; tagged as `<prefix>outcome_<id>`. */
  id: string;
  kind: OutcomeKind;
  title: string;
  /** What the agent does, in order. */
  agentActions: string[];
  /** Text the agent may insert into a reply; the app never sends it. */
  customerGuidance: string | null;
  collect: CollectField[];
  /** At the procedure's own strength ("DO NOT ..."). */
  warnings: string[];
  escalationTags: EscalationTag[];
  handoff?: Handoff;
  /**
   * Tier 2 step 3 "No": the ticket goes back to Tier 1 (its group; escalated_tier2 removed), whether
   * or not it is marked as a returned Tier 1 escalation (the tier2_returned tag).
   */
  returnsToTier1?: true;
  /** Roles the outcome involves, so the UI can show who they are. */
  roles?: RoleKey[];
  /** Where the procedure leaves something undecided, the decision taken, in words. */
  decision?: string;
}

export interface Tree {
  id: TreeId;
  /** Bumped whenever a node, answer or outcome changes: saved sessions of another version are refused. */
  version: number;
  title: string;
  /** The seed section it encodes. */
  source: string;
  root: string;
  nodes: Record<string, QuestionNode>;
  outcomes: Record<string, Outcome>;
}

/** The languages the procedures are written in; English is the trees' own. */
export type Language = 'en' | 'es';
export const LANGUAGES: readonly Language[] = ['en', 'es'];

/**
 * A question's words in another language, keyed like the English node: `where` and `notes` by
 * position, the answers by answer id. Placeholders are the English ones, unchanged.
 */
export interface QuestionText {
  question: string;
  check: string;
  where: readonly string[];
  answers: Readonly<Record<string, string>>;
  notes?: readonly string[];
}

/** A collect field's words: its label, its hint, a choice field's choices by choice id. */
export interface FieldText {
  label: string;
  help?: string;
  choices?: Readonly<Record<string, string>>;
}

/** An outcome's words: actions and warnings by position, collect fields by field id, the handoff's label. */
export interface OutcomeText {
  title: string;
  agentActions: readonly string[];
  customerGuidance: string | null;
  warnings?: readonly string[];
  collect?: Readonly<Record<string, FieldText>>;
  handoff?: string;
}

/**
 * A tree's words in another language (src/trees/<lang>/), keyed by the English tree's node and
 * outcome ids: a tree file exports its ids' union, so a node or outcome left out is a type error.
 * The structure (answers' targets, kinds, tags) is the English tree's alone.
 */
export interface TreeText<N extends string = string, O extends string = string> {
  title: string;
  nodes: Readonly<Record<N, QuestionText>>;
  outcomes: Readonly<Record<O, OutcomeText>>;
}

/** The languages the ticket's text is read in: the procedures'. */
export type PhraseLanguage = Language;

/**
 * A sentence of the ticket that states a question's answer: the customer's words proposed, never
 * taken, as the answer of `node` (src/triage/proposals.ts). `pattern` is tried on the sentence in
 * lower case, without accents, quotation marks or repeated spaces (`matchable`); the words before
 * the match decide whether the sentence says so, or only denies, supposes or quotes it.
 */
export interface PhraseRule {
  node: string;
  answer: string;
  lang: PhraseLanguage;
  pattern: RegExp;
  /** Why the phrase means that answer, when it is not plain. */
  because?: string;
}
