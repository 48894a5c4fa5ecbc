import { BUILTIN_SEED, TICKETS, USERS, XSS } from '../harness/fixtures';
import type { Organization } from '../harness/zendesk/model';
import { eventually } from './eventually';
import { sessionPerFile, type Session } from './session';
import { t } from './walker';

/**
 * The built app (dist/) in the stand-in, in a real Chromium: it registers, shows each
 * fixture's organization and its Parent Account, Parent Account ID and LMS values, follows
 * the agent to another ticket or organization, and shows hostile markup as text without
 * running it.
 */

let s: Session;
sessionPerFile((session) => (s = session));

const FIELD_LABELS = { parent_account: 'Parent Account', parent_account_id: 'Parent Account ID', lms: 'LMS' } as const;

function organizationOf(ticketId: number): Organization | null {
  const ticket = BUILTIN_SEED.tickets.find((t) => t.id === ticketId);
  if (!ticket) throw new Error(`no fixture ticket ${ticketId}`);
  return BUILTIN_SEED.organizations.find((o) => o.id === ticket.organization_id) ?? null;
}

/**
 * The app shows a field value on one line, cut to 160 characters ending in "…"
 * (src/app/OrganizationFacts.tsx): a pasted essay must not push the procedure off screen.
 */
const SHOWN_VALUE_CHARS = 160;

function asShown(value: string): string {
  const oneLine = value.replace(/\s+/g, ' ').trim();
  return oneLine.length > SHOWN_VALUE_CHARS ? `${oneLine.slice(0, SHOWN_VALUE_CHARS - 1)}…` : oneLine;
}

/** The sidebar shows the organization's name, the three field labels, and every value that is filled in, as the app cuts it. */
async function expectOrganizationShown(org: Organization): Promise<void> {
  const sidebar = s.sidebar();
  await sidebar.getByText(org.name, { exact: true }).first().waitFor();
  for (const [key, label] of Object.entries(FIELD_LABELS)) {
    await sidebar.getByText(label, { exact: true }).first().waitFor();
    const value = org.organization_fields[key];
    if (typeof value === 'string' && value !== '') await sidebar.getByText(asShown(value), { exact: true }).first().waitFor();
  }
}

const withOrganization = BUILTIN_SEED.tickets.filter((t) => t.organization_id !== null && t.id !== TICKETS.hostile);

describe('the sidebar in the stand-in', () => {
  it.each(withOrganization.map((t) => [t.label ?? t.subject, t.id] as const))('registers and shows the organization values: %s', async (_label, id) => {
    await s.open({ ticket: id, agent: USERS.tier1Agent });
    const org = organizationOf(id);
    if (!org) throw new Error(`fixture ${id} has no organization`);
    await expectOrganizationShown(org);
    // An 18-character Parent Account ID never breaks inside: its value is one line in the 320 px sidebar.
    const value = s.sidebar().locator('dd[data-field="parent_account_id"]');
    expect(await value.evaluate((el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight))).toBeCloseTo(1, 1);
  });

  it('loads with no error in the browser console, which a trainer could take for the app’s (a missing favicon was one)', async () => {
    // A context of its own: with the session's request routing on, Chromium asks for no favicon at all.
    const context = await s.browser.newContext();
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => (message.type() === 'error' ? errors.push(message.text()) : undefined));
      await page.goto(`${s.standIn.url}/?location=ticket_sidebar&ticket=${TICKETS.ssoDistrict}&agent=${USERS.tier1Agent}`);
      await page.frameLocator('iframe.app-frame').getByRole('region', { name: t('procedure.title') }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('says so when the ticket has no organization', async () => {
    await s.open({ ticket: TICKETS.noOrganization, agent: USERS.tier1Agent });
    await s.sidebar().getByText(/no organization/i).first().waitFor();
    expect(await s.sidebar().getByText(FIELD_LABELS.parent_account_id, { exact: true }).count()).toBe(0);
  });

  it('follows the agent to another ticket picked on the host page', async () => {
    await s.open({ ticket: TICKETS.ssoDistrict, agent: USERS.tier1Agent });
    await expectOrganizationShown(organizationOf(TICKETS.ssoDistrict) as Organization);
    await s.reloadsApp(() => s.page.getByLabel('Ticket', { exact: true }).selectOption(String(TICKETS.rosteringDistrict)));
    const rostering = organizationOf(TICKETS.rosteringDistrict) as Organization;
    await expectOrganizationShown(rostering);
    expect(await s.sidebar().getByText('Lincoln High School', { exact: true }).count()).toBe(0);
  });

  it('updates when the agent sets the ticket’s organization, without a reload', async () => {
    await s.open({ ticket: TICKETS.noOrganization, agent: USERS.tier1Agent });
    await s.sidebar().getByText(/no organization/i).first().waitFor();
    const registrations = await s.page.locator('#app-pane').getAttribute('data-registrations');
    await s.page.getByLabel('Change the organization of this ticket').selectOption('501');
    await expectOrganizationShown(organizationOf(TICKETS.ssoDistrict) as Organization);
    expect(await s.page.locator('#app-pane').getAttribute('data-registrations')).toBe(registrations);
  });

  it('shows hostile markup in every field as text and runs none of it', async () => {
    await s.open({ ticket: TICKETS.hostile, agent: USERS.tier1Agent });
    const org = organizationOf(TICKETS.hostile) as Organization;
    await expectOrganizationShown(org);
    for (const payload of Object.values(XSS)) {
      await eventually(async () => expect(await s.sidebar().locator('body').innerText()).toContain(payload));
    }
    const app = await s.appFrame();
    expect(await s.page.evaluate('window.__xss')).toBeUndefined();
    expect(await app.evaluate('window.__xss')).toBeUndefined();
    expect(await s.sidebar().locator('img[src="x"], svg[onload], [onerror], [onmouseover]').count()).toBe(0);
  });
});
