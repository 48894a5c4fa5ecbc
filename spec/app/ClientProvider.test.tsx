import { act, render, screen } from '@testing-library/react';
import { App } from '../../src/app/shell/App';
import { FakeClient } from '../support/fakeClient';
import { org, renderApp, ticketData } from './renderApp';

describe('starting inside and outside Zendesk', () => {
  it('opened on its own (no SDK), it says to open it inside Zendesk or run the local demo', async () => {
    render(<App init={{ ok: false, reason: 'no-sdk' }} />);
    // Its own chunk: a sidebar in Zendesk never loads it.
    expect(await screen.findByText('Open this app inside Zendesk, or run npm start for the local demo.')).toBeVisible();
    expect(screen.getByText(/SDK did not load/)).toBeVisible();
  });

  it('opened without origin and app_guid, it gives the same advice and says why', async () => {
    render(<App init={{ ok: false, reason: 'not-in-zendesk' }} />);
    // Its own chunk: a sidebar in Zendesk never loads it.
    expect(await screen.findByText('Open this app inside Zendesk, or run npm start for the local demo.')).toBeVisible();
    expect(screen.getByText(/no origin or app_guid/)).toBeVisible();
  });

  it('renders nothing until Zendesk registers the app, then the ticket sidebar', async () => {
    const client = new FakeClient({ registered: false, data: ticketData({ 'ticket.organization': org('Lincoln High') }) });
    const { container } = render(<App init={{ ok: true, client }} />);
    await act(async () => undefined);
    expect(container).toBeEmptyDOMElement();
    expect(client.gets).toHaveLength(0);

    act(() => client.register());
    expect(await screen.findByText('Lincoln High')).toBeVisible();
  });

  it('in a location other than the ticket sidebar and the nav bar, it says the location is not supported', async () => {
    renderApp({ context: { location: 'top_bar' } });
    expect(await screen.findByText('This place is not supported')).toBeVisible();
    expect(screen.getByText(/opened in "top_bar"/)).toBeVisible();
  });
});

describe('fitting the sidebar to its content', () => {
  const observers: { callback: ResizeObserverCallback; target: Element | null }[] = [];
  beforeEach(() => {
    observers.length = 0;
    window.ResizeObserver = class {
      private entry: { callback: ResizeObserverCallback; target: Element | null };
      constructor(callback: ResizeObserverCallback) {
        this.entry = { callback, target: null };
        observers.push(this.entry);
      }
      observe(target: Element) {
        this.entry.target = target;
      }
      unobserve() {}
      disconnect() {
        this.entry.target = null;
      }
    };
  });
  afterEach(() => {
    // jsdom has none; leave it as found.
    delete (window as { ResizeObserver?: unknown }).ResizeObserver;
  });

  it('while the ticket is still loading, it leaves the iframe as it is: the one batched get is the only call', async () => {
    const client = new FakeClient({ data: ticketData() });
    const answer = new Promise<never>(() => undefined);
    const get = jest.spyOn(client, 'get').mockReturnValue(answer);
    render(<App init={{ ok: true, client }} />);
    expect(await screen.findByText('Loading the ticket…')).toBeInTheDocument();
    expect(get).toHaveBeenCalledTimes(1);
    expect(client.invocations('resize')).toEqual([]);
  });

  it('asks Zendesk to resize the iframe to the content height, once per new height', async () => {
    const { client } = renderApp({ data: ticketData({ 'ticket.organization': org('Lincoln High') }) });
    await screen.findByText('Lincoln High');
    const observer = observers.find((o) => o.target);
    expect(observer).toBeDefined();
    const target = observer!.target as HTMLElement;

    target.getBoundingClientRect = () => ({ height: 412.3 }) as DOMRect;
    act(() => observer!.callback([{ target } as unknown as ResizeObserverEntry], {} as ResizeObserver));
    act(() => observer!.callback([{ target } as unknown as ResizeObserverEntry], {} as ResizeObserver));
    const resizes = client.invocations('resize');
    expect(resizes.at(-1)).toEqual([{ height: '413px' }]);
    expect(resizes.filter(([arg]) => (arg as { height: string }).height === '413px')).toHaveLength(1);
  });
});
