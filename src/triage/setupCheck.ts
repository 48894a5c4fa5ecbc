import { saysPhrase } from './classify';
import { REQUIREMENT, type RequirementName } from './requirements';
import { LINK_KEYS, type ParsedSettings, type Settings } from './settings';

/**
 * The setup check: the installed settings held against the account the app runs in. Pure: `src/zendesk/accountFacts.ts`
 * fetches the facts, the admins' screen says each check in words (`setup.*` in the translations), naming a setting
 * by its Admin Center label. A fact that could not be read makes its checks `unknown`, never a false alarm.
 */

export interface OrgFieldFact {
  key: string;
  title: string;
  /** Zendesk's field types: `text`, `textarea`, `dropdown`, `checkbox`, `integer`, … */
  type: string;
  active: boolean;
  /** A dropdown's options: the label an admin sees, and the value (tag) an organization stores. */
  options: { name: string; value: string }[];
}

export type Read<T> = { ok: true; value: T } | { ok: false };

export interface GroupFact {
  name: string;
  /** How many agents belong to it; null when not counted (only Tier 2 must have members). */
  members: number | null;
}

export interface TicketFieldFact {
  type: string;
  active: boolean;
}

export interface AccountFacts {
  organizationFields: Read<OrgFieldFact[]>;
  /** Per configured group id: the group, or null when Zendesk has none by that id. */
  groups: Record<number, Read<GroupFact | null>>;
  /** The outcome field by the id in use (the setting's, else the one created at install), or null when it does not exist. */
  outcomeField: Read<TicketFieldFact | null> | null;
  /** What Zendesk created at install, by requirement identifier. */
  requirements: Read<Record<string, number>>;
  /** The LMS field's values in a sample of organizations. */
  lmsSample: Read<string[]>;
  /**
   * The manifest's domain whitelist, as the package was built with it: ZAF does not tell an app its manifest, so the
   * build embeds the list (`src/app/setup/domainWhitelist.ts`).
   */
  domainWhitelist: readonly string[];
}

export type CheckStatus = 'ok' | 'problem' | 'unknown';

/**
 * One check: its code (the words' key), what it found, and the setting an admin changes to fix it. `vars` fill the
 * words' placeholders; a `setting` is shown by its label.
 */
export interface SetupCheck {
  code: string;
  status: CheckStatus;
  setting?: keyof Settings | 'jira_token';
  vars: Record<string, string>;
}

const ORG_FIELD_SETTINGS = ['parent_account_field', 'parent_account_id_field', 'lms_field'] as const;

const check = (code: string, status: CheckStatus, vars: Record<string, string> = {}, setting?: SetupCheck['setting']): SetupCheck => ({
  code,
  status,
  vars,
  ...(setting !== undefined && { setting }),
});

function orgFieldChecks(settings: Settings, fields: Read<OrgFieldFact[]>): SetupCheck[] {
  return ORG_FIELD_SETTINGS.map((setting) => {
    const key = settings[setting];
    if (!fields.ok) return check('orgField.unknown', 'unknown', { key }, setting);
    const field = fields.value.find((f) => f.key === key);
    const known = fields.value.map((f) => f.key).join(', ');
    if (!field) return check('orgField.missing', 'problem', { key, known }, setting);
    if (!field.active) return check('orgField.inactive', 'problem', { key, title: field.title }, setting);
    return check('orgField.found', 'ok', { key, title: field.title, type: field.type }, setting);
  });
}

/** Whether a wording appears in any of the texts, the way the sidebar reads an organization's LMS value. */
const saidIn = (texts: readonly string[], wording: string): boolean => texts.some((t) => saysPhrase(t, wording));

function lmsChecks(settings: Settings, fields: Read<OrgFieldFact[]>, sample: Read<string[]>): SetupCheck[] {
  const field = fields.ok ? fields.value.find((f) => f.key === settings.lms_field) : undefined;
  const options = field?.type === 'dropdown' ? field.options.flatMap((o) => [o.name, o.value]) : [];
  const wordings = [
    ['lms_sso_text', settings.lms_sso_text],
    ['lms_rostering_text', settings.lms_rostering_text],
  ] as const;
  return wordings.map(([setting, wording]) => {
    if (options.length > 0) {
      return saidIn(options, wording)
        ? check('lms.inOptions', 'ok', { wording }, setting)
        : check('lms.notInOptions', 'problem', { wording, options: field?.options.map((o) => o.name).join(', ') ?? '' }, setting);
    }
    if (!sample.ok) return check('lms.unknown', 'unknown', { wording }, setting);
    if (sample.value.length === 0) return check('lms.noValues', 'unknown', { wording }, setting);
    return saidIn(sample.value, wording)
      ? check('lms.inValues', 'ok', { wording, count: String(sample.value.length) }, setting)
      : check('lms.notInValues', 'problem', { wording, count: String(sample.value.length), seen: [...new Set(sample.value)].slice(0, 5).join(' · ') }, setting);
  });
}

function groupChecks(settings: Settings, groups: AccountFacts['groups']): SetupCheck[] {
  const tiers = [
    ['tier1_group_id', settings.tier1_group_id],
    ['tier2_group_id', settings.tier2_group_id],
  ] as const;
  return tiers.map(([setting, id]) => {
    if (id === undefined) return check('group.unset', 'problem', {}, setting);
    const read = groups[id];
    if (!read?.ok) return check('group.unknown', 'unknown', { id: String(id) }, setting);
    if (read.value === null) return check('group.missing', 'problem', { id: String(id) }, setting);
    if (setting === 'tier2_group_id' && read.value.members === 0) return check('group.empty', 'problem', { id: String(id), name: read.value.name }, setting);
    return check('group.found', 'ok', { id: String(id), name: read.value.name }, setting);
  });
}

