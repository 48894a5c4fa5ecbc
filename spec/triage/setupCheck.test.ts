import { parseSettings, READABLE_SETTING_SPECS } from '../../src/triage/settings';
import { needsAttention, setupChecks, type AccountFacts, type OrgFieldFact } from '../../src/triage/setupCheck';

const INSTALLED = Object.fromEntries(READABLE_SETTING_SPECS.filter((s) => s.default !== undefined).map((s) => [s.name, s.default]));
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

  it('a link that is no https address, and a required setting left empty, name their settings', () => {
    const { [`role_sales`]: _left, ...rest } = INSTALLED;
    const s = parseSettings({ ...rest, tier1_group_id: 1, tier2_group_id: 2, link_user_search: 'http://tools.example' });
    expect(problemsOf(s)).toEqual([
      ['setting.invalid', 'link_user_search'],
      ['setting.defaulted', 'role_sales'],
    ]);
  });
});
