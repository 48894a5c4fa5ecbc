import { GROUPS, LONG_TICKET, TICKETS, USERS, withLongTicket } from '../../harness/fixtures';
import { RIVERSIDE_PROBLEM } from '../../harness/insightsFixtures';
import type { WritePlan } from '../../src/triage/writePlan';
import { createWriteLedger, type WriteLedger } from '../../src/zendesk/writeLedger';
import { applyPlan, type ApplyOptions, type ApplyProgress } from '../../src/zendesk/writer';
import { mergeTags } from '../../src/zendesk/mergeTags';
import type { StorageLike } from '../../src/zendesk/keyedStorage';
import { pendingWrites } from '../../src/zendesk/pendingWrite';
import { FAKE_ORIGIN, FakeClient } from '../support/fakeClient';
import { zendeskServerPerFile } from '../support/zendeskServer';

/** Pinned by a test that needs every update in one second; the wall clock otherwise. */
let pinnedNow: number | null = null;
const { model } = zendeskServerPerFile({ now: () => pinnedNow ?? Date.now() });
afterEach(() => {
  pinnedNow = null;
});

const REF = 'k3v9x2m1q8za';
const OUTCOME_FIELD = 360001;

/** An escalation's plan, as planWrite makes it. */
function escalation(over: Partial<WritePlan> = {}): WritePlan {
  return {
    refId: REF,
    note: [
      '[clever-triage] Clever Triage: Access issues (access v1)',
      `Reference: clever-triage/${REF}`,
      'District: clever-sso',
      'Outcome: escalate_tier2 (escalate_tier2): Escalate to Tier 2',
    ].join('\n'),
    tags: ['clever_district_sso', 'clever_tree_access', 'clever_outcome_escalate_tier2', 'clever_escalated_tier2'],
    removeTags: ['clever_district_none', 'clever_org_missing'],
    groupId: GROUPS.tier2.id,
    // The ticket's Tier 1 assignee is not in Tier 2: planWrite clears it with the group change.
    assignee: { id: null },
    outcomeField: { id: OUTCOME_FIELD, value: 'escalate_tier2' },
    ...over,
  };
}

/** One ledger per client, as the app makes one per sidebar. */
const ledgers = new Map<FakeClient, WriteLedger>();
afterEach(() => ledgers.clear());
function apply(client: FakeClient, ticketId: number, plan: WritePlan, opts?: ApplyOptions) {
  const ledger = ledgers.get(client);
  if (!ledger) throw new Error('a client not made by harness()');
  return applyPlan(client, ledger, ticketId, plan, opts);
}

/** No test really waits: sleeps are recorded. */
function harness(extra: ApplyOptions = {}) {
  const slept: number[] = [];
  const progress: ApplyProgress[] = [];
  const options: ApplyOptions = {
    sleep: async (ms) => void slept.push(ms),
    onProgress: (p) => progress.push(p),
    ...extra,
  };
  const client = new FakeClient();
  ledgers.set(client, createWriteLedger());
  return { client, slept, progress, options };
}

const puts = (id: number) => model.log.find('PUT', new RegExp(`^/api/v2/tickets/${id}\\.json$`));
const notesWith = (id: number, ref: string) =>
  (model.ticket(id)?.comments ?? []).filter((c) => c.body.split('\n').includes(`Reference: clever-triage/${ref}`));

