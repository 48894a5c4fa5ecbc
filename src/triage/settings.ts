import { z } from 'zod';

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
  /** What goes wrong when it is missing, for the sidebar's message. */
  whenMissing?: string;
}

/**
 * One list drives the manifest's parameters, the translations' labels, the parser and
 * the tests, so they cannot drift apart.
 */
export const SETTING_SPECS: readonly SettingSpec[] = [
  { name: 'parent_account_field_key', type: 'text', required: true, default: 'parent_account' },
  { name: 'parent_account_id_field_key', type: 'text', required: true, default: 'parent_account_id' },
  { name: 'lms_field_key', type: 'text', required: true, default: 'lms' },
  { name: 'lms_sso_text', type: 'text', required: true, default: 'Clever SSO' },
  { name: 'lms_rostering_text', type: 'text', required: true, default: 'Clever Rostering' },
  { name: 'tag_prefix', type: 'text', required: true, default: 'clever_' },
  { name: 'tier1_group_id', type: 'number', required: false, whenMissing: 'returned tickets keep their group' },
  { name: 'tier2_group_id', type: 'number', required: false, whenMissing: 'escalations are tagged but not assigned to a group' },
  { name: 'outcome_field_id', type: 'number', required: false },
  { name: 'role_association_owner', type: 'text', required: true, default: 'School–district association owner' },
  { name: 'role_tier2_supervisors', type: 'multiline', required: true, default: 'TS Supervisor group' },
  { name: 'role_sales', type: 'text', required: true, default: 'Sales (MLS)' },
  { name: 'role_techdev', type: 'text', required: true, default: 'Tech Dev' },
  {
    name: 'role_clever_support',
    type: 'multiline',
    required: true,
    default: 'Email: enterprise-support@clever.com\nEnterprise Support Center: support.clever.com\nHours: 7am-4pm PT; 5am-4pm PT in August and September',
  },
  { name: 'link_clever_overview', type: 'url', required: false, whenMissing: 'the Clever overview and district information article is not linked' },
  { name: 'link_districts_using_clever', type: 'url', required: false, whenMissing: 'the Districts Using Clever list is not linked' },
  { name: 'link_clever_login_triage', type: 'url', required: true, default: 'https://support.clever.com/hc/en-us/articles/221231247' },
  { name: 'link_clever_support_center', type: 'url', required: true, default: 'https://support.clever.com' },
  { name: 'link_user_search', type: 'url', required: false, whenMissing: 'the support tools user search is not linked' },
  { name: 'link_site_license_troubleshooting', type: 'url', required: false, whenMissing: 'the site license troubleshooting article is not linked' },
  { name: 'link_clever_ticket_sharing', type: 'url', required: false },
  { name: 'link_clever_sharing_settings', type: 'url', required: true, default: 'https://support.clever.com' },
  { name: 'jira_base_url', type: 'url', required: false },
  { name: 'jira_project_key', type: 'text', required: false },
  { name: 'jira_token', type: 'text', required: false, secure: true },
];

const optionalId = z.preprocess(
  (v) => (v === '' || v === null || v === undefined ? undefined : typeof v === 'string' ? Number(v.trim()) : v),
  z.number().int().positive().optional(),
);

const httpsUrl = z
  .string()
  .trim()
  .url()
  .refine((u) => u.startsWith('https://'), 'must start with https://');

const optionalUrl = z.preprocess((v) => (v === '' || v === null ? undefined : v), httpsUrl.optional());

const fieldKey = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_]+$/, 'letters, digits and underscores only');

const tagPrefix = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9_]*$/, 'lowercase letters, digits and underscores only');

const lines = z
  .string()
  .transform((s) => s.split(/\r?\n/).map((l) => l.trim()).filter(Boolean))
  .pipe(z.array(z.string()).min(1));

export const settingsSchema = z.object({
  parent_account_field_key: fieldKey,
  parent_account_id_field_key: fieldKey,
  lms_field_key: fieldKey,
  lms_sso_text: z.string().trim().min(1),
  lms_rostering_text: z.string().trim().min(1),
  tag_prefix: tagPrefix,
  tier1_group_id: optionalId,
  tier2_group_id: optionalId,
  outcome_field_id: optionalId,
  role_association_owner: z.string().trim().min(1),
  role_tier2_supervisors: lines,
  role_sales: z.string().trim().min(1),
  role_techdev: z.string().trim().min(1),
  role_clever_support: z.string().trim().min(1),
  link_clever_overview: optionalUrl,
  link_districts_using_clever: optionalUrl,
  link_clever_login_triage: httpsUrl,
  link_clever_support_center: httpsUrl,
  link_user_search: optionalUrl,
  link_site_license_troubleshooting: optionalUrl,
  link_clever_ticket_sharing: optionalUrl,
  link_clever_sharing_settings: httpsUrl,
  jira_base_url: optionalUrl,
  jira_project_key: z.preprocess(
    (v) => (v === '' || v === null ? undefined : v),
    z.string().trim().regex(/^[A-Z][A-Z0-9_]+$/, 'an uppercase Jira project key such as SUP').optional(),
  ),
});

export type Settings = z.infer<typeof settingsSchema>;

export interface SettingProblem {
  setting: string;
  message: string;
  /** Whether the app fell back to the default (true) or goes without the setting (false). */
  usedDefault: boolean;
}

export interface ParsedSettings {
  settings: Settings;
  problems: SettingProblem[];
}

const defaults = (): Record<string, unknown> =>
  Object.fromEntries(SETTING_SPECS.filter((s) => s.default !== undefined).map((s) => [s.name, s.default]));

/** Parses raw settings (from `client.metadata().settings`, a CLI file, anything). Never throws. */
export function parseSettings(raw: unknown): ParsedSettings {
  const input: Record<string, unknown> =
    raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? { ...(raw as Record<string, unknown>) } : {};
  const problems: SettingProblem[] = [];
  const fallback = defaults();
  const shape = settingsSchema.shape as Record<string, z.ZodTypeAny>;
  const out: Record<string, unknown> = {};

  for (const spec of SETTING_SPECS) {
    const schema = shape[spec.name];
    if (!schema) continue; // secure settings (jira_token) are never readable by the app
    const value = input[spec.name];
    const missing = value === undefined || value === null || value === '';
    const parsed = schema.safeParse(missing ? undefined : value);
    if (parsed.success && !(missing && spec.required)) {
      out[spec.name] = parsed.data;
      continue;
    }
    const reason = missing ? 'is missing' : `is not valid (${parsed.success ? 'empty' : parsed.error.issues[0]?.message ?? 'invalid'})`;
    if (spec.default !== undefined) {
      out[spec.name] = schema.parse(fallback[spec.name]);
      // Zendesk fills defaults in at install, so a missing value with a default is not worth a warning.
      if (!missing) problems.push({ setting: spec.name, message: `${reason}; using the default "${String(spec.default)}"`, usedDefault: true });
    } else {
      out[spec.name] = undefined;
      if (!missing) problems.push({ setting: spec.name, message: `${reason}; ignored`, usedDefault: false });
    }
  }
  // Each entry was parsed by its own schema above.
  return { settings: out as Settings, problems };
}

/** The settings every fresh install starts with. */
export const DEFAULT_SETTINGS: Settings = parseSettings({}).settings;
