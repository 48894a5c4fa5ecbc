import { clip } from './oneLine';
import type { Settings } from './settings';
import type { Classification, Evidence, ReadingCode } from './snapshot';
import type { DistrictKind } from './tree';

/**
 * What kind of Clever district the ticket's school belongs to, read from its organization
 * the way step 1 of the access procedure reads it: "Parent Account" / "Parent Account ID"
 * say the school belongs to a district, the "LMS" field says which integration
 * ("Clever SSO District AY 2017-2018").
 *
 * Decisions (the procedure leaves them open):
 * - A parent account OR a parent account id counts as "associated with a district"; a value that
 *   names none (false, 0, "none", "n/a", a dash: what a checkbox or a cleared field leaves) does
 *   not, and its evidence says so, for someone to correct the field.
 * - A multi-select field's options (a list) are read one by one: ["Clever", "Rostering"] mentions
 *   Clever without naming an integration; ["clever_rostering"] names rostering.
 * - The LMS wording (settings `lms_sso_text`, `lms_rostering_text`) matches whatever the case,
 *   spacing, punctuation or underscores (dropdown fields hold tag-like values), with extra
 *   words around it and at most one extra word between its words ("Clever District SSO").
 * - A negated mention ("Not Clever SSO", "Clever non-SSO district", "no Clever Rostering",
 *   "Non-Clever") names nothing: a negation word right before the wording, or as the one word
 *   inside it, cancels that mention (another, plain mention in the same value still counts).
 * - An LMS value naming both integrations, or Clever without saying which, says neither for
 *   sure: the type is unknown, whether or not there is a parent account.
 * - The organization's tags are read the same way, but only when the LMS field names no
 *   integration: the LMS field is the one the procedure names.
 * - A Clever LMS value without a parent account (or a parent account with an LMS value that
 *   does not mention Clever) is a conflict: the kind follows the LMS, the evidence says the
 *   fields disagree, and the engine leaves the questions to the agent.
 * - Total: any input gives a classification, nothing throws.
 */

const MAX_VALUE_CHARS = 120;

type Integration = 'sso' | 'rostering' | 'both' | 'clever' | 'none';

function safeGet(obj: object, key: string): unknown {
  try {
    return Object.prototype.hasOwnProperty.call(obj, key) ? (obj as Record<string, unknown>)[key] : undefined;
  } catch {
    return undefined;
  }
}

function isRecord(v: unknown): v is object {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * A field's values as texts: one for a plain value, one per option of a multi-select field (a
 * list), so that options "Clever" and "Rostering" never read as the one wording "Clever Rostering".
 */
function valuesOf(value: unknown): string[] {
  if (typeof value === 'string') return [value.trim()].filter(Boolean);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return [String(value)];
  return Array.isArray(value) ? value.slice(0, 50).flatMap((v) => (Array.isArray(v) ? [] : valuesOf(v))) : [];
}

/** What a checkbox, a cleared number field or a placeholder leaves behind: no district, whatever the field. */
const NOT_A_VALUE = /^(?:false|true|null|none|n\/a|0+|[-–—.]+)$/i;

/** A value as the evidence shows it: readable length, one line. */
const shown = (value: string) => clip(value, MAX_VALUE_CHARS);

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/_/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Words that, right before a mention (or as the one word inside it), say it is not so. */
const NEGATIONS = new Set(['not', 'no', 'non', 'without', 'never']);
/** Words that may stand between a negation and what it negates: "not a Clever SSO district", "no longer Clever SSO". */
const NEGATION_FILLERS = new Set(['a', 'an', 'the', 'yet', 'longer']);

function negatedBefore(have: string[], at: number): boolean {
  let i = at - 1;
  while (i >= 0 && NEGATION_FILLERS.has(have[i] ?? '')) i--;
  return i >= 0 && NEGATIONS.has(have[i] ?? '');
}

