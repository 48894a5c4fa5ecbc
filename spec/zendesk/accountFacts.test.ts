import { BROKEN_SETUP_SETTINGS, INSTALLATION, LINK_SETTINGS, TICKET_FIELDS } from '../../harness/fixtures';
import { parseSettings, READABLE_SETTING_SPECS, type ParsedSettings } from '../../src/triage/settings';
import { setupChecks } from '../../src/triage/setupCheck';
import { installedRequirements, readAccountFacts } from '../../src/zendesk/accountFacts';
import { FakeClient } from '../support/fakeClient';
import { zendeskServerPerFile } from '../support/zendeskServer';

const { model } = zendeskServerPerFile();

/** What Zendesk saves at install: every default filled in, and the admin's links. */
const INSTALLED = { ...Object.fromEntries(READABLE_SETTING_SPECS.filter((s) => s.default !== undefined).map((s) => [s.name, s.default])), ...LINK_SETTINGS };
const HEALTHY = parseSettings({ ...INSTALLED, tier1_group_id: 100, tier2_group_id: 200 });
const BROKEN = parseSettings({ ...INSTALLED, tier2_group_id: 200, ...BROKEN_SETUP_SETTINGS });

const problems = (settings: ParsedSettings, facts: Parameters<typeof setupChecks>[1]) =>
  setupChecks(settings, facts)
    .filter((c) => c.status === 'problem')
    .map((c) => `${c.code}${c.setting ? ` (${c.setting})` : ''}`);

describe('the setup check reads the account', () => {
  it('a healthy install: every check passes, and the outcome field is the one Zendesk created at install', async () => {
    const facts = await readAccountFacts(new FakeClient(), HEALTHY.settings, INSTALLATION.id, []);
    expect(facts.requirements).toEqual({ ok: true, value: { clever_escalated_tier2_view: 7001, clever_tier2_returned_view: 7002, clever_outcome_field: TICKET_FIELDS.createdAtInstall } });
    expect(problems(HEALTHY, facts)).toEqual([]);
    expect(model.log.find('GET', new RegExp(`^/api/v2/ticket_fields/${TICKET_FIELDS.createdAtInstall}\\.json`))).toHaveLength(1);
  });

  it('the broken account: a wrong field key, a missing group, a dropdown outcome field, an SSO wording no organization uses, an empty link and a Jira site not whitelisted', async () => {
    const facts = await readAccountFacts(new FakeClient(), BROKEN.settings, INSTALLATION.id, ['example.atlassian.net']);
    expect(problems(BROKEN, facts)).toEqual([
      'link.empty (link_user_search)',
      'orgField.missing (parent_account_field)',
      'lms.notInValues (lms_sso_text)',
      'group.missing (tier1_group_id)',
      'outcome.notText (outcome_field_id)',
      'jira.notWhitelisted (jira_base_url)',
    ]);
  });

  it('makes at most 8 requests, all reads', async () => {
    await readAccountFacts(new FakeClient(), HEALTHY.settings, INSTALLATION.id, []);
    const requests = model.log.all();
    expect(requests.length).toBeLessThanOrEqual(8);
    expect(requests.every((r) => r.method === 'GET')).toBe(true);
  });

  it('a Zendesk that does not answer makes the checks unknown, never a problem', async () => {
    model.faults.next(8, { kind: '500' });
    const facts = await readAccountFacts(new FakeClient(), HEALTHY.settings, INSTALLATION.id, []);
    const checks = setupChecks(HEALTHY, facts).filter((c) => ['orgField', 'group', 'requirement'].some((p) => c.code.startsWith(p)));
    expect(checks.every((c) => c.status === 'unknown')).toBe(true);
  });

  it('another installation has no requirements of ours', async () => {
    expect(await installedRequirements(new FakeClient(), 1)).toEqual({ ok: false });
  });
});
