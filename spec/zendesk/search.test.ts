import { http, HttpResponse } from 'msw';
import { BUILTIN_SEED, LONG_TICKET, TICKETS, USERS, withLongTicket } from '../../harness/fixtures';
import { type Seed, type SeedTicket } from '../../harness/zendesk/model';
import { newestPrivateNote } from '../../src/zendesk/comments';
import { openTaggedQuery, searchTickets } from '../../src/zendesk/search';
import { FAKE_ORIGIN, FakeClient } from '../support/fakeClient';
import { zendeskServerPerFile } from '../support/zendeskServer';

const { model, server } = zendeskServerPerFile();

const TAG = 'clever_escalated_tier2';

/** The built-in account plus `n` escalated tickets (ids from 5000), every third one solved. */
function withEscalations(n: number): Seed {
  const extra: SeedTicket[] = Array.from({ length: n }, (_, i) => ({
    id: 5000 + i,
    subject: `Escalation ${i}`,
    status: i % 3 === 2 ? 'solved' : 'open',
    tags: ['clever_district_sso', TAG],
    comments: [],
    organization_id: 501,
    requester_id: 2001,
  }));
  return { ...BUILTIN_SEED, tickets: [...BUILTIN_SEED.tickets, ...extra] };
}

const searches = () => model.log.find('GET', /^\/api\/v2\/search\.json/);

describe('searching the open tickets escalated to Tier 2', () => {
  it('asks for type:ticket, the tag, and status below solved', () => {
    expect(openTaggedQuery(TAG)).toBe('type:ticket tags:clever_escalated_tier2 status<solved');
  });

  it('reads every page through next_page, and lists each open escalated ticket once', async () => {
    model.reset(withEscalations(300));
    const result = await searchTickets(new FakeClient(), openTaggedQuery(TAG));
    if (!result.ok) throw new Error(result.message);
    // 200 of the 300 are open, plus the fixture's escalated ticket: three pages of 100.
    expect(result.tickets).toHaveLength(201);
    expect(new Set(result.tickets.map((t) => t.id)).size).toBe(201);
    expect(result.tickets.every((t) => t.status !== 'solved' && t.tags.includes(TAG))).toBe(true);
    expect(result).toMatchObject({ count: 201, truncated: false, problems: [] });
    expect(searches().map((r) => new URL(r.url, FAKE_ORIGIN).searchParams.get('page'))).toEqual([null, '2', '3']);
    expect(result.tickets.find((t) => t.id === TICKETS.escalatedTier2)).toMatchObject({
      subject: 'Rostered student still missing after 24 hours',
      status: 'open',
      createdAt: expect.any(String),
    });
  });

  it('finds nothing without error when no ticket carries the tag', async () => {
    const result = await searchTickets(new FakeClient(), openTaggedQuery('clever_no_such_tag'));
    expect(result).toEqual({ ok: true, tickets: [], problems: [], count: 0, truncated: false });
  });

  it('keeps a result with missing fields, names each gap, and leaves out a result without an id', async () => {
    server.use(
      http.get(`${FAKE_ORIGIN}/api/v2/search.json`, () =>
        HttpResponse.json({
          results: [
            { id: 1, subject: 'Complete', status: 'open', tags: [TAG], created_at: '2026-11-01T10:00:00Z' },
            { id: 2, status: 'open', created_at: '2026-11-02T10:00:00Z' },
            { id: 3, subject: 'No date', tags: [TAG], created_at: 'yesterday' },
            { subject: 'No id', tags: [TAG] },
            'not even an object',
          ],
          next_page: null,
          count: 5,
        }),
      ),
    );
    const result = await searchTickets(new FakeClient(), openTaggedQuery(TAG));
    if (!result.ok) throw new Error(result.message);
    expect(result.tickets.map((t) => [t.id, t.subject, t.tags, t.createdAt])).toEqual([
      [1, 'Complete', [TAG], '2026-11-01T10:00:00Z'],
      [2, '', [], '2026-11-02T10:00:00Z'],
      [3, 'No date', [TAG], null],
    ]);
    expect(result.problems.map((p) => p.message)).toEqual([
      'Ticket 2: the result has no tags, so its district and outcome are unknown.',
      'Ticket 3: the result has no creation date, so its age is unknown.',
      'A search result without a ticket id was left out.',
      'A search result without a ticket id was left out.',
    ]);
  });

  it('a refused search is a message, not a throw', async () => {
    model.faults.next(1, { kind: 'http', status: 403 });
    const result = await searchTickets(new FakeClient(), openTaggedQuery(TAG));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/^You don't have permission/) });
  });

  it('a rate-limited search says to wait', async () => {
    model.faults.next(1, { kind: '429', retryAfter: 30 });
    const result = await searchTickets(new FakeClient(), openTaggedQuery(TAG));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/limiting requests/) });
  });

  it('an answer in another shape is a message', async () => {
    server.use(http.get(`${FAKE_ORIGIN}/api/v2/search.json`, () => HttpResponse.json({ rows: [] })));
    expect(await searchTickets(new FakeClient(), openTaggedQuery(TAG))).toEqual({ ok: false, message: expect.stringMatching(/shape/) });
  });
});

