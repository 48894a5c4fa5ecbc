import { screen } from '@testing-library/react';
import { chooseProcedure } from '../../src/app/sidebar/suggestProcedure';
import { classify } from '../../src/triage/classify';
import { DEFAULT_SETTINGS, parseSettings } from '../../src/triage/settings';
import type { TicketSnapshot } from '../../src/triage/snapshot';
import { AGENT, org, renderApp, ROSTERING_ORG, SSO_ORG, ticketData } from './renderApp';

const TIER2 = { id: 200, name: 'Tier 2' };
const settings = parseSettings({ tier2_group_id: '200' }).settings;

function snapshot(over: Partial<TicketSnapshot> = {}): TicketSnapshot {
  return { ticketId: 1, status: 'open', tags: [], requester: null, organization: SSO_ORG, currentUser: { ...AGENT }, assignee: { userId: null, groupId: null }, ...over };
}
const choose = (s: TicketSnapshot, st = settings) => chooseProcedure(s, classify(s.organization, st, new Date()), st);

describe('which procedure is suggested', () => {
  it('a Tier 1 agent is offered access, transfers and sync, and access is suggested', () => {
    const choice = choose(snapshot());
    expect(choice.offered).toEqual(['access', 'transfers', 'sync']);
    expect(choice.suggested).toBe('access');
    expect(choice.why.key).toBe('procedure.why.default');
  });

  it('a rostering district still starts with access problems, whose step 7b covers sync delays', () => {
    expect(choose(snapshot({ organization: ROSTERING_ORG })).why.key).toBe('procedure.why.rosteringDefault');
  });

  it('a school outside Clever, or no organization, is told what access problems’ step 1 does for it, not that it is a Clever ticket', async () => {
    expect(choose(snapshot({ organization: org('St. Agnes', {}) }))).toMatchObject({ suggested: 'access', why: { key: 'procedure.why.notClever' } });
    expect(choose(snapshot({ organization: null }))).toMatchObject({ suggested: 'access', why: { key: 'procedure.why.noOrganization' } });
    renderApp({ data: ticketData({ 'ticket.organization': null }) });
    expect(await screen.findByText('Suggested: access problems; its step 1 asks which district the school is in.')).toBeVisible();
    expect(screen.queryByText(/every Clever ticket/)).toBeNull();
  });

  it('a tag naming a transfer or a sync suggests that procedure', () => {
    expect(choose(snapshot({ tags: ['school_transfer'] }))).toMatchObject({ suggested: 'transfers', why: { vars: { tag: 'school_transfer' } } });
    expect(choose(snapshot({ tags: ['dual_enrollment'] })).suggested).toBe('transfers');
    expect(choose(snapshot({ tags: ['sis_sync_hold'] })).suggested).toBe('sync');
  });

  it('a tree tag from an earlier walk suggests that tree again', () => {
    expect(choose(snapshot({ tags: ['clever_tree_sync'] }))).toMatchObject({ suggested: 'sync', why: { key: 'procedure.why.earlierWalk' } });
  });

  it('Tier 2 escalation is offered to Tier 2 agents and on escalated tickets, and suggested there', () => {
    const tier2Agent = { ...AGENT, groups: [TIER2] };
    expect(choose(snapshot({ currentUser: tier2Agent }))).toMatchObject({ suggested: 'tier2', offered: ['access', 'transfers', 'sync', 'tier2'] });
    const escalated = snapshot({ tags: ['clever_escalated_tier2'] });
    expect(choose({ ...escalated, currentUser: tier2Agent })).toMatchObject({ suggested: 'tier2', why: { key: 'procedure.why.escalatedTier2Agent' } });
    // A Tier 1 agent is not pointed at Tier 2's procedure: the ticket is with Tier 2; Tier 1's own walk comes first.
    expect(choose(escalated)).toMatchObject({ suggested: 'access', why: { key: 'procedure.why.escalatedTier1' } });
    expect(choose(snapshot({ tags: ['clever_escalated_tier2', 'clever_tree_transfers'] }))).toMatchObject({
      suggested: 'transfers',
      offered: ['access', 'transfers', 'sync', 'tier2'],
    });
    // Without the Tier 2 group id set, group membership cannot be known: the reason names the escalation only.
    expect(choose(escalated, DEFAULT_SETTINGS)).toMatchObject({ suggested: 'tier2', why: { key: 'procedure.why.escalated' } });
    expect(choose(snapshot({ currentUser: tier2Agent }), DEFAULT_SETTINGS).offered).not.toContain('tier2');
  });

  it('the sidebar lists the suggested procedure first, marked as suggested in words, with the reason', async () => {
    renderApp({ data: ticketData({ 'ticket.organization': org('Maple', {}), 'ticket.tags': ['transfer_request'] }) });
    const buttons = await screen.findAllByRole('button', { name: /^Tier 1: |^Remind’s SIS sync/ });
    expect(buttons.map((b) => b.textContent)).toEqual([
      'Tier 1: school transfers and dual enrollments (suggested)',
      'Tier 1: troubleshooting access issues',
      'Remind’s SIS sync report (Clever–Remind sync): errors, alerts and holds',
    ]);
    expect(screen.getByText("Suggested from the ticket's tag transfer_request.")).toBeVisible();
    expect(screen.queryByRole('button', { name: /Tier 2/ })).toBeNull();
  });
});
