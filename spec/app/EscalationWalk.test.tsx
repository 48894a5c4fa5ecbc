import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GROUPS, TICKETS, USERS } from '../../harness/fixtures';
import { plainBody } from '../../harness/zendesk/text';
import { App } from '../../src/app/shell/App';
import { classify } from '../../src/triage/classify';
import { walk } from '../../src/triage/engine';
import { planWrite } from '../../src/triage/planWrite';
import { parseSettings } from '../../src/triage/settings';
import { TREES } from '../../src/trees';
import { modelClient } from './modelClient';
import { answer, answerLabel, findOutcome } from './renderApp';
import { zendeskServerPerFile } from '../support/zendeskServer';

const { model } = zendeskServerPerFile();
afterEach(() => localStorage.clear());

const SETTINGS = { tier2_group_id: String(GROUPS.tier2.id) };
const CLEVER_ID = '5f1e2d3c4b5a69788796a5b4';

describe('an SSO district ticket walked to a Tier 2 escalation', () => {
  it('a student who cannot enroll in an SSO course → escalate to Tier 2, writing one private note, the tags and the group', async () => {
    const user = userEvent.setup({ delay: null });
    const client = modelClient(model, TICKETS.ssoDistrict, { settings: SETTINGS });
    render(<App init={{ ok: true, client }} />);

    // The district is read from the organization: Clever SSO.
    const district = await screen.findByRole('region', { name: 'District' });
    expect(within(district).getByText('Clever SSO')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Tier 1: troubleshooting access issues (suggested)' }));
    // Step 1 is answered by the app from the organization record.
    const trail = screen.getByRole('region', { name: 'Answered so far' });
    expect(within(trail).getByRole('button', { name: `Step 1 · ${answerLabel('access.1', 'yes')} app` })).toBeVisible();

    await answer(user, 'access.2a', 'no'); // not the Clever part of the login
    await answer(user, 'access.2b', 'no'); // not "VHL does not recognize your school"
    await answer(user, 'access.3', 'yes'); // has a VHL Central account
    await answer(user, 'access.4', 'yes'); // the username is a Clever id
    await answer(user, 'access.5', 'yes'); // course at the correct school
    await answer(user, 'access.6', 'yes'); // course in the Clever-associated account
    // Step 7 (which integration) is answered by the app: SSO, so step 7a.
    await answer(user, 'access.7a', 'no'); // the student cannot enroll or gets errors

    const outcome = await findOutcome();
    expect(outcome.getByRole('heading', { level: 2 })).toHaveTextContent(TREES.access.outcomes.sso_enrollment_error!.title);
    expect(outcome.getByText('Escalate to Tier 2')).toBeVisible();
    const warnings = outcome.getByText('Warnings').closest('[role="alert"], [data-garden-id="notifications.alert"]') as HTMLElement;
    expect(within(warnings).getByText(/DO NOT try to disable the account or recreate the account/)).toBeVisible();

    const fill = async (field: HTMLElement, text: string) => {
      await user.click(field);
      await user.paste(text);
    };
    await fill(screen.getByLabelText(/User’s Clever id/), CLEVER_ID);
    await fill(screen.getByLabelText(/What you did to replicate it/), 'Enrolled as the student; error "Course unavailable".');
    await user.click(within(screen.getByRole('group', { name: /Screenshots recorded/ })).getByLabelText('Yes'));
    await fill(screen.getByLabelText('Remark (optional)'), 'Teacher confirmed the section.');

    // The preview, opened, is exactly what planWrite makes of this walk.
    await user.click(screen.getByRole('button', { name: 'Preview the note' }));
    const previewed = screen.getByLabelText('Internal note (private), exactly as it will be written');
    expect(previewed).toBeVisible();
    const preview = previewed.textContent ?? '';
    const refId = /Reference: clever-triage\/(\S+)/.exec(preview)?.[1];
    const settings = parseSettings(SETTINGS).settings;
    const org = client.data['ticket.organization'];
    const expected = planWrite(
      TREES.access,
      walk(
        TREES.access,
        classify(org, settings, new Date()),
        { 'access.2a': 'no', 'access.2b': 'no', 'access.3': 'yes', 'access.4': 'yes', 'access.5': 'yes', 'access.6': 'yes', 'access.7a': 'no' },
        { refId },
      ),
      settings,
      {
        collected: { user_clever_id: CLEVER_ID, replication: 'Enrolled as the student; error "Course unavailable".', screenshots_attached: 'yes' },
        remark: 'Teacher confirmed the section.',
        // The ticket is assigned to the Tier 1 agent, who is not in Tier 2: the escalation clears the assignee.
        assignment: {
          assignee: { userId: USERS.tier1Agent, groupId: GROUPS.tier1.id },
          currentUser: { id: USERS.tier1Agent, groupIds: [GROUPS.tier1.id] },
          escalatedBy: null,
        },
      },
    );
    expect(preview).toBe(expected.note);
    for (const tag of expected.tags) expect(screen.getByText(tag)).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Write note and tags' }));
    expect(await screen.findByText('The internal note and the tags are on the ticket.')).toBeVisible();

    const ticket = model.ticket(TICKETS.ssoDistrict)!;
    // Zendesk keeps a plain-text body as plain text, with runs of spaces collapsed.
    const notes = ticket.comments.filter((c) => c.body === plainBody(expected.note));
    expect(notes).toHaveLength(1);
    expect(notes[0]!.public).toBe(false);
    expect(ticket.tags).toEqual(expect.arrayContaining(['clever', 'login', ...expected.tags]));
    expect(ticket.group_id).toBe(GROUPS.tier2.id);
    expect(ticket.assignee_id).toBeNull();
    // The session is finished: nothing is kept to resume.
    expect(Object.keys(localStorage).filter((k) => k.includes(':session:'))).toEqual([]);
  }, 30_000);
});
