import { BUILTIN_SEED, GROUPS, TICKET_FIELDS, TICKETS, USERS } from '../../harness/fixtures';
import { districtIdTag, RIVERSIDE_PROBLEM } from '../../harness/insightsFixtures';
import { ZendeskModel, type Seed } from '../../harness/zendesk/model';
import { MAX_COMMENT_BYTES } from '../../harness/zendesk/text';
import { FAKE_ORIGIN as ORIGIN } from '../support/fakeClient';
import { zendeskServerPerFile } from '../support/zendeskServer';

const { model } = zendeskServerPerFile();

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies under test

async function api(method: string, path: string, body?: unknown): Promise<{ status: number; json: Json; headers: Headers }> {
  const res = await fetch(`${ORIGIN}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Json, headers: res.headers };
}

const getTicket = async (id: number): Promise<Json> => (await api('GET', `/api/v2/tickets/${id}.json`)).json.ticket as Json;
const comments = async (id: number): Promise<Json[]> => (await api('GET', `/api/v2/tickets/${id}/comments.json`)).json.comments as Json[];
const update = (id: number, ticket: Json) => api('PUT', `/api/v2/tickets/${id}.json`, { ticket });

describe('Update Ticket with safe_update', () => {
  it('applies an update made with the current updated_stamp', async () => {
    const { updated_at } = await getTicket(TICKETS.ssoDistrict);
    const res = await update(TICKETS.ssoDistrict, { comment: { body: 'note', public: false }, safe_update: true, updated_stamp: updated_at });
    expect(res.status).toBe(200);
    expect(res.json.ticket.updated_at).not.toBe(updated_at);
  });

  it('answers 409 with Zendesk’s error body when the ticket changed since it was read, and applies nothing', async () => {
    const { updated_at: stale } = await getTicket(TICKETS.ssoDistrict);
    await update(TICKETS.ssoDistrict, { tags: ['someone_else'] });
    const res = await update(TICKETS.ssoDistrict, { comment: { body: 'late note', public: false }, tags: ['mine'], safe_update: true, updated_stamp: stale });
    expect(res.status).toBe(409);
    expect(res.json).toEqual({ error: 'UpdateConflict', description: expect.stringContaining('Safe Update') });
    expect((await getTicket(TICKETS.ssoDistrict)).tags).toEqual(['someone_else']);
    expect((await comments(TICKETS.ssoDistrict)).map((c) => c.body)).not.toContain('late note');
  });

  it('stamps updated_at in whole seconds: two updates in one second share it, and safe_update lets the second through', () => {
    let now = Date.parse('2026-11-23T12:00:00.100Z');
    const pinned = new ZendeskModel(BUILTIN_SEED, { now: () => now });
    const first = pinned.updateTicket(TICKETS.ssoDistrict, { tags: ['a'] }, USERS.tier1Agent);
    if (!first.ok) throw new Error('the first update failed');
    expect(first.ticket.updated_at).toBe('2026-11-23T12:00:00Z');

    now += 800;
    const second = pinned.updateTicket(TICKETS.ssoDistrict, { tags: ['b'], safe_update: true, updated_stamp: '2026-11-23T12:00:00Z' }, USERS.tier1Agent);
    expect(second).toMatchObject({ ok: true, ticket: { updated_at: '2026-11-23T12:00:00Z', tags: ['b'] } });
  });
});

describe('group and assignee', () => {
  it('refuses a group change whose assignee is not a member of the new group, with Zendesk’s body, and applies nothing', async () => {
    await update(TICKETS.ssoDistrict, { assignee_id: USERS.tier1Agent });
    const res = await update(TICKETS.ssoDistrict, { group_id: GROUPS.tier2.id, comment: { body: 'escalation', public: false } });
    expect(res.status).toBe(422);
    expect(res.json).toEqual({
      error: 'RecordInvalid',
      description: 'Record validation errors',
      details: { assignee: [{ description: 'Assignee: is not a member of the group' }] },
    });
    expect(await getTicket(TICKETS.ssoDistrict)).toMatchObject({ group_id: GROUPS.tier1.id, assignee_id: USERS.tier1Agent });
    expect((await comments(TICKETS.ssoDistrict)).map((c) => c.body)).not.toContain('escalation');
  });

  it('takes the group change with the assignee cleared, or given to a member', async () => {
    await update(TICKETS.ssoDistrict, { assignee_id: USERS.tier1Agent });
    expect((await update(TICKETS.ssoDistrict, { group_id: GROUPS.tier2.id, assignee_id: null })).status).toBe(200);
    expect((await update(TICKETS.ssoDistrict, { group_id: GROUPS.tier1.id, assignee_id: USERS.tier1Agent })).status).toBe(200);
  });
});

describe('tags', () => {
  it('replaces the whole list when tags is sent on Update Ticket', async () => {
    expect((await getTicket(TICKETS.ssoDistrict)).tags).toEqual(['clever', 'login']);
    await update(TICKETS.ssoDistrict, { tags: ['clever_district_sso'] });
    expect((await getTicket(TICKETS.ssoDistrict)).tags).toEqual(['clever_district_sso']);
  });

  it('stores tags lowercase and splits a tag with a space in two', async () => {
    const res = await update(TICKETS.ssoDistrict, { tags: ['Clever_District_SSO', 'escalated tier2', 'ESCALATED'] });
    expect(res.json.ticket.tags).toEqual(['clever_district_sso', 'escalated', 'tier2']);
  });

  it('adds with PUT, replaces with POST and removes with DELETE on the tags endpoint', async () => {
    const path = `/api/v2/tickets/${TICKETS.ssoDistrict}/tags.json`;
    expect((await api('PUT', path, { tags: ['Added'] })).json.tags).toEqual(['clever', 'login', 'added']);
    expect((await api('DELETE', path, { tags: ['login'] })).json.tags).toEqual(['clever', 'added']);
    expect((await api('POST', path, { tags: ['only'] })).json.tags).toEqual(['only']);
  });
});

describe('comments', () => {
  const withTicket = (existing: { public: boolean }[]): Seed => ({
    ...BUILTIN_SEED,
    tickets: [{ id: 1, subject: 's', status: 'open', tags: [], organization_id: null, requester_id: 2005, comments: existing.map((c) => ({ ...c, author_id: 2005, body: 'earlier' })) }],
  });

  it.each([
    // Zendesk: "The initial value set on ticket creation persists for any additional comment unless you change it".
    { earlier: [{ public: true }, { public: false }], expected: true, why: 'the ticket was created with a public comment, whatever came since' },
    { earlier: [{ public: false }, { public: true }], expected: false, why: 'the ticket was created with an internal comment, whatever came since' },
    { earlier: [], expected: true, why: 'a new ticket’s first comment is public' },
  ])('a comment without `public` is public=$expected when $why', async ({ earlier, expected }) => {
    model.reset(withTicket(earlier));
    await update(1, { comment: { body: 'no public flag' } });
    expect((await comments(1)).at(-1)).toMatchObject({ body: 'no public flag', public: expected });
  });

  it('keeps an explicit public:false whatever came before', async () => {
    model.reset(withTicket([{ public: true }]));
    await update(1, { comment: { body: 'internal', public: false } });
    expect((await comments(1)).at(-1)?.public).toBe(false);
  });

  it('treats body as plain text: markup is stripped and html_body is escaped', async () => {
    await update(TICKETS.ssoDistrict, { comment: { body: 'a <img src=x onerror=alert(1)> b & c', public: false } });
    const last = (await comments(TICKETS.ssoDistrict)).at(-1);
    expect(last?.body).toBe('a b & c');
    expect(last?.html_body).toContain('a b &amp; c');
  });

  it('cuts a body over 64 KB silently, as Zendesk does', async () => {
    const res = await update(TICKETS.ssoDistrict, { comment: { body: 'é'.repeat(MAX_COMMENT_BYTES), public: false } });
    expect(res.status).toBe(200);
    const body = (await comments(TICKETS.ssoDistrict)).at(-1)?.body as string;
    expect(new TextEncoder().encode(body).length).toBe(MAX_COMMENT_BYTES);
    expect(body).toBe('é'.repeat(MAX_COMMENT_BYTES / 2));
  });

  it('pages comments with next_page', async () => {
    for (let i = 1; i <= 4; i += 1) await update(TICKETS.ssoDistrict, { comment: { body: `note ${i}`, public: false } });
    const bodies: string[] = [];
    let next: string | null = `${ORIGIN}/api/v2/tickets/${TICKETS.ssoDistrict}/comments.json?per_page=2`;
    let pages = 0;
    while (next) {
      const page = (await (await fetch(next)).json()) as Json;
      bodies.push(...(page.comments as Json[]).map((c) => c.body as string));
      next = page.next_page as string | null;
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(bodies.slice(1)).toEqual(['note 1', 'note 2', 'note 3', 'note 4']);
  });
});

describe('refused updates', () => {
  it('answers 422 to any update of a closed ticket', async () => {
    const res = await update(TICKETS.closed, { comment: { body: 'too late', public: false } });
    expect(res.status).toBe(422);
    expect(res.json).toMatchObject({ error: 'RecordInvalid', details: { status: [{ description: expect.stringContaining('closed') }] } });
  });

  it('answers 422 to an unknown group, so a wrong Tier 2 group setting shows', async () => {
    expect((await update(TICKETS.ssoDistrict, { group_id: 999 })).status).toBe(422);
  });

  it('answers 404 to an unknown ticket', async () => {
    expect((await api('GET', '/api/v2/tickets/4242.json')).status).toBe(404);
  });
});

describe('a seeded ticket’s age', () => {
  it('is its first comment’s: a ticket is created with its description, stamped in whole seconds', async () => {
    expect((await getTicket(TICKETS.escalatedTier2)).created_at).toBe('2026-11-12T09:00:00Z');
    expect((await comments(TICKETS.escalatedTier2))[0]?.created_at).toBe('2026-11-12T09:00:00.000Z');
  });
});

describe('search', () => {
  it('finds open tickets by tag across pages, honouring per_page, and leaves out solved and closed ones', async () => {
    for (const id of [TICKETS.ssoDistrict, TICKETS.rosteringDistrict, TICKETS.notClever]) {
      await update(id, { tags: ['clever_escalated_tier2'] });
    }
    await update(TICKETS.notClever, { status: 'solved' });
    const query = encodeURIComponent('type:ticket tags:clever_escalated_tier2 status<solved');
    let next: string | null = `${ORIGIN}/api/v2/search.json?query=${query}&per_page=1`;
    const ids: number[] = [];
    while (next) {
      const page = (await (await fetch(next)).json()) as Json;
      expect(page.results.length).toBeLessThanOrEqual(1);
      ids.push(...(page.results as Json[]).map((r) => r.id as number));
      next = page.next_page as string | null;
    }
    expect(ids).toEqual([TICKETS.ssoDistrict, TICKETS.rosteringDistrict, TICKETS.escalatedTier2]);
  });

  it('is not real time: within the indexing delay a changed ticket is found, and answered, by its old tags', async () => {
    let clock = Date.parse('2026-12-01T10:00:00Z');
    const lagging = new ZendeskModel(BUILTIN_SEED, { now: () => clock, searchDelayMs: 60_000 });
    // Open ones, as the queue searches them: the Insights fixtures hold solved escalations.
    const escalated = (m: ZendeskModel) =>
      m.indexedTickets().filter((t) => t.tags.includes('clever_escalated_tier2') && t.status !== 'solved' && t.status !== 'closed').map((t) => t.id);
    lagging.updateTicket(TICKETS.ssoDistrict, { tags: ['clever_escalated_tier2'] }, USERS.tier1Agent);
    lagging.updateTicket(TICKETS.escalatedTier2, { tags: ['clever_tier2_returned'] }, USERS.tier2Agent);
    clock += 59_000;
    expect(escalated(lagging)).toEqual([TICKETS.escalatedTier2]);
    expect(lagging.indexedTickets().find((t) => t.id === TICKETS.escalatedTier2)?.tags).toContain('clever_escalated_tier2');
    expect(lagging.ticket(TICKETS.escalatedTier2)?.tags).toEqual(['clever_tier2_returned']);
    clock += 1_000;
    expect(escalated(lagging)).toEqual([TICKETS.ssoDistrict]);
  });

  it('the search endpoint answers from the index; Show Multiple Tickets answers the tickets as they are now', async () => {
    model.searchDelayMs = 60_000;
    await update(TICKETS.escalatedTier2, { tags: ['clever_tier2_returned'] });
    const query = encodeURIComponent('type:ticket tags:clever_escalated_tier2 status<solved');
    const found = (await api('GET', `/api/v2/search.json?query=${query}`)).json;
    expect((found.results as Json[]).map((r) => [r.id, r.tags])).toEqual([[TICKETS.escalatedTier2, expect.arrayContaining(['clever_escalated_tier2'])]]);
    const now = (await api('GET', `/api/v2/tickets/show_many.json?ids=${TICKETS.escalatedTier2},99999`)).json;
    expect((now.tickets as Json[]).map((t) => [t.id, t.tags])).toEqual([[TICKETS.escalatedTier2, ['clever_tier2_returned']]]);
    model.searchDelayMs = 0;
  });
});

describe('comments with include=users', () => {
  it('sideloads the authors of the page’s comments, so a note says who wrote it at no extra request', async () => {
    const page = (await api('GET', `/api/v2/tickets/${TICKETS.escalatedTier2}/comments.json?include=users`)).json;
    const authors = new Set((page.comments as Json[]).map((c) => c.author_id as number));
    expect((page.users as Json[]).map((u) => u.id).sort()).toEqual([...authors].sort());
    expect((await api('GET', `/api/v2/tickets/${TICKETS.escalatedTier2}/comments.json`)).json.users).toBeUndefined();
  });
});

describe('fault injection', () => {
  const note = (body: string) => ({ comment: { body, public: false } });

  it('answers 429 with Retry-After and applies nothing', async () => {
    model.faults.next(1, { kind: '429', retryAfter: 7 });
    const res = await update(TICKETS.ssoDistrict, note('rate limited'));
    expect(res.status).toBe(429);
    expect(res.headers.get('Retry-After')).toBe('7');
    expect((await comments(TICKETS.ssoDistrict)).map((c) => c.body)).not.toContain('rate limited');
  });

  it('answers 500 for the next N requests, then normally', async () => {
    model.faults.next(2, { kind: '500' });
    expect((await api('GET', `/api/v2/tickets/${TICKETS.ssoDistrict}.json`)).status).toBe(500);
    expect((await update(TICKETS.ssoDistrict, note('lost'))).status).toBe(500);
    expect((await api('GET', `/api/v2/tickets/${TICKETS.ssoDistrict}.json`)).status).toBe(200);
    expect((await comments(TICKETS.ssoDistrict)).map((c) => c.body)).not.toContain('lost');
  });

  it('answers any other status with Zendesk’s error body', async () => {
    model.faults.next(1, { kind: 'http', status: 403 });
    const res = await update(TICKETS.ssoDistrict, note('forbidden'));
    expect(res.status).toBe(403);
    expect(res.json.error).toBe('Forbidden');
  });

  it('drops the connection before applying: the request fails and nothing is written', async () => {
    model.faults.next(1, { kind: 'drop', afterApply: false });
    await expect(update(TICKETS.ssoDistrict, note('never arrived'))).rejects.toThrow();
    expect((await comments(TICKETS.ssoDistrict)).map((c) => c.body)).not.toContain('never arrived');
  });

  it('drops the connection after applying: the request fails but the note is there, once', async () => {
    model.faults.next(1, { kind: 'drop', afterApply: true });
    await expect(update(TICKETS.ssoDistrict, note('ref abc123'))).rejects.toThrow();
    expect((await comments(TICKETS.ssoDistrict)).filter((c) => c.body === 'ref abc123')).toHaveLength(1);
  });

  it('makes another agent edit the ticket just before the next write, so a safe update gets a real 409', async () => {
    const { updated_at } = await getTicket(TICKETS.ssoDistrict);
    model.faults.next(1, { kind: 'concurrent-edit', addTags: ['other_agent'] });
    expect((await api('GET', `/api/v2/tickets/${TICKETS.ssoDistrict}.json`)).status).toBe(200); // reads pass through
    const res = await update(TICKETS.ssoDistrict, { ...note('mine'), safe_update: true, updated_stamp: updated_at });
    expect(res.status).toBe(409);
    expect((await getTicket(TICKETS.ssoDistrict)).tags).toContain('other_agent');
  });

  it('takes faults in the order they were queued, and a writes-only fault lets reads through', async () => {
    model.faults.next(1, { kind: '429', retryAfter: 1 }, { target: 'writes' });
    model.faults.next(1, { kind: '500' });
    expect((await api('GET', `/api/v2/tickets/${TICKETS.ssoDistrict}.json`)).status).toBe(500);
    expect((await update(TICKETS.ssoDistrict, note('x'))).status).toBe(429);
    expect((await update(TICKETS.ssoDistrict, note('y'))).status).toBe(200);
    expect(model.faults.pending()).toEqual([]);
  });
});

describe('request log', () => {
  it('records method, url, body, status and the fault of every API request', async () => {
    model.faults.next(1, { kind: 'drop', afterApply: true });
    await update(TICKETS.ssoDistrict, { comment: { body: 'logged', public: false } }).catch(() => undefined);
    await api('GET', `/api/v2/tickets/${TICKETS.ssoDistrict}.json`);
    expect(model.log.all().map(({ method, url, status, fault }) => ({ method, url, status, fault }))).toEqual([
      { method: 'PUT', url: `/api/v2/tickets/${TICKETS.ssoDistrict}.json`, status: 'dropped', fault: 'drop' },
      { method: 'GET', url: `/api/v2/tickets/${TICKETS.ssoDistrict}.json`, status: 200, fault: null },
    ]);
    expect(model.log.find('PUT', /tickets\/101\.json/)[0]?.body).toEqual({ ticket: { comment: { body: 'logged', public: false } } });
  });
});

describe('ticket fields', () => {
  it('answers Show Ticket Field in Zendesk’s shape, a dropdown with its options’ tags', async () => {
    const text = await api('GET', `/api/v2/ticket_fields/${TICKET_FIELDS.outcomeText}.json`);
    expect(text.json.ticket_field).toMatchObject({ id: TICKET_FIELDS.outcomeText, type: 'text', active: true });
    expect(text.json.ticket_field).not.toHaveProperty('custom_field_options');
    const dropdown = await api('GET', `/api/v2/ticket_fields/${TICKET_FIELDS.outcomeDropdown}.json`);
    expect(dropdown.json.ticket_field.custom_field_options).toContainEqual({ name: 'Not a Clever district', value: 'not_clever' });
    expect((await api('GET', '/api/v2/ticket_fields/999.json')).status).toBe(404);
  });

  it('takes an update with an unknown field id or a dropdown value that is no option’s tag, and drops those values without a word', async () => {
    const res = await update(TICKETS.ssoDistrict, {
      comment: { body: 'note', public: false },
      custom_fields: [
        { id: 999, value: 'x' },
        { id: TICKET_FIELDS.outcomeDropdown, value: 'no_such_option' },
        { id: TICKET_FIELDS.outcomeText, value: 'kept' },
      ],
    });
    expect(res.status).toBe(200);
    expect((await getTicket(TICKETS.ssoDistrict)).custom_fields).toEqual([{ id: TICKET_FIELDS.outcomeText, value: 'kept' }]);
  });
});

describe('counting, dates and problems (the Insights page and hot spots)', () => {
  const count = async (query: string) => (await api('GET', `/api/v2/search/count?query=${encodeURIComponent(query)}`)).json;
  const found = async (query: string) =>
    ((await api('GET', `/api/v2/search.json?query=${encodeURIComponent(query)}`)).json.results as Json[]).map((r) => r.id as number);
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

  it('the count endpoint answers {count} for what search would find', async () => {
    const query = `type:ticket tags:${districtIdTag('riverside')} tags:clever_outcome_rostering_wait_for_sync`;
    expect(await count(query)).toEqual({ count: (await found(query)).length });
    expect((await count(query)).count).toBe(4);
  });

  it('created> takes a day; a minus excludes; ticket_type takes the type', async () => {
    const riverside = `tags:${districtIdTag('riverside')}`;
    expect((await count(`type:ticket ${riverside} created>=${daysAgo(7)}`)).count).toBe(6);
    expect((await count(`type:ticket ${riverside} created>=${daysAgo(7)} -ticket_type:problem`)).count).toBe(5);
    expect(await found(`type:ticket ticket_type:problem status<solved ${riverside}`)).toEqual([RIVERSIDE_PROBLEM]);
  });

  it('Create Ticket: 201, the caller as requester; an incident is linked only to a problem', async () => {
    const created = await api('POST', '/api/v2/tickets.json', { ticket: { subject: 'Outage', type: 'problem', tags: ['x'], comment: { body: 'b', public: false } } });
    expect(created.status).toBe(201);
    expect(created.json.ticket).toMatchObject({ subject: 'Outage', type: 'problem', status: 'open', tags: ['x'], requester_id: USERS.tier1Agent });
    expect((await update(TICKETS.notClever, { type: 'incident', problem_id: created.json.ticket.id })).status).toBe(200);
    expect((await update(TICKETS.noOrganization, { type: 'incident', problem_id: TICKETS.ssoDistrict })).status).toBe(422);
    expect((await update(TICKETS.noOrganization, { problem_id: created.json.ticket.id })).status).toBe(422);
    expect((await api('POST', '/api/v2/tickets.json', { ticket: { subject: 'No comment' } })).status).toBe(422);
  });
});