describe('writing a plan as one ticket update', () => {
  it('reads the ticket, then sends one PUT with a private note, merged tags, the group, the field and the stamp', async () => {
    const { client, options } = harness();
    const before = model.ticket(TICKETS.ssoDistrict);
    const result = await apply(client, TICKETS.ssoDistrict, escalation(), options);

    const after = model.ticket(TICKETS.ssoDistrict);
    expect(result).toEqual({ ok: true, ticketUpdatedAt: after?.updated_at, attempts: 1, requests: 2, alreadyWritten: false });
    expect(model.log.all().map((r) => `${r.method} ${r.url}`)).toEqual([
      `GET /api/v2/tickets/${TICKETS.ssoDistrict}.json`,
      `PUT /api/v2/tickets/${TICKETS.ssoDistrict}.json`,
    ]);

    const [put] = puts(TICKETS.ssoDistrict);
    const body = put?.body as { ticket: Record<string, unknown> };
    expect(Object.keys(body)).toEqual(['ticket']);
    expect(body.ticket.comment).toEqual({ body: escalation().note, public: false });
    expect(body.ticket.tags).toEqual(['clever', 'login', ...escalation().tags]);
    expect(body.ticket.group_id).toBe(GROUPS.tier2.id);
    expect(body.ticket.custom_fields).toEqual([{ id: OUTCOME_FIELD, value: 'escalate_tier2' }]);
    expect(body.ticket.safe_update).toBe(true);
    expect(body.ticket.updated_stamp).toBe(before?.updated_at);
    expect(body.ticket.assignee_id).toBeNull();
    expect(Object.keys(body.ticket).sort()).toEqual(['assignee_id', 'comment', 'custom_fields', 'group_id', 'safe_update', 'tags', 'updated_stamp']);

    const note = after?.comments.at(-1);
    expect(note).toMatchObject({ public: false, body: escalation().note });
    expect(after?.group_id).toBe(GROUPS.tier2.id);
  });

  it('a hot spot’s link: the same single update makes the ticket an incident of the district’s problem, with the note', async () => {
    const { client, options } = harness();
    const result = await apply(client, TICKETS.rosteringDistrict, escalation({ groupId: null, assignee: null, problemId: RIVERSIDE_PROBLEM }), options);
    expect(result.ok).toBe(true);
    const [put, ...more] = puts(TICKETS.rosteringDistrict);
    expect(more).toEqual([]);
    expect(put?.body).toMatchObject({ ticket: { comment: { public: false }, type: 'incident', problem_id: RIVERSIDE_PROBLEM } });
    expect(model.ticket(TICKETS.rosteringDistrict)).toMatchObject({ type: 'incident', problem_id: RIVERSIDE_PROBLEM });
    const listed = await (await fetch(`${FAKE_ORIGIN}/api/v2/tickets/${RIVERSIDE_PROBLEM}/incidents.json`)).json();
    expect(listed.tickets.map((t: { id: number }) => t.id)).toEqual([TICKETS.rosteringDistrict]);
  });

  it('a link to a ticket that is no problem is refused whole: no note without its link', async () => {
    const { client, options } = harness();
    const result = await apply(client, TICKETS.rosteringDistrict, escalation({ groupId: null, assignee: null, problemId: TICKETS.ssoDistrict }), options);
    expect(result.ok).toBe(false);
    expect(model.ticket(TICKETS.rosteringDistrict)?.comments.filter((c) => !c.public)).toEqual([]);
  });

  it('sends no group and no field when the plan has none (settings left empty)', async () => {
    const { client, options } = harness();
    await apply(client, TICKETS.ssoDistrict, escalation({ groupId: null, outcomeField: null }), options);
    const body = puts(TICKETS.ssoDistrict)[0]?.body as { ticket: Record<string, unknown> };
    expect(body.ticket).not.toHaveProperty('group_id');
    expect(body.ticket).not.toHaveProperty('custom_fields');
    expect(model.ticket(TICKETS.ssoDistrict)?.group_id).toBe(GROUPS.tier1.id);
  });

  it('a Tier 2 return removes the escalation tag and keeps every other tag', async () => {
    const { client, options } = harness();
    const plan = escalation({ tags: ['clever_tier2_returned'], removeTags: ['clever_escalated_tier2'], groupId: GROUPS.tier1.id });
    await apply(client, TICKETS.escalatedTier2, plan, options);
    expect(model.ticket(TICKETS.escalatedTier2)?.tags).toEqual(['clever_district_rostering', 'clever_tree_access', 'clever_tier2_returned']);
  });
});