/**
 * Whether `phrase`'s words appear in `text` in order, with at most one other word between two
 * of them, and the mention is not negated ("Not Clever SSO", "Clever non-SSO").
 */
export function saysPhrase(text: string, phrase: string): boolean {
  const want = words(phrase);
  const have = words(text);
  if (want.length === 0) return false;
  for (let startAt = 0; startAt < have.length; startAt++) {
    if (have[startAt] !== want[0] || negatedBefore(have, startAt)) continue;
    let at = startAt;
    let matched = 1;
    while (matched < want.length) {
      const next = have[at + 1] === want[matched] ? at + 1 : have[at + 2] === want[matched] && !NEGATIONS.has(have[at + 1] ?? '') ? at + 2 : -1;
      if (next < 0) break;
      at = next;
      matched++;
    }
    if (matched === want.length) return true;
  }
  return false;
}

/** What several values say together: both integrations named is "both", either alone is that one. */
function combined(says: Integration[]): Integration {
  const named = new Set(says.filter((i) => i === 'sso' || i === 'rostering' || i === 'both'));
  const [only] = named;
  if (only !== undefined) return named.size === 1 ? only : 'both';
  return says.includes('clever') ? 'clever' : 'none';
}

function integrationIn(text: string, settings: Settings): Integration {
  const sso = saysPhrase(text, settings.lms_sso_text);
  const rostering = saysPhrase(text, settings.lms_rostering_text);
  if (sso && rostering) return 'both';
  if (sso) return 'sso';
  if (rostering) return 'rostering';
  const have = words(text);
  return have.some((w, i) => w === 'clever' && !negatedBefore(have, i)) ? 'clever' : 'none';
}

/**
 * One piece of evidence, its reading as a code with its values: the words (English in
 * src/triage/evidenceText.ts, every language in the translations) stay off the sidebar's first screen.
 */
function evidenceOf(field: string, value: string, code: ReadingCode, vars?: Record<string, string>): Evidence {
  return vars ? { field, value, code, vars } : { field, value, code };
}

const YEAR_PAIR = /(?:^|[^\p{L}\p{N}])(ay\s*)?(\d{2}|\d{4})(\s*[-/–—]\s*|\s+)(\d{2}|\d{4})(?!\p{N})/gu;

/**
 * The latest academic year written in a value: "AY 2017-2018", "2017-18", "AY17-18",
 * "ay_2017_2018". Two-digit years need "AY" or a dash; a pair must be consecutive years.
 */
export function academicYearIn(text: string): { start: number; label: string } | null {
  const flat = text.toLowerCase().replace(/_/g, ' ');
  let best: number | null = null;
  for (const m of flat.matchAll(YEAR_PAIR)) {
    const [, ay, a, sep, b] = m;
    if (a === undefined || b === undefined || sep === undefined) continue;
    const spaced = sep.trim() === '';
    const shortForm = a.length === 2 || b.length === 2;
    if (a.length === 2 && b.length === 4) continue;
    if (spaced && shortForm && !ay) continue;
    const start = a.length === 2 ? 2000 + Number(a) : Number(a);
    const end = b.length === 2 ? Math.floor(start / 100) * 100 + Number(b) : Number(b);
    if (end !== start + 1 || start < 1990 || start > 2099) continue;
    if (best === null || start > best) best = start;
  }
  return best === null ? null : { start: best, label: `${best}-${best + 1}` };
}

/** The latest academic year written in any of the values. */
function latestYear(texts: readonly string[]): { start: number; label: string } | null {
  return texts.map(academicYearIn).reduce((best, year) => (year !== null && (best === null || year.start > best.start) ? year : best), null);
}

/** The first calendar year of the academic year (1 July – 30 June) `today` falls in, in UTC. */
export function academicYearStart(today: Date): number | null {
  const t = today.getTime();
  if (!Number.isFinite(t)) return null;
  return today.getUTCMonth() >= 6 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
}

