import * as z from 'zod/mini';

/**
 * The app's settings, as an admin sets them at install (manifest parameters).
 * Parsed here and nowhere else: every other module receives a typed `Settings`.
 * A missing or malformed value falls back to its default (when it has one) and is
 * reported as a `SettingProblem`, so the sidebar can name it while the rest works.
 */

/** The roles the procedure names. Names and contacts are settings, never code. */
export const ROLE_KEYS = [
  'role_association_owner',
  'role_tier2_supervisors',
  'role_returned_escalations',
  'role_sales',
  'role_techdev',
  'role_clever_support',
] as const;
export type RoleKey = (typeof ROLE_KEYS)[number];

/** The links the procedure points to. */
export const LINK_KEYS = [
  'link_clever_overview',
  'link_districts_using_clever',
  'link_clever_login_triage',
  'link_clever_support_center',
  'link_user_search',
  'link_site_license_troubleshooting',
  'link_clever_ticket_sharing',
  'link_clever_sharing_settings',
] as const;
export type LinkKey = (typeof LINK_KEYS)[number];

export interface SettingSpec {
  name: string;
  type: 'text' | 'multiline' | 'url' | 'number' | 'checkbox' | 'hidden';
  required: boolean;
  secure?: boolean;
  default?: string | number | boolean;
}

/**
 * The settings the app reads. With the secure ones (`settingSpecs.ts`), one list drives the manifest's parameters,
 * the translations' labels, the parser and the tests, so they cannot drift apart.
 */
export const READABLE_SETTING_SPECS: readonly SettingSpec[] = [
  { name: 'parent_account_field', type: 'text', required: true, default: 'parent_account' },
  { name: 'parent_account_id_field', type: 'text', required: true, default: 'parent_account_id' },
  { name: 'lms_field', type: 'text', required: true, default: 'lms' },
  { name: 'lms_sso_text', type: 'text', required: true, default: 'Clever SSO' },
  { name: 'lms_rostering_text', type: 'text', required: true, default: 'Clever Rostering' },
  { name: 'tag_prefix', type: 'text', required: true, default: 'clever_' },
  { name: 'tier1_group_id', type: 'number', required: false },
  { name: 'tier2_group_id', type: 'number', required: false },
  { name: 'outcome_field_id', type: 'number', required: false },
  { name: 'ticket_text_fields', type: 'multiline', required: false },
  { name: 'note_language', type: 'text', required: true, default: 'en' },
  { name: 'hot_spot_threshold', type: 'number', required: true, default: 3 },
  { name: 'role_association_owner', type: 'text', required: true, default: 'School–district association owner' },
  { name: 'role_tier2_supervisors', type: 'multiline', required: true, default: 'TS Supervisor group' },
  { name: 'role_returned_escalations', type: 'text', required: true, default: 'Supervisor for returned Tier 1 escalations' },
  { name: 'role_sales', type: 'text', required: true, default: 'Sales (MLS)' },
  { name: 'role_techdev', type: 'text', required: true, default: 'Tech Dev' },
  {
    name: 'role_clever_support',
    type: 'multiline',
    required: true,
    default:
      'Email: enterprise-support@clever.com\nSupport Help Center: clever.com\nEnterprise Support Center: support.clever.com\nHours: 7am-4pm PT; 5am-4pm PT in August and September',
  },
  { name: 'link_clever_overview', type: 'url', required: false },
  { name: 'link_districts_using_clever', type: 'url', required: false },
  { name: 'link_clever_login_triage', type: 'url', required: true, default: 'https://support.clever.com/hc/en-us/articles/221231247' },
  { name: 'link_clever_support_center', type: 'url', required: true, default: 'https://support.clever.com' },
  { name: 'link_user_search', type: 'url', required: false },
  { name: 'link_site_license_troubleshooting', type: 'url', required: false },
  { name: 'link_clever_ticket_sharing', type: 'url', required: false },
  { name: 'link_clever_sharing_settings', type: 'url', required: true, default: 'https://support.clever.com' },
  { name: 'jira_base_url', type: 'url', required: false },
  { name: 'jira_project', type: 'text', required: false },
];