/** Ticket field types that take any text, so any outcome id (a dropdown, `tagger`, takes only its options). */
const TEXT_FIELD_TYPES = ['text', 'textarea'];

/** The outcome field the app writes to: the setting when an admin typed one, else the field Zendesk created at install. */
export function outcomeFieldId(settings: Settings, requirements: Read<Record<string, number>>): number | undefined {
  return settings.outcome_field_id ?? (requirements.ok ? requirements.value[REQUIREMENT.outcomeField] : undefined);
}

function outcomeChecks(settings: Settings, facts: AccountFacts): SetupCheck[] {
  const id = outcomeFieldId(settings, facts.requirements);
  const setting = 'outcome_field_id';
  if (id === undefined || facts.outcomeField === null) return [check('outcome.unset', 'problem', {}, setting)];
  const read = facts.outcomeField;
  const vars = { id: String(id) };
  if (!read.ok) return [check('outcome.unknown', 'unknown', vars, setting)];
  if (read.value === null) return [check('outcome.missing', 'problem', vars, setting)];
  if (!read.value.active) return [check('outcome.inactive', 'problem', vars, setting)];
  if (!TEXT_FIELD_TYPES.includes(read.value.type)) return [check('outcome.notText', 'problem', { ...vars, type: read.value.type }, setting)];
  return [check('outcome.found', 'ok', vars, setting)];
}

function requirementChecks(requirements: Read<Record<string, number>>): SetupCheck[] {
  return (Object.keys(REQUIREMENT) as RequirementName[]).map((name) => {
    const identifier = REQUIREMENT[name];
    if (!requirements.ok) return check(`requirement.unknown`, 'unknown', { name });
    const id = requirements.value[identifier];
    return id === undefined ? check('requirement.missing', 'problem', { name }) : check('requirement.found', 'ok', { name, id: String(id) });
  });
}

/**
 * The settings as parsed: each one that could not be taken as it is (a link that is no https address, a field key
 * with spaces, …) and each required one left empty.
 */
function settingChecks({ settings, problems, defaulted }: ParsedSettings): SetupCheck[] {
  const invalid = problems.map((p) =>
    check('setting.invalid', 'problem', { check: p.check, fallback: p.fallback.kind === 'default' ? p.fallback.value : '' }, p.setting as keyof Settings),
  );
  const empty = defaulted.map((name) => check('setting.defaulted', 'problem', { value: String(settings[name as keyof Settings] ?? '') }, name as keyof Settings));
  return [...invalid, ...empty];
}

/**
 * The link settings, by their form only (the app opens no third-party page): one that is not an https address is
 * already a `setting.invalid`; one left empty makes agents read the page's name in words where the procedure links
 * to it, so each is named; the rest are counted.
 */
function linkChecks({ settings, problems }: ParsedSettings): SetupCheck[] {
  const valid = LINK_KEYS.filter((key) => !problems.some((p) => p.setting === key));
  const empty = valid.filter((key) => settings[key] === undefined).map((key) => check('link.empty', 'problem', {}, key));
  const set = valid.length - empty.length;
  return [...empty, ...(set > 0 ? [check('links.ok', 'ok', { count: String(set) })] : [])];
}

/**
 * Whether Zendesk sends a secure setting to `host`. The manifest reference
 * (https://developer.zendesk.com/documentation/apps/app-developer-guide/manifest/) gives entries as bare hosts
 * ("omniwear.com"), so an entry takes that host only; `*.domain`, which `npm run validate` accepts, is read as any
 * host under the domain, never the domain itself. Host names are case-insensitive (`new URL` lowers the host; an
 * entry may not be).
 */
export function whitelisted(host: string, whitelist: readonly string[]): boolean {
  const name = host.toLowerCase();
  return whitelist.some((entry) => {
    const domain = entry.toLowerCase();
    return domain.startsWith('*.') ? name.endsWith(domain.slice(1)) : name === domain;
  });
}

/** The Jira settings go together: all or none, and the Jira host in the manifest's domain whitelist (else the token never travels). */
function jiraChecks(settings: Settings, whitelist: readonly string[]): SetupCheck[] {
  const { jira_base_url: url, jira_project: project } = settings;
  if (url === undefined && project === undefined) return [check('jira.off', 'ok')];
  if (url === undefined) return [check('jira.noUrl', 'problem', {}, 'jira_base_url')];
  if (project === undefined) return [check('jira.noProject', 'problem', {}, 'jira_project')];
  const host = new URL(url).hostname;
  return whitelisted(host, whitelist) ? [check('jira.ready', 'ok', { host })] : [check('jira.notWhitelisted', 'problem', { host }, 'jira_base_url')];
}

export function setupChecks(parsed: ParsedSettings, facts: AccountFacts): SetupCheck[] {
  const { settings } = parsed;
  return [
    ...settingChecks(parsed),
    ...linkChecks(parsed),
    ...orgFieldChecks(settings, facts.organizationFields),
    ...lmsChecks(settings, facts.organizationFields, facts.lmsSample),
    ...groupChecks(settings, facts.groups),
    ...outcomeChecks(settings, facts),
    ...requirementChecks(facts.requirements),
    ...jiraChecks(settings, facts.domainWhitelist),
  ];
}

/** Whether the sidebar should point an admin at the setup check. */
export const needsAttention = (checks: readonly SetupCheck[]): boolean => checks.some((c) => c.status === 'problem');