describe('when another agent saves the ticket at the same moment (409)', () => {
  it('reads again, merges again, and keeps the tag the other agent added', async () => {
    const { client, options } = harness();
    model.faults.next(1, { kind: 'concurrent-edit', addTags: ['vip_customer'] });
    const result = await apply(client, TICKETS.ssoDistrict, escalation(), options);

    expect(result).toMatchObject({ ok: true, attempts: 2, requests: 4 });
    expect(puts(TICKETS.ssoDistrict).map((r) => r.status)).toEqual([409, 200]);
    expect(model.ticket(TICKETS.ssoDistrict)?.tags).toEqual(['clever', 'login', 'vip_customer', ...escalation().tags]);
    expect(notesWith(TICKETS.ssoDistrict, REF)).toHaveLength(1);
  });

  it('gives up after three conflicts in a row as a retryable conflict, and writes nothing', async () => {
    const { client, options } = harness();
    model.faults.next(4, { kind: 'concurrent-edit', addTags: ['busy'] });
    const result = await apply(client, TICKETS.ssoDistrict, escalation(), options);
    expect(result).toMatchObject({ ok: false, reason: 'conflict', retryable: true, attempts: 4 });
    expect(notesWith(TICKETS.ssoDistrict, REF)).toHaveLength(0);
  });
});

describe('when Zendesk says to slow down (429)', () => {
  it('asks ZAF not to retry on its own: the 429 reaches the app, which counts the wait down itself', async () => {
    const { client, options, progress } = harness();
    model.faults.next(1, { kind: '429', retryAfter: 1 }, { target: 'writes' });
    await apply(client, TICKETS.ssoDistrict, escalation(), options);

    expect(client.requests.map((r) => r.autoRetry)).toEqual(client.requests.map(() => false));
    expect(progress).toContainEqual({ kind: 'waiting', seconds: 1, cause: 'rate_limited' });
  });

  it('waits the seconds Retry-After asks, counting down in the sidebar, then writes', async () => {
    const { client, options, slept, progress } = harness();
    model.faults.next(1, { kind: '429', retryAfter: 3 }, { target: 'writes' });
    const result = await apply(client, TICKETS.ssoDistrict, escalation(), options);

    expect(result).toMatchObject({ ok: true, attempts: 2 });
    expect(slept.reduce((a, b) => a + b, 0)).toBe(3000);
    expect(progress.filter((p) => p.kind === 'waiting')).toEqual([3, 2, 1].map((seconds) => ({ kind: 'waiting', seconds, cause: 'rate_limited' })));
    expect(notesWith(TICKETS.ssoDistrict, REF)).toHaveLength(1);
  });

  it('a 429 on the first read is waited out the same way', async () => {
    const { client, options, slept } = harness();
    model.faults.next(1, { kind: '429', retryAfter: 2 });
    const result = await apply(client, TICKETS.ssoDistrict, escalation(), options);
    expect(result).toMatchObject({ ok: true, attempts: 1, requests: 3 });
    expect(slept).toEqual([1000, 1000]);
  });

  it('does not wait out a Retry-After over a minute: it says so, and Retry is offered', async () => {
    const { client, options, slept } = harness();
    model.faults.next(1, { kind: '429', retryAfter: 600 }, { target: 'writes' });
    const result = await apply(client, TICKETS.ssoDistrict, escalation(), options);
    expect(result).toMatchObject({ ok: false, reason: 'rate_limited', retryable: true, retryAfter: 600 });
    expect(result.ok || result.detail).toBe('Zendesk asks to wait 600 s');
    expect(slept).toEqual([]);
  });
});

