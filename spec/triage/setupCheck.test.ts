import { LINK_KEYS, parseSettings, READABLE_SETTING_SPECS } from '../../src/triage/settings';
import { needsAttention, setupChecks, whitelisted, type AccountFacts, type OrgFieldFact } from '../../src/triage/setupCheck';

/** What an admin fills in at install: the defaults, and an address for every link. */
const INSTALLED = {
  ...Object.fromEntries(READABLE_SETTING_SPECS.filter((s) => s.default !== undefined).map((s) => [s.name, s.default])),
  ...Object.fromEntries(LINK_KEYS.map((key) => [key, `https://help.example.com/${key}`])),
};
const settings = (extra: Record<string, unknown> = {}) => parseSettings({ ...INSTALLED, tier1_group_id: 1, tier2_group_id: 2, ...extra });

const text = (key: string): OrgFieldFact => ({ key, title: key, type: 'text', active: true, options: [] });
const FACTS: AccountFacts = {
  organizationFields: { ok: true, value: [text('parent_account'), text('parent_account_id'), text('lms')] },
  groups: { 1: { ok: true, value: { name: 'Tier 1', members: null } }, 2: { ok: true, value: { name: 'Tier 2', members: 3 } } },
  outcomeField: { ok: true, value: { type: 'text', active: true } },
  requirements: { ok: true, value: { clever_escalated_tier2_view: 1, clever_tier2_returned_view: 2, clever_outcome_field: 3 } },
  lmsSample: { ok: true, value: ['Clever SSO District AY 2026-2027', 'Clever Rostering District AY 2025-2026'] },
  domainWhitelist: ['example.atlassian.net'],
};

const problemsOf = (s = settings(), facts: Partial<AccountFacts> = {}) =>
  setupChecks(s, { ...FACTS, ...facts })
    .filter((c) => c.status === 'problem')
    .map((c) => [c.code, c.setting ?? null]);

describe('the setup check', () => {
  it('a well set-up account has nothing to fix', () => {
    expect(problemsOf()).toEqual([]);
    expect(needsAttention(setupChecks(settings(), FACTS))).toBe(false);
  });

  it('an LMS dropdown whose options do not name the SSO wording', () => {
    const lms: OrgFieldFact = { ...text('lms'), type: 'dropdown', options: [{ name: 'Clever Rostering', value: 'clever_rostering' }] };
    expect(problemsOf(settings(), { organizationFields: { ok: true, value: [text('parent_account'), text('parent_account_id'), lms] } })).toEqual([['lms.notInOptions', 'lms_sso_text']]);
  });

  it('an inactive organization field', () => {
    expect(problemsOf(settings(), { organizationFields: { ok: true, value: [text('parent_account'), { ...text('parent_account_id'), active: false }, text('lms')] } })).toEqual([
      ['orgField.inactive', 'parent_account_id_field'],
    ]);
  });

  it('a Tier 2 group without members, and no Tier 1 group set', () => {
    const s = parseSettings({ ...INSTALLED, tier2_group_id: 2 });
    expect(problemsOf(s, { groups: { 2: { ok: true, value: { name: 'Tier 2', members: 0 } } } })).toEqual([
      ['group.unset', 'tier1_group_id'],
      ['group.empty', 'tier2_group_id'],
    ]);
  });

  it('an outcome field switched off, or a view Zendesk did not create', () => {
    expect(problemsOf(settings(), { outcomeField: { ok: true, value: { type: 'text', active: false } } })).toEqual([['outcome.inactive', 'outcome_field_id']]);
    expect(problemsOf(settings(), { requirements: { ok: true, value: { clever_outcome_field: 3 } } })).toEqual([
      ['requirement.missing', null],
      ['requirement.missing', null],
    ]);
  });

  it('Jira half set, or on a host outside the domain whitelist', () => {
    expect(problemsOf(settings({ jira_project: 'SUP' }))).toEqual([['jira.noUrl', 'jira_base_url']]);
    expect(problemsOf(settings({ jira_base_url: 'https://acme.atlassian.net', jira_project: 'SUP' }))).toEqual([['jira.notWhitelisted', 'jira_base_url']]);
    expect(problemsOf(settings({ jira_base_url: 'https://example.atlassian.net', jira_project: 'SUP' }))).toEqual([]);
  });

  it('the Jira host is held against the whitelist the package was built with, and a fix names the host', () => {
    const jira = settings({ jira_base_url: 'https://district.atlassian.net/jira', jira_project: 'SUP' });
    const found = (whitelist: string[]) => setupChecks(jira, { ...FACTS, domainWhitelist: whitelist }).find((c) => c.code.startsWith('jira.'));
    expect(found([])).toEqual({ code: 'jira.notWhitelisted', status: 'problem', vars: { host: 'district.atlassian.net' }, setting: 'jira_base_url' });
    expect(found(['*.atlassian.net'])).toEqual({ code: 'jira.ready', status: 'ok', vars: { host: 'district.atlassian.net' } });
  });

  it('a whitelist entry is the host itself, or *. for the hosts under a domain', () => {
    expect(whitelisted('district.atlassian.net', ['district.atlassian.net'])).toBe(true);
    expect(whitelisted('district.atlassian.net', ['District.Atlassian.net'])).toBe(true);
    expect(whitelisted('district.atlassian.net', ['*.atlassian.net'])).toBe(true);
    expect(whitelisted('eu.district.atlassian.net', ['*.atlassian.net'])).toBe(true);
    expect(whitelisted('atlassian.net', ['*.atlassian.net'])).toBe(false);
    expect(whitelisted('evilatlassian.net', ['*.atlassian.net'])).toBe(false);
    expect(whitelisted('other.atlassian.net', ['district.atlassian.net'])).toBe(false);
    expect(whitelisted('district.atlassian.net.evil.example', ['district.atlassian.net'])).toBe(false);
  });

  it('a link setting left empty is named, so agents get a link instead of the page in words', () => {
    const s = settings({ link_user_search: '', link_clever_overview: undefined });
    expect(problemsOf(s)).toEqual([
      ['link.empty', 'link_clever_overview'],
      ['link.empty', 'link_user_search'],
    ]);
    const counted = setupChecks(s, FACTS).find((c) => c.code === 'links.ok');
    expect(counted?.vars).toEqual({ count: String(LINK_KEYS.length - 2) });
    expect(setupChecks(settings(), FACTS).find((c) => c.code === 'links.ok')?.vars).toEqual({ count: String(LINK_KEYS.length) });
  });

  it('a link that is set but not an https address is named once, as not valid, and not as empty', () => {
    for (const bad of ['support.clever.com/article', 'http://support.clever.com', 'javascript:alert(1)']) {
      expect(problemsOf(settings({ link_clever_ticket_sharing: bad }))).toEqual([['setting.invalid', 'link_clever_ticket_sharing']]);
    }
  });

  it('a link that is no https address, and a required setting left empty, name their settings', () => {
    const { [`role_sales`]: _left, ...rest } = INSTALLED;
    const s = parseSettings({ ...rest, tier1_group_id: 1, tier2_group_id: 2, link_user_search: 'http://tools.example' });
    expect(problemsOf(s)).toEqual([
      ['setting.invalid', 'link_user_search'],
      ['setting.defaulted', 'role_sales'],
    ]);
  });
});