/**
 * What a check found wrong with a value. zod/mini carries no locale (it keeps the sidebar's first
 * chunk small), so each check's message is its code: the sidebar says it in the agent's language,
 * the CLI in English (`settingProblemText`).
 */
export const INVALID_CHECKS = ['text', 'blank', 'whole', 'positive', 'url', 'https', 'fieldKey', 'tagPrefix', 'tagPrefixLength', 'atLeastOne', 'jiraKey', 'language'] as const;
export type InvalidCheck = (typeof INVALID_CHECKS)[number];

const text = () => z.string('text' satisfies InvalidCheck);
const nonBlank = text().check(z.trim(), z.minLength(1, 'blank' satisfies InvalidCheck));

/** Zendesk sends '' (and a CLI settings file may hold null) for a setting left empty: that is no value. */
const optionalOf = <T extends z.ZodMiniType>(schema: T) =>
  z.pipe(
    z.transform((v: unknown): unknown => (v === '' || v === null ? undefined : v)),
    z.optional(schema),
  );

/** A group or field id: a number, or its digits as text (how Zendesk sends a number setting). */
const wholeId = z.int('whole' satisfies InvalidCheck).check(z.positive('positive' satisfies InvalidCheck));
const id = z.pipe(
  z.transform((v: unknown): unknown => (typeof v === 'string' ? Number(v.trim()) : v)),
  wholeId,
);

/** What `new URL()` accepts (zod's own URL format brings its hostname patterns into the first chunk). */
function isUrl(text: string): boolean {
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

const httpsUrl = text().check(
  z.trim(),
  z.refine(isUrl, 'url' satisfies InvalidCheck),
  z.refine((u) => u.startsWith('https://'), 'https' satisfies InvalidCheck),
);

const fieldKey = text().check(z.trim(), z.regex(/^[A-Za-z0-9_]+$/, 'fieldKey' satisfies InvalidCheck));

/**
 * Zendesk's longest tag, 80 characters ("Each tag can be up to 80 characters":
 * https://support.zendesk.com/hc/en-us/articles/4408836323738). The prefix takes at most 30 of
 * them; `trees:check` holds the app's own tag names to the other 50.
 */
export const TAG_MAX_CHARS = 80;
export const TAG_PREFIX_MAX_CHARS = 30;

// Blank is a problem, not an empty prefix: unprefixed tags would mix with the account's own.
const tagPrefix = text().check(
  z.trim(),
  z.toLowerCase(),
  z.minLength(1, 'blank' satisfies InvalidCheck),
  z.maxLength(TAG_PREFIX_MAX_CHARS, 'tagPrefixLength' satisfies InvalidCheck),
  z.regex(/^[a-z0-9_]*$/, 'tagPrefix' satisfies InvalidCheck),
);

const lines = z.pipe(
  z.pipe(
    text(),
    z.transform((s: string) =>
      s
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean),
    ),
  ),
  z.array(z.string()).check(z.minLength(1, 'atLeastOne' satisfies InvalidCheck)),
);

/** Equals within one rank: "A or B" on a line (Tier 2 step 2 names two first supervisors of equal rank). */
const EQUALS = /\s+or\s+/i;

/** One rank per line, in escalation order; each rank its equals. Never empty, nor an empty rank. */
const ranks = z.pipe(lines, z.transform((ls: string[]) => ls.map((l) => l.split(EQUALS).map((n) => n.trim()).filter(Boolean))));

/**
 * The language of the internal notes: one for the whole team, so Tier 2 always reads notes in one
 * language (English by default), or `agent`, each note in its writer's language.
 */
export const NOTE_LANGUAGES = ['en', 'es', 'agent'] as const;