describe('when Zendesk fails (5xx) or the connection drops', () => {
  it('a 500, then success: backs off, checks the note is not there, writes once', async () => {
    const { client, options, slept, progress } = harness();
    model.faults.next(1, { kind: '500' }, { target: 'writes' });
    const result = await apply(client, TICKETS.ssoDistrict, escalation(), options);

    expect(result).toMatchObject({ ok: true, attempts: 2, alreadyWritten: false });
    expect(slept).toEqual([1000]);
    expect(progress).toContainEqual({ kind: 'waiting', seconds: 1, cause: 'server' });
    expect(progress).toContainEqual({ kind: 'checking' });
    expect(model.log.all().map((r) => `${r.method} ${r.url.replace(/\?.*/, '')} ${r.status}`)).toEqual([
      `GET /api/v2/tickets/${TICKETS.ssoDistrict}.json 200`,
      `PUT /api/v2/tickets/${TICKETS.ssoDistrict}.json 500`,
      `GET /api/v2/tickets/${TICKETS.ssoDistrict}/comments.json 200`,
      `PUT /api/v2/tickets/${TICKETS.ssoDistrict}.json 200`,
    ]);
    expect(notesWith(TICKETS.ssoDistrict, REF)).toHaveLength(1);
  });

  it('a dropped connection after Zendesk applied the write: finds the note and writes exactly one', async () => {
    const { client, options } = harness();
    model.faults.next(1, { kind: 'drop', afterApply: true }, { target: 'writes' });
    const result = await apply(client, TICKETS.ssoDistrict, escalation(), options);

    expect(result).toMatchObject({ ok: true, alreadyWritten: true, attempts: 1 });
    expect(result.ok && result.ticketUpdatedAt).toBe(model.ticket(TICKETS.ssoDistrict)?.updated_at);
    expect(notesWith(TICKETS.ssoDistrict, REF)).toHaveLength(1);
    expect(model.ticket(TICKETS.ssoDistrict)?.tags).toEqual(['clever', 'login', ...escalation().tags]);
  });

  it('two writes in one second share updated_at, so safe_update cannot tell them apart: the reference line keeps it to one note', async () => {
    pinnedNow = Date.parse('2026-12-04T11:00:00.200Z');
    model.reset();
    // Someone saves the ticket in this second; the app reads it, and its write lands in the same second, unseen.
    model.updateTicket(TICKETS.ssoDistrict, { tags: ['clever', 'login', 'vip'] }, USERS.tier2Agent);
    const stampRead = model.ticket(TICKETS.ssoDistrict)?.updated_at;
    const { client, options } = harness();
    model.faults.next(1, { kind: 'drop', afterApply: true }, { target: 'writes' });
    const result = await apply(client, TICKETS.ssoDistrict, escalation(), options);

    expect(model.ticket(TICKETS.ssoDistrict)?.updated_at).toBe(stampRead);
    expect(result).toMatchObject({ ok: true, alreadyWritten: true });
    expect(puts(TICKETS.ssoDistrict).map((r) => r.status)).toEqual(['dropped']);
    expect(notesWith(TICKETS.ssoDistrict, REF)).toHaveLength(1);
  });

  it('a read that gets no answer is read again after a backoff', async () => {
    const { client, options, slept } = harness();
    model.faults.next(1, { kind: 'drop', afterApply: false });
    const result = await apply(client, TICKETS.ssoDistrict, escalation(), options);
    expect(result).toMatchObject({ ok: true, attempts: 1, requests: 3, alreadyWritten: false });
    expect(slept).toEqual([1000]);
  });

  it('a dropped connection before Zendesk got the write: writes it once', async () => {
    const { client, options } = harness();
    model.faults.next(1, { kind: 'drop', afterApply: false }, { target: 'writes' });
    const result = await apply(client, TICKETS.ssoDistrict, escalation(), options);
    expect(result).toMatchObject({ ok: true, alreadyWritten: false, attempts: 2 });
    expect(notesWith(TICKETS.ssoDistrict, REF)).toHaveLength(1);
  });

  it('the note landed but someone removed its tags since: puts the tags back, with no second note', async () => {
    const { client, options } = harness();
    model.faults.next(1, { kind: 'drop', afterApply: true }, { target: 'writes' });
    // Between the lost answer and the check, another agent strips the tags.
    const strip = model.subscribe(() => {
      strip();
      queueMicrotask(() => model.updateTicket(TICKETS.ssoDistrict, { tags: ['clever'] }, 1002));
    });
    const result = await apply(client, TICKETS.ssoDistrict, escalation(), options);

    expect(result).toMatchObject({ ok: true, alreadyWritten: true, attempts: 2 });
    const [, repair] = puts(TICKETS.ssoDistrict);
    expect(repair?.body).toEqual({
      ticket: { tags: ['clever', ...escalation().tags], safe_update: true, updated_stamp: expect.any(String) },
    });
    expect(notesWith(TICKETS.ssoDistrict, REF)).toHaveLength(1);
  });

  it('a plan restored after a reload that had already landed is not written again', async () => {
    const { client, options } = harness();
    await apply(client, TICKETS.ssoDistrict, escalation(), options);
    model.log.clear();
    const again = await apply(client, TICKETS.ssoDistrict, escalation(), { ...options, maybeSent: true });
    expect(again).toMatchObject({ ok: true, alreadyWritten: true, attempts: 0 });
    expect(puts(TICKETS.ssoDistrict)).toHaveLength(0);
    expect(notesWith(TICKETS.ssoDistrict, REF)).toHaveLength(1);
  });

  it('the note pasted into a public reply is not the note written: the private note is written', async () => {
    const { client, options } = harness();
    model.updateTicket(TICKETS.ssoDistrict, { comment: { body: escalation().note, public: true } }, 2001);
    const result = await apply(client, TICKETS.ssoDistrict, escalation(), { ...options, maybeSent: true });
    expect(result).toMatchObject({ ok: true, alreadyWritten: false, attempts: 1 });
    expect(notesWith(TICKETS.ssoDistrict, REF).map((c) => c.public)).toEqual([true, false]);
  });

  it('looks through every page of comments, not just the first', async () => {
    const { client, options } = harness();
    await apply(client, TICKETS.ssoDistrict, escalation(), options);
    // 150 newer comments push the note to the second page (100 a page, newest first).
    for (let i = 0; i < 150; i += 1) model.updateTicket(TICKETS.ssoDistrict, { comment: { body: `reply ${i}`, public: true } }, 2001);
    model.log.clear();
    const again = await apply(client, TICKETS.ssoDistrict, escalation(), { ...options, maybeSent: true });
    expect(again).toMatchObject({ ok: true, alreadyWritten: true });
    expect(model.log.find('GET', /comments\.json/)).toHaveLength(2);
  });

  it('gives up after three server errors as a retryable server failure naming the status', async () => {
    const { client, options, slept } = harness();
    model.faults.next(4, { kind: '500', status: 503 }, { target: 'writes' });
    const result = await apply(client, TICKETS.ssoDistrict, escalation(), options);
    expect(result).toMatchObject({ ok: false, reason: 'server', retryable: true, attempts: 4 });
    expect(result.ok || result.detail).toBe('HTTP 503');
    expect(slept.reduce((a, b) => a + b, 0)).toBe(1000 + 2000 + 4000);
  });
});

