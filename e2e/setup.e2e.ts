import { BROKEN_SETUP_SETTINGS, TICKETS, USERS } from '../harness/fixtures';
import { defaultSettings } from '../harness/server';
import { sessionPerFile, type Session } from './session';
import { t } from './walker';

/**
 * The admins' setup check in the stand-in, against an account set up wrongly: each failure is named by its setting's
 * Admin Center label with the fix; agents on the same broken settings see one line in the sidebar and no tab.
 */

let s: Session;
sessionPerFile((session) => (s = session));

const label = (setting: string) => t(`settingLabel.${setting}` as Parameters<typeof t>[0]);

async function openSetupCheckAs(agent: number) {
  await s.open({ location: 'nav_bar', agent });
  const app = s.sidebar();
  await app.getByRole('heading', { name: t('queue.title') }).waitFor();
  return app;
}

describe('the setup check', () => {
  it('names each failure of a broken account: wrong field key, missing group, dropdown outcome field, LMS wording no organization uses, empty link, Jira site not whitelisted', async () => {
    s.standIn.settings = { ...defaultSettings(), ...BROKEN_SETUP_SETTINGS };
    const app = await openSetupCheckAs(USERS.admin);
    await app.getByRole('button', { name: t('nav.setup') }).click();
    await app.getByRole('heading', { name: t('setup.title') }).waitFor();
    const problems = app.locator('tr[data-status="problem"]');
    await app.getByRole('status').filter({ hasText: t('setup.summary.problems', { count: 6 }) }).waitFor();
    const rows = await problems.allInnerTexts();
    const expectRow = (setting: string, found: string, fix: string) =>
      expect(rows.some((r) => r.includes(label(setting)) && r.includes(found) && r.includes(fix))).toBe(true);
    expectRow('parent_account_field', 'No organization field has the key "district_name"', t('setup.orgField.missing.fix', { label: label('parent_account_field') }));
    expectRow('tier1_group_id', 'No group has the id 999.', t('setup.group.missing.fix', { label: label('tier1_group_id') }));
    expectRow('outcome_field_id', 'is a tagger field, not a text field', t('setup.outcome.notText.fix', { label: label('outcome_field_id') }));
    expectRow('lms_sso_text', '"Clever Single Sign-On" appears in none of', t('setup.lms.notInValues.fix', { label: label('lms_sso_text') }));
    expectRow('link_user_search', t('setup.link.empty'), t('setup.link.empty.fix', { label: label('link_user_search') }));
    // The stand-in is built from the repository's manifest.json, whose domainWhitelist does not hold the district's site.
    const host = 'jira.district.example';
    expectRow('jira_base_url', t('setup.jira.notWhitelisted', { host }), t('setup.jira.notWhitelisted.fix', { host }));
    expect(rows).toHaveLength(6);
    // The check reads the account when opened: no write, and a bounded number of reads.
    const calls = s.standIn.model.log.all();
    expect(calls.every((c) => c.method === 'GET')).toBe(true);
  });

  it('is not offered to an agent', async () => {
    const app = await openSetupCheckAs(USERS.tier2Agent);
    // The tabs are drawn (the queue and Insights), without the setup check's.
    await app.getByRole('button', { name: t('nav.insights'), exact: true }).waitFor();
    expect(await app.getByRole('button', { name: t('nav.setup') }).count()).toBe(0);
  });
});

describe('setting problems in the sidebar', () => {
  const BROKEN = { tag_prefix: 'Bad Prefix!' };

  it('an agent on broken settings sees one short line and no setting key', async () => {
    s.standIn.settings = { ...defaultSettings(), ...BROKEN };
    await s.open({ ticket: TICKETS.ssoDistrict, agent: USERS.tier1Agent });
    await s.sidebar().getByText(t('settings.agentLine')).waitFor();
    expect(await s.sidebar().getByText(/tag_prefix/).count()).toBe(0);
  });

  it('an admin sees the setting by its label, the fix, and the way to the setup check', async () => {
    s.standIn.settings = { ...defaultSettings(), ...BROKEN };
    await s.open({ ticket: TICKETS.ssoDistrict, agent: USERS.admin });
    const app = s.sidebar();
    await app.getByText(t('settings.admin.title')).waitFor();
    await app.getByText(t('settings.admin.fix', { label: label('tag_prefix') }), { exact: false }).waitFor();
    expect(await app.getByText(/tag_prefix/).count()).toBe(0);
    await s.reloadsApp(() => app.getByRole('button', { name: t('settings.admin.openSetup') }).click());
    await s.sidebar().getByRole('button', { name: t('nav.setup') }).waitFor();
  });
});
