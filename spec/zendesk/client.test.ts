import {
  initClient,
  readContext,
  readMetadata,
  resize,
  routeToTicket,
  subscribe,
} from '../../src/zendesk/client';
import type { ZafClientFactory } from '../../src/zendesk/zaf';
import { FakeClient } from '../support/fakeClient';

describe('starting the ZAF client', () => {
  it('gives the client when Zendesk opened the page', () => {
    const client = new FakeClient();
    expect(initClient({ init: () => client })).toEqual({ ok: true, client });
  });

  it('says "not in Zendesk" when ZAFClient.init() returns false (no origin or app_guid in the URL)', () => {
    expect(initClient({ init: () => false })).toEqual({ ok: false, reason: 'not-in-zendesk' });
  });

  it('says "no SDK" when the SDK script did not load', () => {
    expect(initClient(undefined)).toEqual({ ok: false, reason: 'no-sdk' });
    expect(initClient({} as ZafClientFactory)).toEqual({ ok: false, reason: 'no-sdk' });
  });

  it('reads window.ZAFClient by default', () => {
    const client = new FakeClient();
    window.ZAFClient = { init: () => client };
    try {
      expect(initClient()).toEqual({ ok: true, client });
    } finally {
      delete window.ZAFClient;
    }
    expect(initClient()).toEqual({ ok: false, reason: 'no-sdk' });
  });
});

describe('context and metadata', () => {
  it('knows the ticket sidebar and its ticket', async () => {
    const client = new FakeClient({ context: { location: 'ticket_sidebar', ticketId: 101 } });
    expect(await readContext(client)).toEqual({ location: 'ticket_sidebar', locationName: 'ticket_sidebar', ticketId: 101 });
  });

  it('a new ticket has no id; an unknown location is named as it is', async () => {
    const client = new FakeClient({ context: { location: 'new_ticket_sidebar', ticketId: undefined } });
    expect(await readContext(client)).toEqual({ location: 'other', locationName: 'new_ticket_sidebar', ticketId: null });
  });

  it('parses the settings in the one place settings are parsed, with their problems', async () => {
    const client = new FakeClient({ settings: { tag_prefix: 'Not A Prefix!', tier2_group_id: '42' } });
    const metadata = await readMetadata(client);
    expect(metadata.installationId).toBe(1);
    expect(metadata.settings.settings.tier2_group_id).toBe(42);
    expect(metadata.settings.settings.tag_prefix).toBe('clever_');
    expect(metadata.settings.problems.map((p) => p.setting)).toEqual(['tag_prefix']);
  });
});

describe('what the app asks of Zendesk', () => {
  it('resizes the iframe to whole pixels', async () => {
    const client = new FakeClient();
    await resize(client, 412.3);
    expect(client.invocations('resize')).toEqual([[{ height: '413px' }]]);
  });

  it('opens another ticket', async () => {
    const client = new FakeClient();
    await routeToTicket(client, 202);
    expect(client.invocations('routeTo')).toEqual([['ticket', 202]]);
  });

  it('subscribes to an event and unsubscribes with the function it returns', () => {
    const client = new FakeClient();
    const seen: unknown[] = [];
    const unsubscribe = subscribe(client, 'ticket.tags.changed', (data) => seen.push(data));
    client.trigger('ticket.tags.changed', ['a']);
    unsubscribe();
    client.trigger('ticket.tags.changed', ['b']);
    expect(seen).toEqual([['a']]);
    expect(client.listenerCount('ticket.tags.changed')).toBe(0);
  });
});