describe('the requests a write may make', () => {
  it('on a ticket of 4,999 comments, the check after a lost answer reads back only to the write’s first read: one page', async () => {
    model.reset(withLongTicket({ total: 4999 }));
    const { client, options } = harness();
    model.faults.next(1, { kind: '500' }, { target: 'writes' });
    const result = await apply(client, LONG_TICKET, escalation(), options);
    expect(result).toMatchObject({ ok: true, alreadyWritten: false, attempts: 2, requests: 4 });
    expect(model.log.find('GET', /comments\.json/)).toHaveLength(1);
    expect(notesWith(LONG_TICKET, REF)).toHaveLength(1);
  });

  it('against repeated server errors on a ticket of 5,000 comments, the write and its Retries make 10 requests in all, then say why they stopped', async () => {
    model.reset(withLongTicket());
    const { client, options } = harness();
    model.faults.next(1000, { kind: '500' });
    // Every read fails: four reads a run (three retries), so the third run is cut short.
    const runs = [];
    for (let click = 0; click < 4; click += 1) runs.push(await apply(client, LONG_TICKET, escalation(), options));
    expect(runs.map((r) => !r.ok && [r.reason, r.requests])).toEqual([
      ['server', 4],
      ['server', 4],
      ['budget', 2],
      ['budget', 0],
    ]);
    expect(runs.at(-1)).toMatchObject({ retryable: false });
    expect(model.log.all()).toHaveLength(10);
  });

  it('once written, the plan’s budget is forgotten: a later write of the same plan starts afresh', async () => {
    const { client, options } = harness({ policy: { maxRequests: 3 } });
    model.faults.next(1, { kind: '500' }, { target: 'writes' });
    // Read, lost write, check: three requests, and the budget stops the write it would send next.
    expect(await apply(client, TICKETS.ssoDistrict, escalation(), options)).toMatchObject({ ok: false, reason: 'budget', requests: 3 });
    model.reset();
    expect(await apply(client, TICKETS.ssoDistrict, escalation(), { ...options, policy: { maxRequests: 10 } })).toMatchObject({ ok: true });
    model.reset();
    expect(await apply(client, TICKETS.ssoDistrict, escalation(), { ...options, policy: { maxRequests: 3 } })).toMatchObject({ ok: true, requests: 2 });
  });
});

