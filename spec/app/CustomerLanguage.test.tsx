import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TREE_TEXT_ES } from '../../src/trees/es';
import { TREES } from '../../src/trees';
import { answer, findOutcome, renderApp, SSO_ORG, ticketData } from './renderApp';

/** Access step 2b Yes: VHL does not recognize the school, escalated with a text for the customer. */
const ASSOCIATION: [string, string][] = [
  ['access.2a', 'no'],
  ['access.2b', 'yes'],
];
const spanish = TREE_TEXT_ES.access.outcomes.escalate_school_district_association!.customerGuidance!;
const english = TREES.access.outcomes.escalate_school_district_association!.customerGuidance!;

async function walk(data: Record<string, unknown>, settings: Record<string, unknown> = {}) {
  const user = userEvent.setup({ delay: null });
  const view = renderApp({ settings, data: ticketData({ 'ticket.organization': SSO_ORG, ...data }) });
  await user.click(await screen.findByRole('button', { name: /^Tier 1: troubleshooting access issues/ }));
  for (const [node, id] of ASSOCIATION) await answer(user, node, id);
  return { user, outcome: await findOutcome(), ...view };
}

/** The customer text, folded below the write: opened as the agent opens it. */
async function guidanceOf(user: ReturnType<typeof userEvent.setup>, outcome: ReturnType<typeof within>) {
  await user.click(outcome.getByRole('button', { name: 'What to tell the customer' }));
  return within(outcome.getByRole('region', { name: 'What to tell the customer' }));
}
/** The paragraph that holds the text, with its language: the text's addresses are links inside it. */
const paragraph = (guidance: ReturnType<typeof within>, text: string) => guidance.getByText((_: string, el: Element | null) => el?.tagName === 'P' && el.textContent === text);

describe('the customer text in the customer’s language', () => {
  it('a Spanish-speaking requester: an agent working in English inserts the Spanish text by default, the English one click away', async () => {
    const { user, outcome, client } = await walk({ 'ticket.requester': { id: 7, name: 'Lucía', email: 'l@example.org', locale: 'es-419' } });
    // The agent's screens stay English.
    expect(outcome.getByRole('heading', { level: 2 })).toHaveTextContent(TREES.access.outcomes.escalate_school_district_association!.title);
    const guidance = await guidanceOf(user, outcome);
    expect(paragraph(guidance, spanish)).toHaveAttribute('lang', 'es');
    expect(guidance.getByRole('button', { name: 'Español' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(guidance.getByRole('button', { name: 'Insert into reply' }));
    expect(client.invocations('comment.appendText')).toEqual([[spanish]]);

    await user.click(guidance.getByRole('button', { name: 'English' }));
    expect(paragraph(guidance, english)).toHaveAttribute('lang', 'en');
    // Another language's text is another insert, not the one already in the reply.
    await user.click(guidance.getByRole('button', { name: 'Insert into reply' }));
    expect(client.invocations('comment.appendText')).toEqual([[spanish], [english]]);
  });

  it('with no one on the ticket reading Spanish, the English text alone, no language to choose', async () => {
    const { user, outcome } = await walk({ 'ticket.requester': { id: 7, name: 'Pat', email: 'p@example.org', locale: 'en-US' } });
    const guidance = await guidanceOf(user, outcome);
    expect(paragraph(guidance, english)).toHaveAttribute('lang', 'en');
    expect(guidance.queryByRole('group', { name: 'Language of the text for the customer' })).toBeNull();
  });

  it('the note is in the team’s language (English by default), not the customer’s; note_language es writes it in Spanish', async () => {
    const requester = { 'ticket.requester': { id: 7, name: 'Lucía', email: 'l@example.org', locale: 'es' } };
    const note = (outcome: ReturnType<typeof within>) => outcome.getByLabelText('Internal note (private), exactly as it will be written').textContent;
    const byDefault = await walk(requester);
    expect(note(byDefault.outcome)).toContain('Tell the customer:\n  | Thank you for letting us know.');
    byDefault.unmount();
    localStorage.clear();
    const inSpanish = await walk(requester, { note_language: 'es' });
    expect(note(inSpanish.outcome)).toContain('Tell the customer:\n  | Gracias por avisarnos.');
    expect(note(inSpanish.outcome)).toContain('Outcome: escalate_school_district_association (escalate_tier2): VHL no reconoce la escuela');
  });
});