export const settingsSchema = z.object({
  parent_account_field: fieldKey,
  parent_account_id_field: fieldKey,
  lms_field: fieldKey,
  lms_sso_text: nonBlank,
  lms_rostering_text: nonBlank,
  tag_prefix: tagPrefix,
  tier1_group_id: optionalOf(id),
  tier2_group_id: optionalOf(id),
  outcome_field_id: optionalOf(id),
  /** Ticket fields whose text the app reads with the subject and description: one id per line. */
  ticket_text_fields: optionalOf(z.pipe(z.pipe(lines, z.transform((ls: string[]) => ls.map(Number))), z.array(wholeId))),
  note_language: z.pipe(text().check(z.trim(), z.toLowerCase()), z.enum(NOTE_LANGUAGES, 'language' satisfies InvalidCheck)),
  // A whole number of tickets, at least one: an id's checks.
  hot_spot_threshold: id,
  role_association_owner: nonBlank,
  role_tier2_supervisors: ranks,
  role_returned_escalations: nonBlank,
  role_sales: nonBlank,
  role_techdev: nonBlank,
  role_clever_support: nonBlank,
  link_clever_overview: optionalOf(httpsUrl),
  link_districts_using_clever: optionalOf(httpsUrl),
  link_clever_login_triage: httpsUrl,
  link_clever_support_center: httpsUrl,
  link_user_search: optionalOf(httpsUrl),
  link_site_license_troubleshooting: optionalOf(httpsUrl),
  link_clever_ticket_sharing: optionalOf(httpsUrl),
  link_clever_sharing_settings: httpsUrl,
  jira_base_url: optionalOf(httpsUrl),
  jira_project: optionalOf(text().check(z.trim(), z.regex(/^[A-Z][A-Z0-9_]+$/, 'jiraKey' satisfies InvalidCheck))),
});

export type Settings = z.infer<typeof settingsSchema>;

/** What the app does instead: use the setting's default, or go without the setting. */
export type SettingFallback = { kind: 'default'; value: string } | { kind: 'ignored' };

/** A setting the app could not take as it is: codes, said in words by the sidebar (its language) and `settingProblemText` (English). */
export interface SettingProblem {
  setting: string;
  /** The check the value failed (`other`: one no check names). A setting left empty is no problem: it takes its default. */
  check: InvalidCheck | 'other';
  fallback: SettingFallback;
}

const checkOf = (message: string | undefined): InvalidCheck | 'other' =>
  INVALID_CHECKS.find((c) => c === message) ?? 'other';

export interface ParsedSettings {
  settings: Settings;
  problems: SettingProblem[];
  /** Required settings left empty, running on their default: no problem for agents, worth a word to admins. */
  defaulted: string[];
}

const defaults = (): Record<string, unknown> =>
  Object.fromEntries(READABLE_SETTING_SPECS.filter((s) => s.default !== undefined).map((s) => [s.name, s.default]));

/** Parses raw settings (from `client.metadata().settings`, a CLI file, anything). Never throws. */
export function parseSettings(raw: unknown): ParsedSettings {
  const input: Record<string, unknown> =
    raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? { ...(raw as Record<string, unknown>) } : {};
  const problems: SettingProblem[] = [];
  const defaulted: string[] = [];
  const fallback = defaults();
  const shape: Record<string, z.ZodMiniType> = settingsSchema.shape;
  const out: Record<string, unknown> = {};

  for (const spec of READABLE_SETTING_SPECS) {
    const schema = shape[spec.name];
    if (!schema) continue;
    const value = input[spec.name];
    const missing = value === undefined || value === null || value === '';
    const parsed = schema.safeParse(missing ? undefined : value);
    if (parsed.success && !(missing && spec.required)) {
      out[spec.name] = parsed.data;
      continue;
    }
    out[spec.name] = spec.default !== undefined ? schema.parse(fallback[spec.name]) : undefined;
    // Zendesk fills defaults in at install, so a missing value is not worth a warning.
    if (missing && spec.required && spec.default !== undefined) defaulted.push(spec.name);
    if (missing || parsed.success) continue;
    problems.push({
      setting: spec.name,
      check: checkOf(parsed.error.issues[0]?.message),
      fallback: spec.default !== undefined ? { kind: 'default', value: String(spec.default) } : { kind: 'ignored' },
    });
  }
  // Each entry was parsed by its own schema above.
  return { settings: out as Settings, problems, defaulted };
}

/** The settings every fresh install starts with. */
export const DEFAULT_SETTINGS: Settings = parseSettings({}).settings;