describe('failures that a retry cannot fix', () => {
  it('403: names the cause and does not retry', async () => {
    const { client, options } = harness();
    model.faults.next(1, { kind: 'http', status: 403 }, { target: 'writes' });
    const result = await apply(client, TICKETS.ssoDistrict, escalation(), options);
    expect(result).toMatchObject({ ok: false, reason: 'forbidden', retryable: false, attempts: 1 });
    expect(puts(TICKETS.ssoDistrict)).toHaveLength(1);
  });

  it.each([
    [401, 'unauthorized'],
    [404, 'not_found'],
  ] as const)('%i → %s, no retry', async (status, reason) => {
    const { client, options } = harness();
    model.faults.next(1, { kind: 'http', status }, { target: 'writes' });
    const result = await apply(client, TICKETS.ssoDistrict, escalation(), options);
    expect(result).toMatchObject({ ok: false, reason, attempts: 1 });
  });

  it("422: quotes Zendesk's reason, and names the group setting Zendesk refused", async () => {
    const { client, options } = harness();
    const result = await apply(client, TICKETS.ssoDistrict, escalation({ groupId: 999 }), options);
    expect(result).toMatchObject({ ok: false, reason: 'invalid', retryable: false, attempts: 1, refused: { setting: 'group', id: 999 } });
    expect(result.ok || result.detail).toBe('Record validation errors Group 999 is invalid');
  });

  it('a 422 that names no setting of the app names none, though the plan sets a group and the outcome field', async () => {
    const { client, options } = harness();
    model.faults.next(1, { kind: 'http', status: 422 }, { target: 'writes' });
    const result = await apply(client, TICKETS.ssoDistrict, escalation(), options);
    expect(result).toMatchObject({ ok: false, reason: 'invalid', refused: null });
  });

  it('a closed ticket: says so and attempts no write', async () => {
    const { client, options } = harness();
    const result = await apply(client, TICKETS.closed, escalation(), options);
    expect(result).toMatchObject({ ok: false, reason: 'closed', retryable: false, attempts: 0, requests: 1 });
    expect(puts(TICKETS.closed)).toHaveLength(0);
  });

  it('a note over 64 KB is refused before anything is sent, never cut', async () => {
    const { client, options } = harness();
    const note = `${escalation().note}\n${'é'.repeat(33_000)}`;
    const result = await apply(client, TICKETS.ssoDistrict, escalation({ note }), options);
    expect(result).toMatchObject({ ok: false, reason: 'too_large', retryable: false, requests: 0 });
    expect(model.log.all()).toEqual([]);
  });

  it('a note without its reference line is refused: a retry could not tell it was written', async () => {
    const { client, options } = harness();
    const result = await apply(client, TICKETS.ssoDistrict, escalation({ note: 'no reference here' }), options);
    expect(result).toMatchObject({ ok: false, reason: 'invalid', requests: 0 });
  });
});

