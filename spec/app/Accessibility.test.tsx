import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { TREES } from '../../src/trees';
import { answerLabel, pendingAnswers, renderApp, SSO_ORG, ticketData } from './renderApp';

const announced = () => screen.getAllByRole('status').find((el) => el.getAttribute('aria-live') === 'polite' && el.getAttribute('aria-atomic') === 'true');

async function axeViolations(container: HTMLElement) {
  // jsdom does no layout: colour contrast is checked in the browser tests.
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The page's outline: its headings in document order, as level and name. */
const outline = () => screen.getAllByRole('heading').map((h) => `h${h.tagName.slice(1)} ${h.textContent ?? ''}`);

describe('accessibility', () => {
  it('the whole walk works by keyboard; focus moves to each new question and a live region announces it', async () => {
    const user = userEvent.setup({ delay: null });
    const { container } = renderApp({ data: ticketData({ 'ticket.organization': SSO_ORG }) });
    await screen.findByRole('heading', { name: 'Choose a procedure' });
    expect(await axeViolations(container)).toEqual([]);
    // The app's name is the page's one h1 (read, not shown), and the sections' headings follow it as h2.
    expect(outline()).toEqual(['h1 Clever Triage', 'h2 Choose a procedure']);

    // Tab to the suggested procedure and press Enter.
    const suggested = screen.getByRole('button', { name: `${TREES.access.title} (suggested)` });
    while (document.activeElement !== suggested) await user.tab();
    await user.keyboard('{Enter}');

    const heading = () => screen.getByRole('heading', { level: 2, name: (_, el) => el.id === 'question-title' });
    expect(heading()).toHaveFocus();
    expect(heading()).toHaveTextContent(/Clever portion of the login process/);
    expect(announced()).toHaveTextContent(/^Step 2a: Is the user having difficulty with the Clever portion/);

    // From the question, Tab reaches the answers; Enter answers.
    const answer = async (node: string, id: string) => {
      const button = pendingAnswers().getByRole('button', { name: answerLabel(node, id) });
      while (document.activeElement !== button) await user.tab();
      await user.keyboard('{Enter}');
    };
    await answer('access.2a', 'no');
    expect(heading()).toHaveFocus();
    expect(announced()).toHaveTextContent(/^Step 2b: /);
    expect(await axeViolations(container)).toEqual([]);

    await answer('access.2b', 'yes');
    const outcome = await screen.findByRole('heading', { level: 2, name: (_, el) => el.id === 'outcome-title' });
    expect(outcome).toHaveFocus();
    expect(announced()).toHaveTextContent(`Outcome: ${TREES.access.outcomes.escalate_school_district_association!.title}`);
    expect(await axeViolations(container)).toEqual([]);
    expect(outline().filter((h) => h.startsWith('h1'))).toEqual(['h1 Clever Triage']);
  });

  it('loading a resumed session does not move focus into the sidebar', async () => {
    const user = userEvent.setup({ delay: null });
    const first = renderApp({ data: ticketData({ 'ticket.organization': SSO_ORG }) });
    await user.click(await screen.findByRole('button', { name: /^Tier 1: troubleshooting access issues/ }));
    first.unmount();
    renderApp({ data: ticketData({ 'ticket.organization': SSO_ORG }) });
    await screen.findByText('Session resumed');
    expect(document.body).toHaveFocus();
  });
});
