import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answer, answerLabel, findOutcome, org, pendingAnswers, renderApp, SSO_ORG, ticketData } from './renderApp';

/**
 * Issue 19, point 7: the answers the district record allows are offered; the rest are one click
 * away, behind “the district record is wrong”, and the note marks one chosen from there.
 */

const ROSTERING_ONLY = 'accurate_rostering_missing_in_vhl';
const RECORD_WRONG = 'The district record is wrong — show every answer';

async function startWalk(procedure: RegExp, organization: unknown) {
  const user = userEvent.setup({ delay: null });
  // An escalated ticket: the Tier 2 procedure is among those offered.
  renderApp({ data: ticketData({ 'ticket.organization': organization, 'ticket.tags': ['clever_escalated_tier2'] }) });
  await user.click(await screen.findByRole('button', { name: procedure }));
  return user;
}

const labels = () => pendingAnswers().getAllByRole('button').map((b) => b.textContent);

describe('answers the district record rules out', () => {
  it('access step 7b is “b. Rostering only”: in an SSO district, Tier 2 step 3 keeps its rostering answer behind the disclosure, and the note marks it', async () => {
    const user = await startWalk(/^Tier 2: escalations/, SSO_ORG);
    await answer(user, 'tier2.1', 'yes');
    await answer(user, 'tier2.2', 'yes');

    expect(labels()).toEqual([answerLabel('tier2.3', 'yes'), answerLabel('tier2.3', 'no')]);
    const disclosure = screen.getByRole('button', { name: RECORD_WRONG });
    expect(disclosure).toHaveAttribute('aria-expanded', 'false');
    const hidden = screen.getByRole('button', { name: answerLabel('tier2.3', ROSTERING_ONLY), hidden: true });
    expect(hidden).not.toBeVisible();

    await user.click(disclosure);
    expect(disclosure).toHaveAttribute('aria-expanded', 'true');
    const others = within(screen.getByRole('group', { name: 'Answers the district record rules out' }));
    expect(others.getByText(/noted as chosen against the district record/)).toBeVisible();
    await user.click(others.getByRole('button', { name: answerLabel('tier2.3', ROSTERING_ONLY) }));

    await findOutcome();
    await user.click(screen.getByRole('button', { name: 'Preview the note' }));
    const preview = screen.getByLabelText('Internal note (private), exactly as it will be written').textContent ?? '';
    expect(preview).toContain(`- tier2.3 = ${ROSTERING_ONLY} [agent, against the district record]: `);
  });

  it('in a rostering district every answer of Tier 2 step 3 is offered, with no disclosure', async () => {
    const user = await startWalk(/^Tier 2: escalations/, org('Maple Middle', { parent_account: 'Riverside USD', lms: 'Clever Rostering District' }));
    await answer(user, 'tier2.1', 'yes');
    await answer(user, 'tier2.2', 'yes');
    expect(labels()).toEqual(['yes', 'no', ROSTERING_ONLY].map((id) => answerLabel('tier2.3', id)));
    expect(screen.queryByRole('button', { name: RECORD_WRONG })).toBeNull();
  });

  it('transfers step 1 for a school outside Clever by its record: both integrations, said to be against the record, and the note marks the one chosen', async () => {
    const user = await startWalk(/^Tier 1: school transfers/, org('Capital City High', { lms: 'Canvas' }));
    await answer(user, 'transfers.1', 'yes');
    await answer(user, 'transfers.1.clever_profile', 'yes');
    expect(screen.getByText(/rules out every answer \(the school is not in Clever by its record\)/)).toBeVisible();
    expect(labels()).toEqual([answerLabel('transfers.1.integration', 'sso'), answerLabel('transfers.1.integration', 'rostering')]);
    expect(screen.queryByRole('button', { name: RECORD_WRONG })).toBeNull();

    await answer(user, 'transfers.1.integration', 'sso');
    expect(screen.queryByText(/rules out every answer/)).toBeNull();
    await answer(user, 'transfers.1.new_school_listed', 'yes');
    await findOutcome();
    await user.click(screen.getByRole('button', { name: 'Preview the note' }));
    const preview = screen.getByLabelText('Internal note (private), exactly as it will be written').textContent ?? '';
    expect(preview).toContain('- transfers.1.integration = sso [agent, against the district record]: ');
  });
});