describe('finding Tier 1’s newest note among the ticket’s comments', () => {
  const APP_NOTE = (n: number) => `[clever-triage] Clever Triage: Access (access v1)\nReference: clever-triage/ref-${n}`;
  const isApp = (text: string) => text.startsWith('[clever-triage]');

  /** A ticket with the app's notes early on, then 250 comments of conversation after them. */
  function longTicket(): Seed {
    const comments = [
      { author_id: 2001, public: true, body: 'Help, please.' },
      { author_id: USERS.tier1Agent, public: false, body: APP_NOTE(1) },
      { author_id: USERS.tier1Agent, public: false, body: APP_NOTE(2) },
      ...Array.from({ length: 250 }, (_, i) => ({ author_id: 2001, public: true, body: `Reply ${i}` })),
    ];
    return { ...BUILTIN_SEED, tickets: [{ ...(BUILTIN_SEED.tickets[0] as SeedTicket), id: 7000, comments }] };
  }

  it('pages back through the comments, newest first, to the newest private app note', async () => {
    model.reset(longTicket());
    const found = await newestPrivateNote(new FakeClient(), 7000, isApp);
    expect(found).toMatchObject({ kind: 'found', text: APP_NOTE(2), comment: { createdAt: expect.any(String), author: null, authorRole: null } });
    expect(model.log.find('GET', /comments\.json/).length).toBe(3);
  });

  it('never takes a public comment, even one that looks like the app’s note', async () => {
    const seed = longTicket();
    const ticket = seed.tickets.at(-1) as SeedTicket;
    ticket.comments.push({ author_id: 2001, public: true, body: APP_NOTE(99) });
    model.reset(seed);
    expect(await newestPrivateNote(new FakeClient(), 7000, isApp)).toMatchObject({ kind: 'found', text: APP_NOTE(2) });
  });

  it('says when there is none: an escalation made by hand', async () => {
    expect(await newestPrivateNote(new FakeClient(), TICKETS.escalatedTier2, isApp)).toEqual({ kind: 'none', complete: true });
  });

  it('on a ticket of 5,000 comments, reads at most 5 pages (the newest 500 comments) and says older ones were not read', async () => {
    // The app's note is the oldest comment: paging back to it would take 50 requests.
    model.reset(withLongTicket({ oldest: [{ author_id: USERS.tier1Agent, public: false, body: APP_NOTE(1) }] }));
    const found = await newestPrivateNote(new FakeClient(), LONG_TICKET, isApp, true);
    expect(found).toEqual({ kind: 'none', complete: false });
    const reads = model.log.find('GET', /comments\.json/);
    expect(reads).toHaveLength(5);
    expect(reads.map((r) => new URL(r.url, FAKE_ORIGIN).searchParams.get('sort_order'))).toEqual(Array(5).fill('desc'));
  });

  it('on a ticket of 5,000 comments, stops at the first page that holds the note', async () => {
    const seed = withLongTicket({ total: 4999 });
    (seed.tickets.at(-1) as SeedTicket).comments.push({ author_id: USERS.tier1Agent, public: false, body: APP_NOTE(3) });
    model.reset(seed);
    expect(await newestPrivateNote(new FakeClient(), LONG_TICKET, isApp, true)).toMatchObject({ kind: 'found', text: APP_NOTE(3) });
    expect(model.log.find('GET', /comments\.json/)).toHaveLength(1);
  });

  it('a failed read is a message', async () => {
    model.faults.next(1, { kind: '500' });
    expect(await newestPrivateNote(new FakeClient(), TICKETS.escalatedTier2, isApp)).toEqual({ kind: 'failed', message: expect.stringMatching(/Zendesk had a problem/) });
  });
});
