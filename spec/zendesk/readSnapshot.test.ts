import { parseSnapshot, readSnapshot, SNAPSHOT_PATHS } from '../../src/zendesk/readSnapshot';
import { FakeClient } from '../support/fakeClient';

const agent = { id: 7, name: 'Avery Agent', role: 'agent', locale: 'en-US', groups: [{ id: 11, name: 'Tier 1' }] };
const district = {
  id: 501,
  name: 'Lincoln Elementary',
  tags: ['k12', 'clever'],
  organizationFields: { parent_account: 'Springfield USD', parent_account_id: 88, lms: 'Clever SSO 2024-2025' },
};

function ticketData(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    'ticket.id': 101,
    'ticket.status': 'open',
    'ticket.tags': ['login', 'clever'],
    'ticket.requester': { id: 31, name: 'Pat Teacher', email: 'pat@school.example', locale: 'es-419' },
    'ticket.organization': district,
    currentUser: agent,
    'ticket.assignee': { user: { id: 7, name: 'Sam' }, group: { id: 11, name: 'Tier 1' } },
    ...overrides,
  };
}

describe('reading the ticket in one batched get', () => {
  it('asks ZAF once for every path the classification and the trees need', async () => {
    const client = new FakeClient({ data: ticketData() });
    const { snapshot, problems } = await readSnapshot(client);

    expect(client.gets).toEqual([[...SNAPSHOT_PATHS]]);
    expect(problems).toEqual([]);
    expect(snapshot).toEqual({
      ticketId: 101,
      status: 'open',
      tags: ['login', 'clever'],
      requester: { id: 31, name: 'Pat Teacher', email: 'pat@school.example', locale: 'es-419' },
      organization: {
        id: 501,
        name: 'Lincoln Elementary',
        tags: ['k12', 'clever'],
        organizationFields: { parent_account: 'Springfield USD', parent_account_id: 88, lms: 'Clever SSO 2024-2025' },
      },
      currentUser: agent,
      assignee: { userId: 7, groupId: 11 },
      text: { subject: '', description: '', fields: [] },
    });
  });

  it('reads what the customer wrote in the same get: subject, description and the ticket fields named, hostile text kept as text', async () => {
    const markup = '<img src=x onerror=alert(1)> VHL does not recognize your school';
    const client = new FakeClient({
      data: ticketData({ 'ticket.subject': 'Login', 'ticket.description': markup, 'ticket.customField:custom_field_9001': 'moved school', 'ticket.customField:custom_field_9002': 42 }),
    });
    const { snapshot, problems } = await readSnapshot(client, [], [9001, 9002, 9003]);
    expect(client.gets).toEqual([[...SNAPSHOT_PATHS, 'ticket.customField:custom_field_9001', 'ticket.customField:custom_field_9002', 'ticket.customField:custom_field_9003']]);
    // A field holding no text, or one the host does not know, is no text: it is only help for the agent.
    expect(snapshot.text).toEqual({ subject: 'Login', description: markup, fields: [{ id: 9001, value: 'moved school' }] });
    expect(problems).toEqual([]);
  });

  it('reads the requester’s language from the same get; a requester without one has none', () => {
    expect(parseSnapshot(ticketData({ 'ticket.requester': { id: 31, name: 'Pat', email: null, locale: 'es' } })).snapshot.requester?.locale).toBe('es');
    for (const locale of [undefined, null, '', 42]) {
      const { snapshot, problems } = parseSnapshot(ticketData({ 'ticket.requester': { id: 31, name: 'Pat', email: null, locale } }));
      expect(snapshot.requester).toEqual({ id: 31, name: 'Pat', email: null, locale: null });
      expect(problems).toEqual([]);
    }
  });

  it('reads an unassigned ticket, or an assignee ZAF did not give, as none', () => {
    expect(parseSnapshot(ticketData({ 'ticket.assignee': { user: null, group: { id: 11 } } })).snapshot.assignee).toEqual({ userId: null, groupId: 11 });
    expect(parseSnapshot(ticketData({ 'ticket.assignee': undefined })).snapshot.assignee).toEqual({ userId: null, groupId: null });
  });

  it('a new ticket (no id yet) and a ticket with no organization are states, not problems', () => {
    const { snapshot, problems } = parseSnapshot(ticketData({ 'ticket.id': null, 'ticket.status': 'new', 'ticket.organization': null }));
    expect(snapshot.ticketId).toBeNull();
    expect(snapshot.organization).toBeNull();
    expect(problems).toEqual([]);
  });

  it('keeps organization field values of odd types as they are, for classify to judge', () => {
    const odd = { parent_account: ['a', 'list'], parent_account_id: { nested: true }, lms: 2024, extra: null };
    const { snapshot, problems } = parseSnapshot(ticketData({ 'ticket.organization': { ...district, organizationFields: odd } }));
    expect(snapshot.organization?.organizationFields).toEqual(odd);
    expect(problems).toEqual([]);
  });

  it('takes the bidi overrides and zero-width characters out of the organization’s name and text fields, lists included', () => {
    const organization = { ...district, name: 'Lincoln\u202e Elementary\u200b', organizationFields: { parent_account: '\u2066Lincoln USD\u2069', lms: ['Clever\u200d SSO', 7], flag: false } };
    const { snapshot } = parseSnapshot(ticketData({ 'ticket.organization': organization }));
    expect(snapshot.organization?.name).toBe('Lincoln Elementary');
    expect(snapshot.organization?.organizationFields).toEqual({ parent_account: 'Lincoln USD', lms: ['Clever SSO', 7], flag: false });
  });

  it('reports an organization whose fields are not an object, and goes on with none', () => {
    const { snapshot, problems } = parseSnapshot(ticketData({ 'ticket.organization': { ...district, organizationFields: 'lms=Clever' } }));
    expect(snapshot.organization?.organizationFields).toEqual({});
    expect(snapshot.organization?.name).toBe('Lincoln Elementary');
    expect(problems).toEqual([{ path: 'ticket.organization.organizationFields', message: "expected the organization's fields, got a text" }]);
  });

  it('ticket tags that are not a list become no tags, with a problem', () => {
    const { snapshot, problems } = parseSnapshot(ticketData({ 'ticket.tags': 'login clever' }));
    expect(snapshot.tags).toEqual([]);
    expect(problems).toEqual([{ path: 'ticket.tags', message: 'expected a list of tags, got a text' }]);
  });

  it('drops tags that are not text and says how many', () => {
    const { snapshot, problems } = parseSnapshot(ticketData({ 'ticket.organization': { ...district, tags: ['k12', 7, null] } }));
    expect(snapshot.organization?.tags).toEqual(['k12']);
    expect(problems).toEqual([{ path: 'ticket.organization.tags', message: 'left out 2 of 3 tags: not text' }]);
  });

  it('a missing current user is null, with a problem', () => {
    const data = ticketData();
    delete data.currentUser;
    const { snapshot, problems } = parseSnapshot(data);
    expect(snapshot.currentUser).toBeNull();
    expect(problems).toEqual([{ path: 'currentUser', message: 'expected the signed-in agent with an id, got nothing' }]);
  });

  it('keeps the groups it can read and reports the others', () => {
    const { snapshot, problems } = parseSnapshot(ticketData({ currentUser: { ...agent, groups: [{ id: 11, name: 'Tier 1' }, { name: 'no id' }] } }));
    expect(snapshot.currentUser?.groups).toEqual([{ id: 11, name: 'Tier 1' }]);
    expect(problems).toEqual([{ path: 'currentUser.groups', message: 'left out 1 of 2 groups: no id' }]);
  });

  it("reports Zendesk's own error for a path once, with its reason, and reads the rest", async () => {
    const client = new FakeClient({ data: ticketData(), errors: { 'ticket.status': 'No such property' } });
    const { snapshot, problems } = await readSnapshot(client);
    expect(snapshot.status).toBe('');
    expect(snapshot.ticketId).toBe(101);
    expect(problems).toEqual([{ path: 'ticket.status', message: 'Zendesk could not read it: No such property' }]);
  });

  it('accepts ids given as digits (as some hosts send them) and refuses other ids', () => {
    const { snapshot, problems } = parseSnapshot(
      ticketData({ 'ticket.id': '101', 'ticket.requester': { id: 'x31', name: 'Pat' } }),
    );
    expect(snapshot.ticketId).toBe(101);
    expect(snapshot.requester).toBeNull();
    expect(problems).toEqual([{ path: 'ticket.requester', message: 'expected the requester with an id, got an object' }]);
  });

  it('never throws: a get that fails altogether gives an empty snapshot and says so', async () => {
    const client = new FakeClient();
    client.get = () => Promise.reject(new Error('host went away'));
    const { snapshot, problems } = await readSnapshot(client);
    expect(snapshot).toEqual({ ticketId: null, status: '', tags: [], requester: null, organization: null, currentUser: null, assignee: { userId: null, groupId: null } });
    expect(problems).toEqual([{ path: 'ticket', message: 'Zendesk did not answer: host went away' }]);
  });

  it('never throws on answers that are not objects at all', () => {
    for (const answer of [null, undefined, 42, 'text', []]) {
      expect(() => parseSnapshot(answer)).not.toThrow();
      expect(parseSnapshot(answer).snapshot.currentUser).toBeNull();
    }
  });
});
