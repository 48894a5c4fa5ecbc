import { act, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useSession } from '../../src/app/walk/useSession';
import { classify } from '../../src/triage/classify';
import { DEFAULT_SETTINGS } from '../../src/triage/settings';
import { renderApp, SSO_ORG, ticketData } from './renderApp';

// The walk's chunk fails once (a dropped connection), then loads.
let mockFailures = 1;
jest.mock('../../src/app/walk/walker', () => {
  if (mockFailures > 0) {
    mockFailures -= 1;
    throw new Error('Loading chunk walk failed');
  }
  return jest.requireActual('../../src/app/walk/walker');
});

const walker = () => jest.requireActual<typeof import('../../src/app/walk/walker')>('../../src/app/walk/walker');
const classification = classify(SSO_ORG, DEFAULT_SETTINGS, new Date());

describe("the walk's own chunk", () => {
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

  it('a procedure chosen before the chunk has arrived starts as soon as it does, and takes the focus', () => {
    const { result, rerender } = renderHook(({ loaded }) => useSession(1, 1, classification, loaded), {
      initialProps: { loaded: null as ReturnType<typeof walker> | null },
    });
    act(() => result.current.choose('access'));
    expect(result.current).toMatchObject({ session: null, waiting: true });

    rerender({ loaded: walker() });
    expect(result.current.waiting).toBe(false);
    expect(result.current.session?.walk?.tree).toBe('access');
    // A move of the agent's: the first question takes the focus.
    expect(result.current.session?.moves).toBe(1);
  });

  it('a saved walk is resumed by the chunk, without taking the focus', () => {
    const saved = renderHook(() => useSession(2, 1, classification, walker()));
    act(() => saved.result.current.choose('transfers'));
    saved.unmount();

    const { result, rerender } = renderHook(({ loaded }) => useSession(2, 1, classification, loaded), {
      initialProps: { loaded: null as ReturnType<typeof walker> | null },
    });
    expect(result.current).toMatchObject({ session: null, waiting: false });
    rerender({ loaded: walker() });
    expect(result.current.session).toMatchObject({ walk: { tree: 'transfers' }, moves: 0, notices: [{ kind: 'resumed', tree: 'transfers' }] });
  });
});
