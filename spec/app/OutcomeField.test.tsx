import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TICKET_FIELDS, TICKETS, USERS } from '../../harness/fixtures';
import { App } from '../../src/app/shell/App';
import { zendeskServerPerFile } from '../support/zendeskServer';
import { modelClient } from './modelClient';
import { answer, findOutcome } from './renderApp';

const { model } = zendeskServerPerFile();

const TICKET = TICKETS.ssoDistrict;
const CHECK = 'Check the outcome ticket field setting (admins only)';
const fieldReads = () => model.log.find('GET', /^\/api\/v2\/ticket_fields\//);

/** Signed in as `userId`, with the outcome field setting, at the outcome of a Clever login problem. */
async function atOutcome(userId: number, fieldId: number) {
  const user = userEvent.setup({ delay: null });
  render(<App init={{ ok: true, client: modelClient(model, TICKET, { userId, settings: { outcome_field_id: String(fieldId) } }) }} />);
  await user.click(await screen.findByRole('button', { name: /^Tier 1: troubleshooting access issues/ }));
  await answer(user, 'access.2a', 'yes');
  await findOutcome();
  return user;
}

describe('the outcome field setting, checked for the admin (Zendesk would drop a wrong one without a word)', () => {
  it('an admin is told the field does not exist, and the write still lands, without the field', async () => {
    const user = await atOutcome(USERS.admin, 999);
    expect(await screen.findByText(/There is no ticket field 999: Zendesk ignores the outcome sent to it without an error/)).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Write note and tags' }));
    expect(await screen.findByText('The internal note and the tags are on the ticket.')).toBeVisible();
    expect(model.ticket(TICKET)?.custom_fields).toEqual([]);
  });

  it('a dropdown with no option for this outcome is said', async () => {
    await atOutcome(USERS.admin, TICKET_FIELDS.outcomeDropdown);
    expect(await screen.findByText(new RegExp(`Ticket field ${TICKET_FIELDS.outcomeDropdown} is a dropdown with no option whose tag is "\\w+"`))).toBeVisible();
  });

  it('a field switched off is said', async () => {
    await atOutcome(USERS.admin, TICKET_FIELDS.inactive);
    expect(await screen.findByText(`Ticket field ${TICKET_FIELDS.inactive} is switched off: the outcome is not recorded in it. Turn the field on, or set another text field's ID.`)).toBeVisible();
  });

  it('a text field passes without a word, read once however often the outcome is reached', async () => {
    const user = await atOutcome(USERS.admin, TICKET_FIELDS.outcomeText);
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await answer(user, 'access.2a', 'yes');
    await findOutcome();
    expect(fieldReads()).toHaveLength(1);
    expect(screen.queryByText(CHECK)).toBeNull();
  });

  it('an agent is never told, and the check costs an agent no request', async () => {
    await atOutcome(USERS.tier1Agent, 999);
    expect(screen.queryByText(CHECK)).toBeNull();
    expect(fieldReads()).toEqual([]);
  });
});
