import { DEFAULT_SETTINGS, INVALID_CHECKS, parseSettings } from '../../src/triage/settings';
import { ENGLISH } from '../../src/app/shell/i18n/catalog';
import { INVALID_CHECK_TEXT, settingProblemText } from '../../src/triage/settingProblemText';

const problemOf = (raw: Record<string, unknown>) => parseSettings(raw).problems.map((p) => `${p.setting}: ${settingProblemText(p)}`);

describe('the settings an admin typed, read back', () => {
  it('a fresh install has every default and no problem', () => {
    const { settings, problems } = parseSettings({});
    expect(problems).toEqual([]);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(settings.tag_prefix).toBe('clever_');
    expect(settings.role_tier2_supervisors).toEqual([['TS Supervisor group']]);
    expect(settings.role_returned_escalations).toBe('Supervisor for returned Tier 1 escalations');
    expect(settings.tier2_group_id).toBeUndefined();
  });

  it('tidies what Zendesk sends: ids as text, spaces around values, one rank of supervisors per line (“A or B”), an upper-case prefix', () => {
    const { settings, problems } = parseSettings({
      tier2_group_id: ' 42 ',
      lms_sso_text: '  Clever SSO  ',
      role_tier2_supervisors: 'First supervisor OR Also first\r\n\n  Second supervisor  ',
      tag_prefix: 'ACME_',
      link_user_search: ' https://tools.example/users ',
      jira_project: '',
    });
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({
      tier2_group_id: 42,
      lms_sso_text: 'Clever SSO',
      role_tier2_supervisors: [['First supervisor', 'Also first'], ['Second supervisor']],
      tag_prefix: 'acme_',
      link_user_search: 'https://tools.example/users',
    });
    expect(settings.jira_project).toBeUndefined();
  });

  // The sidebar and the CLI print these words after "is not valid (…)": each says what to fix.
  it.each([
    ['a link that is not a URL', { link_user_search: 'user search page' }, 'link_user_search: is not valid (must be a URL); ignored'],
    ['a link without https', { link_user_search: 'http://tools.example' }, 'link_user_search: is not valid (must start with https://); ignored'],
    [
      'a required link without https',
      { link_clever_support_center: 'http://support.clever.com' },
      'link_clever_support_center: is not valid (must start with https://); using the default "https://support.clever.com"',
    ],
    ['a group id that is not a number', { tier2_group_id: 'Tier 2' }, 'tier2_group_id: is not valid (must be a whole number); ignored'],
    ['a negative group id', { tier1_group_id: -5 }, 'tier1_group_id: is not valid (must be a positive number); ignored'],
    ['a blank role', { role_sales: '   ' }, 'role_sales: is not valid (must not be blank); using the default "Sales (MLS)"'],
    ['a role that is not text', { role_techdev: 7 }, 'role_techdev: is not valid (must be text); using the default "Tech Dev"'],
    ['supervisors on blank lines only', { role_tier2_supervisors: ' \n ' }, 'role_tier2_supervisors: is not valid (must name at least one); using the default "TS Supervisor group"'],
    ['a field key with spaces', { lms_field: 'lms field' }, 'lms_field: is not valid (letters, digits and underscores only); using the default "lms"'],
    ['a tag prefix with punctuation', { tag_prefix: 'Bad Prefix!' }, 'tag_prefix: is not valid (lowercase letters, digits and underscores only); using the default "clever_"'],
    // 90 characters made 134-character tags; Zendesk takes 80.
    ['a tag prefix longer than 30 characters', { tag_prefix: 'a'.repeat(90) }, 'tag_prefix: is not valid (at most 30 characters, so that every tag stays within Zendesk\'s 80); using the default "clever_"'],
    // Not an empty prefix: unprefixed tags would mix with the account's own.
    ['a tag prefix of spaces only', { tag_prefix: '   ' }, 'tag_prefix: is not valid (must not be blank); using the default "clever_"'],
    ['a lower-case Jira key', { jira_project: 'sup' }, 'jira_project: is not valid (an uppercase Jira project key such as SUP); ignored'],
  ])('%s is named with what is wrong', (_what, raw, problem) => {
    expect(problemOf(raw)).toEqual([problem]);
  });

  it('takes a tag prefix of 30 characters, the most that keeps every tag within Zendesk’s 80', () => {
    const prefix = `${'v'.repeat(29)}_`;
    expect(parseSettings({ tag_prefix: prefix })).toMatchObject({ settings: expect.objectContaining({ tag_prefix: prefix }), problems: [] });
  });

  it('the hot spot threshold: 3 other tickets unless an admin says otherwise; a count below one falls back to 3', () => {
    expect(DEFAULT_SETTINGS.hot_spot_threshold).toBe(3);
    expect(parseSettings({ hot_spot_threshold: '5' }).settings.hot_spot_threshold).toBe(5);
    const { settings, problems } = parseSettings({ hot_spot_threshold: '0' });
    expect(settings.hot_spot_threshold).toBe(3);
    expect(problems).toEqual([{ setting: 'hot_spot_threshold', check: 'positive', fallback: { kind: 'default', value: '3' } }]);
  });

  it('gives each problem as codes: what is wrong (the check that refused it) and what the app does instead', () => {
    const { problems } = parseSettings({ link_user_search: 'http://tools.example', role_sales: '   ', tier2_group_id: 'Tier 2', lms_field: 'lms field' });
    // In the order of the settings (SETTING_SPECS).
    expect(problems).toEqual([
      { setting: 'lms_field', check: 'fieldKey', fallback: { kind: 'default', value: 'lms' } },
      { setting: 'tier2_group_id', check: 'whole', fallback: { kind: 'ignored' } },
      { setting: 'role_sales', check: 'blank', fallback: { kind: 'default', value: 'Sales (MLS)' } },
      { setting: 'link_user_search', check: 'https', fallback: { kind: 'ignored' } },
    ]);
  });

  it('writes the notes in English unless the admin chooses Spanish or each agent’s language', () => {
    expect(parseSettings({}).settings.note_language).toBe('en');
    expect(parseSettings({ note_language: ' ES ' }).settings.note_language).toBe('es');
    expect(parseSettings({ note_language: 'agent' }).settings.note_language).toBe('agent');
    const french = parseSettings({ note_language: 'fr' });
    expect(french.settings.note_language).toBe('en');
    expect(french.problems).toEqual([{ setting: 'note_language', check: 'language', fallback: { kind: 'default', value: 'en' } }]);
  });

  it('the CLI’s English and the sidebar’s English say each check the same way', () => {
    for (const check of [...INVALID_CHECKS, 'other' as const]) {
      expect([check, ENGLISH[`settings.check.${check}`]]).toEqual([check, INVALID_CHECK_TEXT[check]]);
    }
    expect(settingProblemText({ setting: 'x', check: 'url', fallback: { kind: 'ignored' } })).toBe('is not valid (must be a URL); ignored');
  });

  it('never throws, whatever it is given', () => {
    for (const raw of [null, undefined, 'settings', 42, [], { tier2_group_id: {} }]) {
      expect(() => parseSettings(raw)).not.toThrow();
    }
  });
});
