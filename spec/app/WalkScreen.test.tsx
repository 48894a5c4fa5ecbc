import { act, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { ClientProvider } from '../../src/app/shell/ClientProvider';
import { useTicketSession, type TicketSessionInput } from '../../src/app/walk/useTicketSession';
import { classify } from '../../src/triage/classify';
import { DEFAULT_SETTINGS } from '../../src/triage/settings';
import type { TicketSnapshot } from '../../src/triage/snapshot';
import { TREES } from '../../src/trees';
import { FakeClient } from '../support/fakeClient';
import { AGENT, renderApp, SSO_ORG, ticketData } from './renderApp';

// The walk's screen fails to load once (a dropped connection), then loads.
let mockFailures = 1;
jest.mock('../../src/app/walk/WalkScreen', () => {
  if (mockFailures > 0) {
    mockFailures -= 1;
    throw new Error('Loading chunk walk failed');
  }
  return jest.requireActual('../../src/app/walk/WalkScreen');
});

const snapshot: TicketSnapshot = {
  ticketId: 2,
  status: 'open',
  tags: [],
  requester: null,
  organization: SSO_ORG,
  currentUser: { ...AGENT },
  assignee: { userId: null, groupId: null },
};
const classification = classify(SSO_ORG, DEFAULT_SETTINGS, new Date());

/** The session hook of ticket 2, as the walk's screen mounts it, inside a registered app. */
async function mountSession(request: TicketSessionInput['request']) {
  const client = new FakeClient({ data: ticketData() });
  const wrapper = ({ children }: { children: ReactNode }) => <ClientProvider init={{ ok: true, client }}>{children}</ClientProvider>;
  const input: TicketSessionInput = { snapshot, ticketId: 2, classification, request, firstSeen: { snapshot, classification }, onShown: () => undefined };
  const hook = renderHook(() => useTicketSession(input), { wrapper });
  await waitFor(() => expect(hook.result.current).toBeTruthy());
  return hook;
}

describe("the walk's screen, behind the first screen", () => {
  it('when it cannot be loaded, the sidebar says so instead of the procedures, and Try again loads it', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp({ data: ticketData({ 'ticket.organization': SSO_ORG }) });
    expect(await screen.findByText('The procedure could not be loaded')).toBeVisible();
    expect(screen.getByRole('region', { name: 'District' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await user.click(await screen.findByRole('button', { name: /^Tier 1: troubleshooting access issues/ }));
    expect(await screen.findByRole('heading', { level: 2, name: /Clever portion of the login process/ })).toBeVisible();
    expect(screen.queryByText('The procedure could not be loaded')).toBeNull();
  });

  it('a procedure chosen on the first screen starts as the walk screen mounts, and takes the focus', async () => {
    const { result } = await mountSession({ tree: 'access', n: 1 });
    expect(result.current.session.walk?.tree).toBe('access');
    // A move of the agent's: the first question takes the focus.
    expect(result.current.session.moves).toBe(1);
  });

  it('a saved walk is resumed as the walk screen mounts, without taking the focus', async () => {
    const saved = await mountSession(null);
    act(() => saved.result.current.dispatch({ type: 'start', tree: TREES.transfers, classification }));
    saved.unmount();

    const { result } = await mountSession(null);
    expect(result.current.session).toMatchObject({ walk: { tree: 'transfers' }, moves: 0, notices: [{ kind: 'resumed', tree: 'transfers' }] });
  });
});