describe('exactly once, and never lost', () => {
  it('a double click sends one PUT and both clicks get the same result', async () => {
    const { client, options } = harness();
    const [first, second] = await Promise.all([
      apply(client, TICKETS.ssoDistrict, escalation(), options),
      apply(client, TICKETS.ssoDistrict, escalation(), options),
    ]);
    expect(second).toBe(first);
    expect(first.ok).toBe(true);
    expect(puts(TICKETS.ssoDistrict)).toHaveLength(1);
    expect(notesWith(TICKETS.ssoDistrict, REF)).toHaveLength(1);
  });

  it('keeps the plan until Zendesk confirms it, and clears it then', async () => {
    const items = new Map<string, string>();
    const storage: StorageLike = {
      getItem: (k) => items.get(k) ?? null,
      setItem: (k, v) => void items.set(k, v),
      removeItem: (k) => void items.delete(k),
    };
    const pending = pendingWrites({ installationId: 7, agentId: USERS.tier1Agent, storage });
    const { client, options } = harness({ pending });

    model.faults.next(1, { kind: 'http', status: 403 }, { target: 'writes' });
    const refused = await apply(client, TICKETS.ssoDistrict, escalation(), options);
    expect(refused).toMatchObject({ ok: false, notKept: false });
    expect(pending.load(TICKETS.ssoDistrict).map((w) => w.plan)).toEqual([escalation()]);

    await apply(client, TICKETS.ssoDistrict, escalation(), options);
    expect(pending.load(TICKETS.ssoDistrict)).toEqual([]);
  });

  it('says when the browser could not keep the plan, so the agent can copy the note before a reload loses it', async () => {
    const { client, options } = harness({ pending: pendingWrites({ installationId: 7, agentId: USERS.tier1Agent, storage: null }) });
    model.faults.next(1, { kind: 'http', status: 403 }, { target: 'writes' });
    const result = await apply(client, TICKETS.ssoDistrict, escalation(), options);
    expect(result).toMatchObject({ ok: false, reason: 'forbidden', notKept: true });
  });

  it('without browser storage, a Retry after a dropped connection that Zendesk had applied still writes exactly one note', async () => {
    const { client, options } = harness({ pending: pendingWrites({ installationId: 7, agentId: USERS.tier1Agent, storage: null }), policy: { maxTransientRetries: 0 } });
    // The update lands, its answer is lost, and the write gives up at once (no retry budget): unconfirmed.
    model.faults.next(1, { kind: 'drop', afterApply: true }, { target: 'writes' });
    const first = await apply(client, TICKETS.ssoDistrict, escalation(), options);
    expect(first).toMatchObject({ ok: false, reason: 'network', retryable: true, notKept: true });
    expect(notesWith(TICKETS.ssoDistrict, REF)).toHaveLength(1);

    // Retry: nothing is kept in the browser, but this sidebar remembers it sent the update.
    model.log.clear();
    const retry = await apply(client, TICKETS.ssoDistrict, escalation(), options);
    expect(retry).toMatchObject({ ok: true, alreadyWritten: true, attempts: 0 });
    expect(notesWith(TICKETS.ssoDistrict, REF)).toHaveLength(1);

    // Confirmed: the next write of that plan is a write like any other (two requests).
    model.reset();
    const fresh = await apply(client, TICKETS.ssoDistrict, escalation(), options);
    expect(fresh).toMatchObject({ ok: true, alreadyWritten: false, requests: 2 });
  });
});

describe('merging tags', () => {
  it('keeps the ticket’s tags, adds the plan’s, removes what the plan removes, lowercase and once each', () => {
    expect(mergeTags(['VIP', 'clever_district_none', 'login'], { tags: ['clever_district_sso', 'login'], removeTags: ['clever_district_none'] })).toEqual([
      'vip',
      'login',
      'clever_district_sso',
    ]);
  });
});
