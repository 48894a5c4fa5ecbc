import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TREES } from '../../src/trees';
import { allPaths } from '../triage/helpers/paths';
import { answer, findOutcome, renderApp, SSO_ORG, ticketData } from './renderApp';

const SETTINGS = { link_clever_login_triage: 'https://support.clever.example/triage' };

async function walkAccess(answers: [string, string][], tags: string[] = []) {
  const user = userEvent.setup({ delay: null });
  const view = renderApp({ settings: SETTINGS, data: ticketData({ 'ticket.organization': SSO_ORG, 'ticket.tags': tags }) });
  await user.click(await screen.findByRole('button', { name: /^Tier 1: troubleshooting access issues/ }));
  for (const [node, id] of answers) await answer(user, node, id);
  await findOutcome();
  return { user, ...view };
}

const outcome = () => within(screen.getByRole('region', { name: (_, el) => el.hasAttribute('data-outcome') }));

/** The customer text waits, folded, below the write: the agent opens it. */
async function openGuidance(user: ReturnType<typeof userEvent.setup>) {
  const toggle = outcome().getByRole('button', { name: 'What to tell the customer' });
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await user.click(toggle);
  return within(outcome().getByRole('region', { name: 'What to tell the customer' }));
}

describe('the outcome', () => {
  it('a Clever login problem → follow the Clever Login Triage: kind, title, actions, where to continue, guidance into the reply', async () => {
    const { user, client } = await walkAccess([['access.2a', 'yes']]);
    const o = outcome();
    expect(o.getByText('Continue elsewhere')).toBeVisible();
    expect(o.getByRole('heading', { level: 2 })).toHaveTextContent(TREES.access.outcomes.clever_login_triage!.title);
    expect(o.getByRole('heading', { name: 'What to do' })).toBeVisible();
    const triage = o.getAllByRole('listitem').find((li) => /determine the type of login issue/.test(li.textContent ?? ''));
    expect(triage).toBeVisible();
    // The triage article is a link named in words, not its address in brackets.
    expect(within(triage!).getByRole('link', { name: /the Clever Login Triage article/ })).toHaveAttribute('href', 'https://support.clever.example/triage');
    expect(triage).not.toHaveTextContent('https://');
    expect(o.getByRole('link', { name: /Open/ })).toHaveAttribute('href', 'https://support.clever.example/triage');

    const guidance = await openGuidance(user);
    // The text as it goes into the reply: the paragraph's words, its addresses shown as links.
    const text = outcome().getByRole('region', { name: 'What to tell the customer' }).querySelector('p')?.textContent ?? '';
    expect(text).toContain('[paste the district’s login instructions]');
    await user.click(guidance.getByRole('button', { name: 'Insert into reply' }));
    // The text goes into the agent's reply box, its placeholder marked; nothing is sent by the app.
    const marked = text.replace('[paste the district’s login instructions]', '[[FILL IN: paste the district’s login instructions]]');
    expect(client.invocations('comment.appendText')).toEqual([[marked]]);
    expect(o.getByText('Inserted into your reply. Review it and send it yourself.')).toBeVisible();
    expect(o.getByText('Fill in before you send, where your reply says [[FILL IN: …]]: paste the district’s login instructions.')).toBeVisible();
    // Nothing is sent: its requests only read, the district's hot spot search (made as the walk's screen arrived) and
    // which outcome field Zendesk created at install (no id typed in the settings).
    expect(client.requests.map((r) => `${String(r.type)} ${String(r.url).split('?')[0]}`)).toEqual(['GET /api/v2/search.json', 'GET /api/v2/apps/installations/1/requirements.json']);
  });

  it('Insert into reply switches a composer left on internal note to a public reply first, and says so', async () => {
    const { user, client } = await walkAccess([['access.2a', 'yes']]);
    client.data['comment.type'] = 'internalNote';
    await user.click((await openGuidance(user)).getByRole('button', { name: 'Insert into reply' }));
    expect(client.sets).toEqual([{ path: 'comment.type', value: 'publicReply' }]);
    expect(client.invocations('comment.appendText')).toHaveLength(1);
    expect(outcome().getByText('Your reply box was on internal note: the app switched it to a public reply.')).toBeVisible();
  });

  it('Insert into reply pressed twice pastes the text once; inserting again is a choice of its own', async () => {
    const { user, client } = await walkAccess([['access.2a', 'yes']]);
    client.data['comment.type'] = 'publicReply';
    const insert = (await openGuidance(user)).getByRole('button', { name: 'Insert into reply' });
    await user.click(insert);
    await user.click(insert);
    expect(client.invocations('comment.appendText')).toHaveLength(1);
    // A public reply stays as it is, and nothing says it was switched.
    expect(client.sets).toEqual([]);
    expect(outcome().queryByText(/switched it to a public reply/)).toBeNull();
    expect(outcome().getByText('Already in your reply: it is not pasted twice.')).toBeVisible();
    await user.click(outcome().getByRole('button', { name: 'Insert again' }));
    expect(client.invocations('comment.appendText')).toHaveLength(2);
  });

  it('when the composer cannot be switched, nothing is inserted: the text must not land in a note', async () => {
    const { user, client } = await walkAccess([['access.2a', 'yes']]);
    client.data['comment.type'] = 'internalNote';
    client.set = () => Promise.reject(new Error('not allowed'));
    await user.click((await openGuidance(user)).getByRole('button', { name: 'Insert into reply' }));
    expect(client.invocations('comment.appendText')).toEqual([]);
    expect(outcome().getByText('Could not insert into the reply: copy the text instead.')).toBeVisible();
  });

  it('"VHL does not recognize your school" → escalate the association: the data to collect is checked before the note is written', async () => {
    const { user } = await walkAccess([['access.2a', 'no'], ['access.2b', 'yes']]);
    const o = outcome();
    expect(o.getByText('Escalate to Tier 2')).toBeVisible();
    const write = o.getByRole('button', { name: 'Write note and tags' });
    expect(write).toBeDisabled();
    // The organization on screen names the school and its district: those fields start filled in, and say so.
    // Its Parent Account ID is no Salesforce id (13 characters), so that field is left to the agent.
    for (const [label, value] of [['School name (required)', 'Lincoln High'], ['District name (required)', 'Springfield USD']] as const) {
      expect(o.getByLabelText(label)).toHaveValue(value);
      expect(o.getByLabelText(label)).toHaveAccessibleDescription("Taken from the ticket's organization: check it.");
    }
    expect(o.getByLabelText('District Salesforce id (required)')).toHaveValue('');
    expect(o.getByText(/^Fill in or correct before writing: School Salesforce id, District Salesforce id, /)).toBeVisible();

    const schoolClever = o.getByLabelText('School Clever id (required)');
    await user.click(schoolClever);
    await user.paste('not-an-id');
    await user.tab();
    expect(o.getByText('A Clever id is 24 letters a–f and digits.')).toBeVisible();

    // What the agent types replaces the organization's value, and is not said to come from it.
    const district = o.getByLabelText('District name (required)');
    await user.clear(district);
    await user.paste('Springfield Unified');
    expect(district).toHaveValue('Springfield Unified');
    expect(district).not.toHaveAccessibleDescription();
    const values: Record<string, string> = {
      'School Salesforce id (required)': '0015000000XyZab',
      'District Salesforce id (required)': '0015000000AbCde',
      'District Clever id (required)': '5f1e2d3c4b5a69788796a5b4',
    };
    for (const [label, value] of Object.entries(values)) {
      await user.click(o.getByLabelText(label));
      await user.paste(value);
    }
    await user.clear(schoolClever);
    await user.paste('0a1b2c3d4e5f60718293a4b5');
    expect(write).toBeEnabled();

    // The preview follows what the agent types, and the tags to add are listed.
    // The remark is optional: folded until the agent asks for it.
    await user.click(o.getByRole('button', { name: 'Remark (optional)' }));
    await user.click(o.getByRole('textbox', { name: 'Remark (optional)' }));
    await user.paste('Called the school.');
    // The note waits behind its disclosure, closed, so the outcome comes first.
    const toggle = o.getByRole('button', { name: 'Preview the note' });
    const preview = o.getByLabelText('Internal note (private), exactly as it will be written');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(preview).not.toBeVisible();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)).toContainElement(preview);
    expect(preview).toBeVisible();
    expect(preview).toHaveTextContent('- school_clever_id (School Clever id): 0a1b2c3d4e5f60718293a4b5');
    expect(preview).toHaveTextContent('- school_name (School name): Lincoln High');
    expect(preview).toHaveTextContent('- district_name (District name): Springfield Unified');
    expect(preview).toHaveTextContent('Agent remark: | Called the school.');
    await user.click(o.getByRole('button', { name: 'Tags to add (5)' }));
    const tags = within(o.getByRole('list', { name: 'Tags to add' }));
    expect(tags.getAllByRole('listitem').map((t) => t.textContent)).toEqual([
      'clever_district_sso',
      'clever_pa_0015000000xyz',
      'clever_tree_access',
      'clever_outcome_escalate_school_district_association',
      'clever_escalated_tier2',
    ]);
  });

  it('an authoring decision stays in the tree data (for docs/procedure-map.md), never on the agent’s screen', async () => {
    const { decision } = TREES.access.outcomes.create_course_in_clever_account!;
    expect(decision).toBeTruthy();
    await walkAccess([['access.2a', 'no'], ['access.2b', 'no'], ['access.3', 'yes'], ['access.4', 'yes'], ['access.5', 'yes'], ['access.6', 'no']]);
    expect(outcome().getByRole('heading', { level: 2 })).toHaveTextContent(TREES.access.outcomes.create_course_in_clever_account!.title);
    expect(screen.queryByText(decision!, { exact: false })).toBeNull();
    expect(screen.queryByText(/^Note:/)).toBeNull();
  });

  it('a transfer escalation takes the district name from the organization, and leaves the schools to the agent', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp({ data: ticketData({ 'ticket.organization': SSO_ORG }) });
    await user.click(await screen.findByRole('button', { name: /^Tier 1: school transfers/ }));
    const path = allPaths(TREES.transfers).find((p) => TREES.transfers.outcomes[p.outcome]!.collect.some((f) => f.id === 'district_name'))!;
    // Steps the app answers from the district are not asked.
    for (const step of path.answers) {
      if (document.querySelector('section[data-node]')?.getAttribute('data-node') === step.node) await answer(user, step.node, step.answer);
    }
    const o = await findOutcome();
    expect(o.getByLabelText('District name (required)')).toHaveValue('Springfield USD');
    expect(o.getByLabelText('District name (required)')).toHaveAccessibleDescription("Taken from the ticket's organization: check it.");
    // Which school the organization is, old or new, is the agent's to say.
    expect(o.getByLabelText('Old school name (required)')).toHaveValue('');
    expect(o.getByLabelText('New school name (required)')).toHaveValue('');
  });

  it('an outcome that continues in another procedure starts it, saying where it came from', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp({ data: ticketData({ 'ticket.organization': SSO_ORG }) });
    await user.click(await screen.findByRole('button', { name: /^Tier 1: school transfers/ }));
    await answer(user, 'transfers.1', 'no');
    await answer(user, 'transfers.2', 'no');
    await findOutcome();
    await user.click(outcome().getByRole('button', { name: 'Continue in: Tier 1: troubleshooting access issues' }));
    expect(screen.getByText('Procedure: Tier 1: troubleshooting access issues')).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: /Clever portion of the login process/ })).toBeVisible();
  });

  it('a closed ticket is named before the agent starts, and its outcome cannot be written', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp({ data: ticketData({ 'ticket.status': 'closed', 'ticket.organization': SSO_ORG }) });
    const warning = await screen.findByText('The app cannot write to this ticket');
    expect(warning).toBeVisible();
    await user.click(screen.getByRole('button', { name: /^Tier 1: troubleshooting access issues/ }));
    await answer(user, 'access.2a', 'yes');
    expect((await findOutcome()).getByRole('button', { name: 'Write note and tags' })).toBeDisabled();
    expect(outcome().getByText(/^This ticket is closed: Zendesk takes no new notes on it/)).toBeVisible();
  });

  it('a new ticket, which Zendesk gives no id yet, is named as not saved yet', async () => {
    renderApp({ context: { ticketId: undefined }, data: ticketData({ 'ticket.id': null, 'ticket.status': 'new', 'ticket.organization': SSO_ORG }) });
    expect(await screen.findByText('The app cannot write to this ticket')).toBeVisible();
    expect(screen.getByText(/^This ticket is not saved yet\./)).toBeVisible();
  });

  it('an id Zendesk gave that the app could not read is not a new ticket: the write is blocked with the read problem', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp({ context: { ticketId: undefined }, data: ticketData({ 'ticket.id': 'ticket-101', 'ticket.organization': SSO_ORG }) });
    const why = "The app could not read this ticket's id, so it cannot write its note to it (expected a ticket id, got a text). Reload the ticket and try again.";
    expect(await screen.findByText(why)).toBeVisible();
    expect(screen.queryByText(/not saved yet/)).toBeNull();
    await user.click(screen.getByRole('button', { name: /^Tier 1: troubleshooting access issues/ }));
    await answer(user, 'access.2a', 'yes');
    expect((await findOutcome()).getByRole('button', { name: 'Write note and tags' })).toBeDisabled();
    expect(outcome().getByText(why)).toBeVisible();
  });
});