function tagsOf(org: object): string[] {
  const raw = safeGet(org, 'tags');
  const list = Array.isArray(raw) ? raw.slice(0, 500) : typeof raw === 'string' ? raw.split(/[\s,]+/) : [];
  return list.filter((t): t is string => typeof t === 'string' && t.trim() !== '');
}

function fieldsOf(org: object): object {
  // ZAF names them organizationFields; the REST API organization_fields.
  const fields = safeGet(org, 'organizationFields') ?? safeGet(org, 'organization_fields');
  return isRecord(fields) ? fields : {};
}

function kindFor(hasParent: boolean, integration: Integration): DistrictKind {
  if (integration === 'sso') return 'clever-sso';
  if (integration === 'rostering') return 'clever-rostering';
  if (integration === 'both' || integration === 'clever') return 'clever-unknown-type';
  return hasParent ? 'clever-unknown-type' : 'not-clever';
}

export function classify(org: unknown, settings: Settings, today: Date): Classification {
  if (!isRecord(org)) {
    return {
      kind: 'no-organization',
      academicYear: null,
      stale: false,
      conflict: false,
      evidence: [evidenceOf('organization', '(none)', 'noOrg')],
    };
  }

  const fields = fieldsOf(org);
  const read = (key: string) => valuesOf(safeGet(fields, key));
  const parent = read(settings.parent_account_field_key).join(', ');
  const parentId = read(settings.parent_account_id_field_key).join(', ');
  const lmsValues = read(settings.lms_field_key);
  const lms = lmsValues.join(', ');
  const isDistrict = (text: string) => text !== '' && !NOT_A_VALUE.test(text);
  const hasParent = isDistrict(parent) || isDistrict(parentId);
  const lmsSays = combined(lmsValues.map((v) => integrationIn(v, settings)));
  /** An account field's evidence: empty, a value that is no district (named, for someone to correct), or the district. */
  const account = (key: string, text: string, empty: ReadingCode, filled: ReadingCode) =>
    evidenceOf(key, text === '' ? '(empty)' : shown(text), text === '' ? empty : isDistrict(text) ? filled : 'notADistrict');

  const evidence: Evidence[] = [
    account(settings.parent_account_field_key, parent, 'noParent', 'parent'),
    account(settings.parent_account_id_field_key, parentId, 'noParentId', 'parentId'),
    evidenceOf(settings.lms_field_key, lms === '' ? '(empty)' : shown(lms), lms === '' ? 'noLms' : lmsSays),
  ];

  let integration = lmsSays;
  let yearSource = lmsValues;
  if (lmsSays === 'none' || lmsSays === 'clever') {
    const saying = tagsOf(org)
      .map((tag) => ({ tag, says: integrationIn(tag, settings) }))
      .filter((t) => t.says === 'sso' || t.says === 'rostering' || t.says === 'both');
    if (saying.length > 0) {
      integration = combined(saying.map((t) => t.says));
      const tags = saying.map((t) => t.tag);
      if (latestYear(lmsValues) === null) yearSource = tags;
      evidence.push(evidenceOf('tags', shown(tags.join(' ')), integration));
    }
  }

  const kind = kindFor(hasParent, integration);
  const namesClever = integration !== 'none';
  // An empty LMS field does not disagree with anything; a non-Clever LMS value next to a parent account does.
  const conflict = hasParent ? lms !== '' && !namesClever : namesClever;

  const year = latestYear(yearSource);
  const current = academicYearStart(today);
  const stale = year !== null && current !== null && year.start < current;
  if (year !== null && stale && current !== null) {
    evidence.push(evidenceOf(yearSource === lmsValues ? settings.lms_field_key : 'tags', year.label, 'oldYear', { current: `${current}-${current + 1}` }));
  }
  if (conflict) {
    evidence.push(evidenceOf(settings.parent_account_field_key, parent === '' ? '(empty)' : shown(parent), hasParent ? 'parentNotClever' : 'cleverNoParent'));
  }

  return { kind, academicYear: year?.label ?? null, stale, conflict, evidence };
}
