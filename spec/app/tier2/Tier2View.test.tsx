import { render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { BUILTIN_SEED, GROUPS, TICKETS, USERS } from '../../../harness/fixtures';
import { App } from '../../../src/app/shell/App';
import { classify } from '../../../src/triage/classify';
import { walk } from '../../../src/triage/engine';
import { planWrite } from '../../../src/triage/planWrite';
import { parseSettings } from '../../../src/triage/settings';
import type { Outcome } from '../../../src/triage/tree';
import { TREES } from '../../../src/trees';
import { allPaths, asAnswers, type TreePath } from '../../triage/helpers/paths';
import { FAKE_ORIGIN } from '../../support/fakeClient';
import { modelClient } from '../modelClient';
import { answer, findOutcome } from '../renderApp';
import { zendeskServerPerFile } from '../../support/zendeskServer';

const { model, server } = zendeskServerPerFile();
afterEach(() => localStorage.clear());

const JIRA = 'https://vhl-test.atlassian.net';
const SETTINGS = { tier1_group_id: String(GROUPS.tier1.id), tier2_group_id: String(GROUPS.tier2.id) };
const ID = (c: string) => c.repeat(24);

/** The first path of a tree that ends at an outcome `where` accepts. */
function pathTo(tree: keyof typeof TREES, where: (o: Outcome) => boolean): TreePath & { to: Outcome } {
  const t = TREES[tree];
  const found = allPaths(t).find((p) => where(t.outcomes[p.outcome] as Outcome));
  if (!found) throw new Error(`no path of ${tree} ends where the test needs`);
  return { ...found, to: t.outcomes[found.outcome] as Outcome };
}

/** Tier 1's association escalation: every field a packet can hold, one id left out. */
const tier1Path = pathTo('access', (o) => o.kind === 'escalate_tier2' && o.collect.some((f) => f.kind === 'salesforce_id'));

/** Tier 1 escalates the rostering district's ticket with the app: its note, tags and group, as the sidebar writes them. */
function tier1Escalates(collected: Record<string, string>): string {
  const settings = parseSettings(SETTINGS).settings;
  const org = modelClient(model, TICKETS.rosteringDistrict).data['ticket.organization'];
  const state = walk(TREES.access, classify(org, settings, new Date()), asAnswers(tier1Path), { refId: 'tier1-ref' });
  const tier1Agent = { userId: USERS.tier1Agent, groupId: GROUPS.tier1.id };
  const assignment = { assignee: tier1Agent, currentUser: { id: USERS.tier1Agent, groupIds: [GROUPS.tier1.id] }, escalatedBy: null };
  const plan = planWrite(TREES.access, state, settings, { collected, remark: 'Teacher sent screenshots.', assignment });
  const ticket = { comment: { body: plan.note, public: false }, tags: [...model.ticket(TICKETS.rosteringDistrict)!.tags, ...plan.tags], group_id: GROUPS.tier2.id, assignee_id: null };
  const done = model.updateTicket(TICKETS.rosteringDistrict, ticket, USERS.tier1Agent);
  if (!done.ok) throw new Error(done.error.description);
  return plan.note;
}

const PACKET = Object.fromEntries(
  tier1Path.to.collect.map((f) => [f.id, f.kind === 'clever_id' ? ID('a') : f.kind === 'salesforce_id' ? '0015e00000AbCdE' : f.kind === 'yes_no' ? 'yes' : f.kind === 'datetime' ? '2026-11-10T09:00' : `${f.label} value`]),
);
const LEFT_OUT = tier1Path.to.collect.find((f) => f.kind === 'clever_id') as Outcome['collect'][number];

function openAsTier2(ticketId: number, settings: Record<string, string> = SETTINGS) {
  const user = userEvent.setup({ delay: null });
  const client = modelClient(model, ticketId, { userId: USERS.tier2Agent, settings });
  render(<App init={{ ok: true, client }} />);
  return { user, client };
}

async function walkTier2(user: UserEvent, path: TreePath) {
  await user.click(await screen.findByRole('button', { name: `${TREES.tier2.title} (suggested)` }));
  for (const step of path.answers) await answer(user, step.node, step.answer);
  return findOutcome();
}

/** The agent chooses who the Jira issue goes to (a choice field, by its label). */
async function chooseRecipient(user: UserEvent, outcome: Outcome, recipient: string) {
  const field = outcome.collect.find((f) => f.id === 'jira_recipient');
  const choice = field?.kind === 'choice' ? field.choices.find((c) => c.id === recipient) : undefined;
  if (!choice) throw new Error(`${outcome.id} offers no Jira recipient ${recipient}`);
  await user.click(screen.getByRole('radio', { name: choice.label }));
}

/** Tier 1's values fill Tier 2's fields of the same name; the agent types the other fields that are always required. */
async function fillTheRest(user: UserEvent, outcome: Outcome) {
  for (const f of outcome.collect.filter((x) => x.required === true && x.kind !== 'choice')) {
    const input = screen.getByLabelText(new RegExp(`^${f.label.slice(0, 15).replace(/[()]/g, '.')}`));
    if ((input as HTMLInputElement).value === '') {
      await user.click(input);
      await user.paste(f.kind === 'clever_id' ? ID('b') : `Tier 2 ${f.id}`);
    }
  }
}

const readBack = () => screen.findByRole('region', { name: "Tier 1's escalation" });

describe('a Tier 2 agent opens a ticket Tier 1 escalated with the app', () => {
  it('sees Tier 1’s path and packet read back, what is missing, and returns the ticket to Tier 1 saying what to fix', async () => {
    tier1Escalates({ ...PACKET, [LEFT_OUT.id]: '' });
    // A Tier 2 agent takes it; the return must not leave them assigned in Tier 1's group (Zendesk would refuse it).
    model.updateTicket(TICKETS.rosteringDistrict, { assignee_id: USERS.tier2Agent }, USERS.tier2Agent);
    const { user } = openAsTier2(TICKETS.rosteringDistrict);

    const panel = within(await readBack());
    // Folded to a summary, Tier 1's outcome and what the packet lacks, so Tier 2's first question stays near the top.
    expect(await panel.findByText(`Missing from the packet: ${LEFT_OUT.label}`)).toBeVisible();
    expect(panel.getByText(`Outcome: ${tier1Path.to.title}`)).toBeVisible();
    const details = panel.getByRole('button', { name: `Tier 1's path (${tier1Path.answers.length} steps), packet and remark` });
    expect(details).toHaveAttribute('aria-expanded', 'false');
    expect(panel.queryAllByRole('listitem')).toEqual([]);
    expect(panel.getByText('Teacher sent screenshots.')).not.toBeVisible();
    await user.click(details);
    // The path Tier 1 walked, each step as its note wrote it.
    const steps = panel.getAllByRole('listitem');
    expect(steps).toHaveLength(tier1Path.answers.length);
    const school = tier1Path.to.collect.find((f) => f.kind === 'salesforce_id')!;
    expect(panel.getByText(school.label, { selector: 'dt' }).nextElementSibling).toHaveTextContent('0015e00000AbCdE');
    expect(panel.getByText('Teacher sent screenshots.')).toBeVisible();

    // Tier 2's own procedure, suggested; its "information not accurate" branch returns the ticket.
    const back = pathTo('tier2', (o) => o.escalationTags.includes('tier2_returned'));
    const outcome = await walkTier2(user, back);
    expect(outcome.getByRole('heading', { level: 2 })).toHaveTextContent(back.to.title);
    expect(outcome.getByText('Return to Tier 1')).toBeVisible();
    // What to fix is filled in from the read-back: nothing is asked twice.
    const corrections = back.to.collect.find((f) => f.kind === 'multiline')!;
    expect(screen.getByLabelText(new RegExp(corrections.label.slice(0, 20)))).toHaveValue(`Missing from the escalation packet: ${LEFT_OUT.label}.`);

    // Continuing in Tier 1's procedure comes after the write, and says that it drops the note unwritten.
    const tier1 = TREES.access.title;
    const buttons = () => outcome.getAllByRole('button').map((b) => b.textContent);
    // The write, then continuing; the note and the tags folded after them.
    const continueIn = buttons().indexOf(`Continue in: ${tier1}, without writing this note`);
    expect(buttons().slice(continueIn - 1)).toEqual(['Write note and tags', `Continue in: ${tier1}, without writing this note`, 'Preview the note', 'Tags to add (5)']);
    expect(outcome.getByRole('button', { name: `Continue in: ${tier1}, without writing this note` })).toHaveAccessibleDescription(
      'The note was not written: what is filled in above is dropped when you continue.',
    );

    // Tier 2 step 2's lookup "requires escalation": the note says who did it (tier2 v5).
    await user.type(screen.getByLabelText(/Who looked up the district info/), 'A supervisor');
    await user.click(screen.getByRole('button', { name: 'Write note and tags' }));
    expect(await screen.findByText('The internal note and the tags are on the ticket.')).toBeVisible();
    expect(buttons()).toContain(`Continue in: ${tier1}`);
    expect(outcome.queryByText(/The note was not written/)).toBeNull();
    const ticket = model.ticket(TICKETS.rosteringDistrict)!;
    expect(ticket.tags).toContain('clever_tier2_returned');
    expect(ticket.tags).not.toContain('clever_escalated_tier2');
    expect(ticket.group_id).toBe(GROUPS.tier1.id);
    // Given back to the Tier 1 agent who escalated, whose note says they are in Tier 1.
    expect(ticket.assignee_id).toBe(USERS.tier1Agent);
    const note = ticket.comments.at(-1)!;
    expect(note.public).toBe(false);
    expect(note.body).toContain(`Missing from the escalation packet: ${LEFT_OUT.label}.`);
  });

  it('escalating to Tech Dev with Jira set up creates the issue with the packet, and its key goes into the note', async () => {
    tier1Escalates(PACKET);
    const posted: unknown[] = [];
    server.use(
      http.post(`${JIRA}/rest/api/2/issue`, async ({ request }) => {
        posted.push(await request.json());
        return HttpResponse.json({ id: '1', key: 'SUP-9' }, { status: 201 });
      }),
    );
    const { user } = openAsTier2(TICKETS.rosteringDistrict, { ...SETTINGS, jira_base_url: JIRA, jira_project: 'SUP' });
    expect(await within(await readBack()).findByText('The packet is complete.')).toBeVisible();

    const techdev = pathTo('tier2', (o) => o.kind === 'escalate_techdev');
    const outcome = await walkTier2(user, techdev);
    await chooseRecipient(user, techdev.to, 'techdev');
    // Tier 1's values come before the organization's: its school name is kept, not the organization's name.
    expect(outcome.getByLabelText(/^School name/)).toHaveValue(PACKET.school_name);
    expect(outcome.getByLabelText(/^School name/)).not.toHaveAccessibleDescription(/organization/);
    await fillTheRest(user, techdev.to);
    // In the outcome screen, just before the write: the key it brings is written with the note.
    const buttons = outcome.getAllByRole('button').map((b) => b.textContent);
    expect(buttons.slice(buttons.indexOf('Create Jira issue'), buttons.indexOf('Create Jira issue') + 2)).toEqual(['Create Jira issue', 'Write note and tags']);
    await user.click(outcome.getByRole('button', { name: 'Create Jira issue' }));
    expect(await screen.findByText('Jira issue SUP-9 created: its key is in the note.')).toBeVisible();
    expect(JSON.stringify(posted)).toContain(ID('a'));
    expect(screen.getByLabelText('Internal note (private), exactly as it will be written')).toHaveTextContent('Jira issue: SUP-9');
    expect(screen.queryByRole('button', { name: 'Create Jira issue' })).toBeNull();
  });

  it('a Jira error is said, and the note can still be written', async () => {
    tier1Escalates(PACKET);
    server.use(http.post(`${JIRA}/rest/api/2/issue`, () => HttpResponse.json({ errorMessages: ['Project SUP is archived'] }, { status: 400 })));
    const { user } = openAsTier2(TICKETS.rosteringDistrict, { ...SETTINGS, jira_base_url: JIRA, jira_project: 'SUP' });
    const techdev = pathTo('tier2', (o) => o.kind === 'escalate_techdev');
    await walkTier2(user, techdev);
    await chooseRecipient(user, techdev.to, 'techdev');
    await fillTheRest(user, techdev.to);
    await user.click(screen.getByRole('button', { name: 'Create Jira issue' }));
    expect(await screen.findByText(/Project SUP is archived/)).toBeVisible();
    expect(screen.getByText(/You can still write the note/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Write note and tags' }));
    expect(await screen.findByText('The internal note and the tags are on the ticket.')).toBeVisible();
    expect(model.ticket(TICKETS.rosteringDistrict)!.tags).toContain('clever_escalated_techdev');
  });

  it('a Jira issue for the association owner needs the names, Salesforce ids and Clever ids: Tier 1’s are carried over, and one cleared blocks the write', async () => {
    tier1Escalates(PACKET);
    const { user } = openAsTier2(TICKETS.rosteringDistrict);
    const jira = pathTo('tier2', (o) => o.id === 'escalate_via_jira');
    await walkTier2(user, jira);
    await fillTheRest(user, jira.to);
    const write = () => screen.getByRole('button', { name: 'Write note and tags' });
    // Before a recipient is chosen the recipient is what is missing; the ids are not asked for yet.
    expect(screen.getByLabelText('School Clever id')).toHaveValue(ID('a'));
    expect(write()).toBeDisabled();

    await chooseRecipient(user, jira.to, 'association_owner');
    const schoolId = screen.getByLabelText('School Clever id (required)');
    expect(schoolId).toHaveValue(ID('a'));
    expect(screen.getByLabelText('District Salesforce id (required)')).toHaveValue('0015e00000AbCdE');
    expect(write()).toBeEnabled();

    await user.clear(schoolId);
    expect(screen.getByText('Fill in or correct before writing: School Clever id.')).toBeVisible();
    expect(write()).toBeDisabled();

    // Tech Dev needs no association ids.
    await chooseRecipient(user, jira.to, 'techdev');
    expect(screen.getByLabelText('School Clever id')).toHaveValue('');
    expect(write()).toBeEnabled();
  });

  it('a ticket escalated by hand: the Jira outcome takes the school, district and district Salesforce id from the organization', async () => {
    const { user } = openAsTier2(TICKETS.escalatedTier2);
    const outcome = await walkTier2(user, pathTo('tier2', (o) => o.kind === 'escalate_techdev'));
    const fromOrg = "Required for a school and district association update. Taken from the ticket's organization: check it.";
    for (const [label, value] of [
      [/^School name/, 'Maple Middle School'],
      [/^District name/, 'Riverside County Schools'],
      [/^District Salesforce id/, '0015e00000RsTuVw34'],
    ] as const) {
      expect(outcome.getByLabelText(label)).toHaveValue(value);
      expect(outcome.getByLabelText(label)).toHaveAccessibleDescription(fromOrg);
    }
    // What the organization does not hold is asked.
    expect(outcome.getByLabelText(/^School Salesforce id/)).toHaveValue('');
    await user.click(outcome.getByRole('button', { name: /^Preview the note/ }));
    expect(outcome.getByLabelText('Internal note (private), exactly as it will be written')).toHaveTextContent('District name): Riverside County Schools');
  });

  it('without the Jira settings there is no Jira button', async () => {
    tier1Escalates(PACKET);
    const { user } = openAsTier2(TICKETS.rosteringDistrict);
    await walkTier2(user, pathTo('tier2', (o) => o.kind === 'escalate_techdev'));
    expect(screen.queryByRole('button', { name: 'Create Jira issue' })).toBeNull();
  });
});

describe('a Tier 1 answer the district record ruled out (issue 19, point 7)', () => {
  it('is read back as chosen against the district record, so Tier 2 sees the record may need fixing', async () => {
    // The rostering district's Tier 1 agent found an SSO integration (transfers step 1 “For Clever SSO integrations”) and escalated.
    const settings = parseSettings(SETTINGS).settings;
    const org = modelClient(model, TICKETS.rosteringDistrict).data['ticket.organization'];
    const answers = { 'transfers.1': 'yes', 'transfers.1.clever_profile': 'yes', 'transfers.1.integration': 'sso', 'transfers.1.new_school_listed': 'no' };
    const plan = planWrite(TREES.transfers, walk(TREES.transfers, classify(org, settings, new Date()), answers), settings, { collected: {}, remark: '' });
    expect(plan.note).toContain('- transfers.1.integration = sso [agent, the data said rostering, against the district record]: ');
    const done = model.updateTicket(TICKETS.rosteringDistrict, { comment: { body: plan.note, public: false }, tags: [...model.ticket(TICKETS.rosteringDistrict)!.tags, ...plan.tags], group_id: GROUPS.tier2.id, assignee_id: null }, USERS.tier1Agent);
    if (!done.ok) throw new Error(done.error.description);

    const { user } = openAsTier2(TICKETS.rosteringDistrict);
    const panel = within(await readBack());
    await user.click(await panel.findByRole('button', { name: /^Tier 1's path \(4 steps\)/ }));
    const marked = panel.getAllByRole('listitem').filter((li) => li.textContent?.includes('(chosen against the district record: the record may need fixing)'));
    // Numbered as the procedure numbers it: the integration question is asked inside transfers step 1.
    expect(marked.map((li) => li.textContent)).toEqual([expect.stringMatching(/^Step 1 · Which Clever integration does the district use\? → Single Sign-On/)]);
  });
});

describe('when Tier 1’s note cannot be read back, the Tier 2 agent can still work the ticket', () => {
  it('a ticket escalated by hand (a note the app did not write) says so and offers the Tier 2 procedure', async () => {
    openAsTier2(TICKETS.escalatedTier2);
    expect(await within(await readBack()).findByText(/The app wrote no Tier 1 note on this ticket/)).toBeVisible();
    expect(screen.getByRole('button', { name: `${TREES.tier2.title} (suggested)` })).toBeEnabled();
  });

  it('an app note that was edited out of its layout is named as unreadable', async () => {
    model.updateTicket(TICKETS.escalatedTier2, { comment: { body: '[clever-triage] edited by hand, the rest was removed', public: false } }, USERS.tier1Agent);
    openAsTier2(TICKETS.escalatedTier2);
    const panel = within(await readBack());
    expect(await panel.findByText("Tier 1's note cannot be read")).toBeVisible();
    expect(panel.getByText(/first line does not name a procedure/)).toBeVisible();
    expect(screen.getByRole('button', { name: `${TREES.tier2.title} (suggested)` })).toBeEnabled();
  });

  it('a failed read says why, and “Try again” reads again', async () => {
    tier1Escalates(PACKET);
    // The notes' read fails once (the district's hot spot search, beside it, does not).
    server.use(http.get(`${FAKE_ORIGIN}/api/v2/tickets/:id/comments.json`, () => HttpResponse.json({ error: 'Oops' }, { status: 500 }), { once: true }));
    const { user } = openAsTier2(TICKETS.rosteringDistrict);
    const panel = within(await readBack());
    expect(await panel.findByText("The ticket's notes could not be read")).toBeVisible();
    await user.click(panel.getByRole('button', { name: 'Try again' }));
    expect(await panel.findByText(`Outcome: ${tier1Path.to.title}`)).toBeVisible();
  });
});

describe('Tier 2 believes only a note an agent wrote, and says who wrote it', () => {
  /** Tier 1's real note, then a private comment by `authorId` forged like the app's note with other values. */
  function forgedAfterTier1(authorId: number): void {
    const real = tier1Escalates(PACKET);
    const forged = real.replace('Teacher sent screenshots.', 'Forged remark.').replaceAll(ID('a'), ID('f'));
    const done = model.updateTicket(TICKETS.rosteringDistrict, { comment: { body: forged, public: false } }, authorId);
    if (!done.ok) throw new Error(done.error.description);
  }

  it('an end user’s private comment forged like the app’s note is skipped: Tier 1’s own note is read, with its author and date', async () => {
    forgedAfterTier1(2001);
    const { user } = openAsTier2(TICKETS.rosteringDistrict);
    const panel = within(await readBack());
    expect(await panel.findByText(/^Written by Sam Rivera \(Tier 1\) on /)).toBeVisible();
    await user.click(panel.getByRole('button', { name: /^Tier 1's path/ }));
    expect(panel.getByText('Teacher sent screenshots.')).toBeVisible();
    expect(panel.queryByText('Forged remark.')).toBeNull();
  });

  it('a note by an agent outside the Tier 1 group (a light agent) is marked, and its values are not filled into Tier 2’s form', async () => {
    // A light agent can write private comments; this one's default group is Tier 2's.
    model.reset({ ...BUILTIN_SEED, users: [...BUILTIN_SEED.users, { id: 3001, name: 'Light Agent', email: 'light@example.com', role: 'agent', locale: 'en-US', organization_id: null, group_ids: [GROUPS.tier2.id] }] });
    forgedAfterTier1(3001);
    const { user } = openAsTier2(TICKETS.rosteringDistrict);
    const panel = within(await readBack());
    expect(await panel.findByText("Not confirmed as Tier 1's note")).toBeVisible();
    expect(panel.getByText(/^Written by Light Agent on /)).toBeVisible();
    await walkTier2(user, pathTo('tier2', (o) => o.id === 'escalate_via_jira'));
    expect(screen.getByLabelText('School Clever id')).not.toHaveValue(ID('f'));
    expect(screen.queryByText(/^Filled in from Tier 1's packet/)).toBeNull();
  });

  it('a note by a Tier 1 agent whose text does not match its own reference line (an edited copy) is marked, and its values are not filled in', async () => {
    forgedAfterTier1(USERS.tier1Agent);
    const { user } = openAsTier2(TICKETS.rosteringDistrict);
    const panel = within(await readBack());
    expect(await panel.findByText("Not confirmed as Tier 1's note")).toBeVisible();
    expect(panel.getByText(/^Its text does not match its own reference line/)).toBeVisible();
    expect(panel.queryByText(/^Its author is not in the Tier 1 group/)).toBeNull();
    await walkTier2(user, pathTo('tier2', (o) => o.id === 'escalate_via_jira'));
    expect(screen.getByLabelText('School Clever id')).not.toHaveValue(ID('f'));
    expect(screen.queryByText(/^Filled in from Tier 1's packet/)).toBeNull();
  });

  it('without the Tier 1 group setting, the read-back says the author’s group cannot be checked', async () => {
    tier1Escalates(PACKET);
    openAsTier2(TICKETS.rosteringDistrict, { tier2_group_id: String(GROUPS.tier2.id) });
    expect(await within(await readBack()).findByText(/Whether they are in the Tier 1 group cannot be checked here\./)).toBeVisible();
  });
});

describe('a Tier 1 agent', () => {
  it('on an escalated ticket sees the read-back and Tier 1’s procedure suggested; Tier 2’s is offered, not pointed at', async () => {
    const client = modelClient(model, TICKETS.escalatedTier2, { settings: SETTINGS });
    render(<App init={{ ok: true, client }} />);
    expect(await within(await readBack()).findByText(/The app wrote no Tier 1 note on this ticket/)).toBeVisible();
    expect(screen.getByText('This ticket is with Tier 2 now. First: the Tier 1 procedure it came from, to look at again.')).toBeVisible();
    expect(screen.getByRole('button', { name: /^Tier 1: troubleshooting access issues.*\(suggested\)$/ })).toBeVisible();
    expect(screen.getByRole('button', { name: /^Tier 2: / })).not.toHaveAccessibleName(/suggested/);
    expect(screen.queryByText(/work it|work the ticket/)).toBeNull();
  });

  it('on a ticket not escalated sees no Tier 2 view and reads no comments', async () => {
    const client = modelClient(model, TICKETS.ssoDistrict, { settings: SETTINGS });
    render(<App init={{ ok: true, client }} />);
    expect(await screen.findByRole('button', { name: /\(suggested\)$/ })).toBeVisible();
    expect(screen.queryByRole('region', { name: "Tier 1's escalation" })).toBeNull();
    expect(model.log.find('GET', /comments\.json/)).toHaveLength(0);
  });
});

/** Tier 2 returns the escalated ticket with the app: its note (what to fix), tags and group, as the sidebar writes them. */
function tier2Returns(fix: string): void {
  const settings = parseSettings(SETTINGS).settings;
  const back = pathTo('tier2', (o) => o.escalationTags.includes('tier2_returned'));
  const org = modelClient(model, TICKETS.rosteringDistrict).data['ticket.organization'];
  const state = walk(TREES.tier2, classify(org, settings, new Date()), asAnswers(back), { refId: 'tier2-ref' });
  const corrections = back.to.collect.find((f) => f.kind === 'multiline')!;
  const plan = planWrite(TREES.tier2, state, settings, { collected: { [corrections.id]: fix }, remark: 'Call me if unsure.' });
  const tags = [...model.ticket(TICKETS.rosteringDistrict)!.tags, ...plan.tags].filter((t) => !plan.removeTags.includes(t));
  const done = model.updateTicket(TICKETS.rosteringDistrict, { comment: { body: plan.note, public: false }, tags, group_id: GROUPS.tier1.id }, USERS.tier2Agent);
  if (!done.ok) throw new Error(done.error.description);
}

const returnPanel = () => screen.findByRole('region', { name: 'Returned by Tier 2' });

describe('a ticket Tier 2 returned to Tier 1', () => {
  const FIX = 'The Clever id is the teacher’s, not the student’s.\nAsk the student for theirs.';

  it('opens for Tier 1 with the return: who returned it, when, what to fix, and the procedure to resume suggested', async () => {
    tier1Escalates(PACKET);
    tier2Returns(FIX);
    const client = modelClient(model, TICKETS.rosteringDistrict, { settings: SETTINGS });
    const { unmount } = render(<App init={{ ok: true, client }} />);

    const panel = within(await returnPanel());
    const tier2Agent = BUILTIN_SEED.users.find((u) => u.id === USERS.tier2Agent)!;
    expect(await panel.findByText((text) => text.startsWith(`${tier2Agent.name} returned this ticket to Tier 1 on `))).toBeVisible();
    expect(panel.getByText((_, el) => el?.tagName === 'P' && el.textContent === FIX)).toBeVisible();
    expect(panel.getByText('Call me if unsure.')).toBeVisible();
    expect(panel.getByText(/^To resume: update the information collected/)).toBeVisible();
    const resumes = TREES.tier2.outcomes.returned_to_tier1?.handoff;
    expect(screen.getByRole('button', { name: `${TREES[resumes?.kind === 'tree' ? resumes.tree : 'tier2'].title} (suggested)` })).toBeVisible();
    expect(screen.getByText('Suggested: Tier 2 returned this ticket; fix what it names and run this again.')).toBeVisible();
    // One read of the comments, with their authors sideloaded: no request for the user.
    expect(model.log.find('GET', /comments\.json\?sort_order=desc&include=users/)).toHaveLength(1);
    expect(model.log.find('GET', /users\//)).toHaveLength(0);

    // Escalated again after the return, it is Tier 2's once more: no return panel, and the return note is not read.
    unmount();
    model.log.clear();
    tier1Escalates(PACKET);
    render(<App init={{ ok: true, client: modelClient(model, TICKETS.rosteringDistrict, { settings: SETTINGS }) }} />);
    expect(await readBack()).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Returned by Tier 2' })).toBeNull();
    // One read of the comments, Tier 1's note's (its authors sideloaded too): none for the return.
    expect(model.log.find('GET', /comments\.json/)).toHaveLength(1);
  });

  it('the Tier 2 read-back says it was returned, not the stale “packet complete” of the escalation', async () => {
    tier1Escalates(PACKET);
    tier2Returns(FIX);
    openAsTier2(TICKETS.rosteringDistrict);
    const panel = within(await readBack());
    expect(await panel.findByText(/^Returned to Tier 1: this packet went back to be fixed/)).toBeVisible();
    expect(panel.queryByText('The packet is complete.')).toBeNull();
    expect(within(await returnPanel()).getByText(FIX.split('\n')[0]!, { exact: false })).toBeVisible();
  });
});
