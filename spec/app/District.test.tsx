import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { org, renderApp, ROSTERING_ORG, SSO_ORG, ticketData } from './renderApp';

async function district() {
  return within(await screen.findByRole('region', { name: 'District' }));
}

describe('the district at a glance', () => {
  it.each([
    ['a Clever SSO district', SSO_ORG, 'Clever SSO', 'The LMS field says "Clever SSO District".'],
    ['a Clever rostering district', ROSTERING_ORG, 'Clever rostering', 'The LMS field says "Clever Rostering District".'],
    [
      'a parent account with an empty LMS field',
      org('Oakwood', { parent_account: 'Oakwood Valley SD', parent_account_id: '42', lms: '' }),
      'Clever — type unknown',
      'Parent Account "Oakwood Valley SD", but the LMS field is empty: it does not say which Clever integration.',
    ],
    ['a school outside any Clever district', org('St. Agnes', {}), 'Not Clever', 'No Parent Account and an empty LMS field.'],
    [
      'a school whose LMS is not Clever',
      org('Birch School', { lms: 'Canvas' }),
      'Not Clever',
      'No Parent Account, and the LMS field ("Canvas") names no Clever integration.',
    ],
    ['a ticket without an organization', null, 'No organization', 'The ticket has no organization: ask the user for their school and district.'],
  ])('%s: the badge says so in words, with a one-line reason', async (_, organization, badge, reason) => {
    renderApp({ data: ticketData({ 'ticket.organization': organization }) });
    const d = await district();
    expect(d.getByText(badge)).toBeVisible();
    expect(d.getByText(reason)).toBeVisible();
    expect(d.queryByText('Old district record')).toBeNull();
    expect(d.queryByText("The organization's fields disagree")).toBeNull();
  });

  it('names the field by its label, under whatever key the admin set; the evidence names the key', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp({
      settings: { lms_field: 'integration' },
      data: ticketData({ 'ticket.organization': org('Oak School', { parent_account: 'Oak County', integration: 'Clever SSO District' }) }),
    });
    const d = await district();
    expect(d.getByText('The LMS field says "Clever SSO District".')).toBeVisible();
    await user.click(d.getByRole('button', { name: 'Evidence' }));
    // The readings are a lazy chunk (in the agent's language): wait for it, as the next test does.
    expect(await d.findByText(/^integration: Clever SSO District — /)).toBeVisible();
  });

  it('shows the evidence (field, value, reading) only when asked', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp({ data: ticketData({ 'ticket.organization': SSO_ORG }) });
    const d = await district();
    const evidence = 'lms: Clever SSO District — names the Clever SSO integration';
    // Not there until asked: the list (its own chunk) loads when the agent opens it.
    expect(d.queryByText(evidence)).toBeNull();
    await user.click(d.getByRole('button', { name: 'Evidence' }));
    expect(await d.findByText(evidence)).toBeVisible();
    expect(d.getByText(/^parent_account: Springfield USD — /)).toBeVisible();
  });

  it('warns when the district record is from an old academic year', async () => {
    renderApp({
      data: ticketData({ 'ticket.organization': org('Westfield Prep', { parent_account: 'Westfield PS', parent_account_id: '9', lms: 'Clever SSO District AY 2017-2018' }) }),
    });
    const d = await district();
    expect(d.getByText('Clever SSO')).toBeVisible();
    expect(d.getByText('Old district record')).toBeVisible();
    expect(d.getByText('The LMS field is from academic year 2017-2018: check that the district is still live.')).toBeVisible();
  });

  it('warns when the Parent Account and LMS fields disagree', async () => {
    renderApp({ data: ticketData({ 'ticket.organization': org('Elm School', { lms: 'Clever SSO District' }) }) });
    const d = await district();
    expect(d.getByText("The organization's fields disagree")).toBeVisible();
  });

  it('an LMS naming Clever but not which integration, with no parent account: type unknown, and the fields disagree', async () => {
    renderApp({ data: ticketData({ 'ticket.organization': org('Ash School', { lms: 'Clever SSO and Clever Rostering' }) }) });
    const d = await district();
    expect(d.getByText('Clever — type unknown')).toBeVisible();
    expect(d.getByText('No Parent Account, but the LMS field ("Clever SSO and Clever Rostering") names Clever without saying which integration.')).toBeVisible();
    expect(d.getByText("The organization's fields disagree")).toBeVisible();
  });
});
