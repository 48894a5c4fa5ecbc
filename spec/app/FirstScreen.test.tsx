import { screen, within } from '@testing-library/react';
import { AGENT, org, renderApp, ticketData } from './renderApp';

function fact(label: string): string | null {
  const facts = screen.getByRole('region', { name: 'Organization' });
  const term = within(facts).getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? null;
}

describe('the first screen: the organization at a glance', () => {
  it("shows the school's organization and its Parent Account, Parent Account ID and LMS", async () => {
    renderApp({
      data: ticketData({
        'ticket.organization': org('Lincoln High', {
          parent_account: 'Springfield USD',
          parent_account_id: '0015000000XyZ',
          lms: 'Clever SSO District AY 2024-2025',
        }),
      }),
    });
    expect(await screen.findByText('Lincoln High')).toBeVisible();
    expect(fact('Parent Account')).toBe('Springfield USD');
    expect(fact('Parent Account ID')).toBe('0015000000XyZ');
    expect(fact('LMS')).toBe('Clever SSO District AY 2024-2025');
  });

  it('reads the fields under the keys the admin set', async () => {
    renderApp({
      settings: { parent_account_field: 'district', parent_account_id_field: 'district_sf_id', lms_field: 'integration' },
      data: ticketData({ 'ticket.organization': org('Oak School', { district: 'Oak County', district_sf_id: '42', integration: 'none', lms: 'ignored' }) }),
    });
    await screen.findByText('Oak School');
    expect(fact('Parent Account')).toBe('Oak County');
    expect(fact('Parent Account ID')).toBe('42');
    expect(fact('LMS')).toBe('none');
  });

  it('marks an empty field as empty, and a ticket without an organization as such', async () => {
    renderApp({ data: ticketData({ 'ticket.organization': org('Elm School', { parent_account: '' }) }) });
    await screen.findByText('Elm School');
    expect(fact('Parent Account')).toBe('(empty)');

    const second = renderApp();
    expect(await second.findByText('This ticket has no organization.')).toBeVisible();
  });

  it('shows hostile markup in a field as text', async () => {
    renderApp({ data: ticketData({ 'ticket.organization': org('<img src=x onerror=alert(1)>', { lms: '<script>alert(1)</script>' }) }) });
    expect(await screen.findByText('<img src=x onerror=alert(1)>')).toBeVisible();
    expect(document.querySelector('img, script')).toBeNull();
  });

  const BROKEN = { tag_prefix: 'Bad Prefix!', link_user_search: 'http://insecure.example' };

  it('an agent on broken settings sees one short line, no setting keys, and the app keeps working', async () => {
    renderApp({ settings: BROKEN, data: ticketData({ 'ticket.organization': org('Lincoln High') }) });
    expect(await screen.findByText("Some of the app's settings need an admin; the app works without them.")).toBeVisible();
    expect(screen.queryByText(/tag_prefix|link_user_search/)).toBeNull();
    expect(screen.getByText('Lincoln High')).toBeVisible();
  });

  it('an admin sees each broken setting by its Admin Center label, what is wrong, and where to fix it', async () => {
    renderApp({ settings: BROKEN, data: ticketData({ 'ticket.organization': org('Lincoln High'), currentUser: { ...AGENT, role: 'admin' } }) });
    expect(await screen.findByText('Settings to fix in Admin Center')).toBeVisible();
    expect(screen.getByText(/^Tag prefix: is not valid \(lowercase letters, digits and underscores only\); using the default "clever_"\. Admin Center > Apps and integrations > Zendesk Support apps > Clever Triage > Settings: set Tag prefix\.$/)).toBeVisible();
    expect(screen.getByText(/^Support tools user search: is not valid \(must start with https:\/\/\)/)).toBeVisible();
    expect(screen.queryByText(/tag_prefix|link_user_search/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Open the setup check' })).toBeVisible();
  });

  it('an admin hears of a required setting left empty, which runs on its default; an agent does not', async () => {
    const admin = renderApp({ settings: { role_sales: '' }, data: ticketData({ currentUser: { ...AGENT, role: 'admin' } }) });
    expect(await screen.findByText(/^Sales contact is empty; the app uses its default "Sales \(MLS\)"\./)).toBeVisible();
    admin.unmount();
    renderApp({ settings: { role_sales: '' } });
    await screen.findByRole('heading', { level: 1, hidden: true });
    expect(screen.queryByText(/is empty; the app uses its default/)).toBeNull();
    expect(screen.queryByText("Some of the app's settings need an admin; the app works without them.")).toBeNull();
  });

  it('says which ticket data it could not read', async () => {
    renderApp({ data: ticketData({ 'ticket.organization': 'not an organization' }) });
    expect(await screen.findByText('Some ticket data could not be read')).toBeVisible();
    expect(screen.getByText(/^ticket\.organization: expected an organization/)).toBeVisible();
  });
});

describe('a very long field value', () => {
  it('is cut to a readable length, so the procedure stays in view', async () => {
    renderApp({ data: ticketData({ 'ticket.organization': org('Long School', { parent_account: 'Lorem ipsum '.repeat(100) }) }) });
    await screen.findByText('Long School');
    const value = fact('Parent Account') ?? '';
    expect(value.length).toBe(160);
    expect(value.endsWith('…')).toBe(true);
  });

  it('a 100 KB organization name is cut on screen too: a bounded prefix and an ellipsis', async () => {
    const name = `Lincoln High ${'x'.repeat(100 * 1024)}`;
    renderApp({ data: ticketData({ 'ticket.organization': org(name) }) });
    const shown = await screen.findByText(/^Lincoln High x+…$/);
    expect(shown.textContent).toHaveLength(160);
  });
});
