import type { WritePlan } from '../../src/triage/writePlan';
import type { RestFailure } from '../../src/zendesk/rest';
import { DEFAULT_RETRY_POLICY } from '../../src/zendesk/retry';
import { next, start, type Rules, type TicketState, type WriteEvent, type WriteState } from '../../src/zendesk/writeMachine';

const plan: WritePlan = {
  refId: 'r1',
  note: 'Reference: clever-triage/r1',
  tags: ['clever_outcome_x'],
  removeTags: [],
  groupId: 7,
  assignee: null,
  outcomeField: null,
};
const rules: Rules = { plan, policy: DEFAULT_RETRY_POLICY };
const open: TicketState = { updatedAt: 't1', status: 'open', tags: [] };
const tagged: TicketState = { ...open, tags: ['clever_outcome_x'] };

const http = (status: number, body: unknown = null, retryAfter: string | null = null): WriteEvent => ({
  kind: 'refused',
  failure: { kind: 'http', status, body, retryAfter } satisfies RestFailure,
  at: 0,
});
const lost: WriteEvent = { kind: 'refused', failure: { kind: 'network', detail: 'timeout' }, at: 0 };

/** The kinds of the states a run of events passes through. */
function kinds(from: WriteState, events: WriteEvent[]): string[] {
  const out: string[] = [];
  let state = from;
  for (const event of events) {
    state = next(state, event, rules);
    out.push(state.kind);
  }
  return out;
}

function run(from: WriteState, events: WriteEvent[]): WriteState {
  return events.reduce((state, event) => next(state, event, rules), from);
}

describe('writeMachine', () => {
  it('happy path: reading → writing → done', () => {
    expect(kinds(start(false), [{ kind: 'read', ticket: open }, { kind: 'written', updatedAt: 't2' }])).toEqual(['writing', 'done']);
    expect(run(start(false), [{ kind: 'read', ticket: open }, { kind: 'written', updatedAt: 't2' }])).toEqual({
      kind: 'done',
      updatedAt: 't2',
      alreadyWritten: false,
    });
  });

  it('a plan that may have been sent is searched for before any write', () => {
    expect(kinds(start(true), [{ kind: 'read', ticket: open }, { kind: 'searched', found: false }])).toEqual(['checking', 'writing']);
  });

  it('a note found with its tags in place is done without a write', () => {
    const events: WriteEvent[] = [{ kind: 'read', ticket: open }, { kind: 'searched', found: true }, { kind: 'read', ticket: tagged }];
    expect(kinds(start(true), events)).toEqual(['checking', 'reading', 'done']);
    expect(run(start(true), events)).toMatchObject({ kind: 'done', alreadyWritten: true, updatedAt: 't1' });
  });

  it('a note found without its tags writes the tags alone, and reads again after any failure of that', () => {
    const found = run(start(true), [{ kind: 'read', ticket: open }, { kind: 'searched', found: true }, { kind: 'read', ticket: open }]);
    expect(found).toMatchObject({ kind: 'writing', memory: { noteFound: true } });
    expect(next(found, lost, rules)).toMatchObject({ kind: 'waiting', then: { kind: 'reading' } });
    expect(next(found, { kind: 'written', updatedAt: 't3' }, rules)).toMatchObject({ kind: 'done', alreadyWritten: true });
  });

  it('a closed ticket fails as closed, before any write', () => {
    expect(run(start(false), [{ kind: 'read', ticket: { ...open, status: 'closed' } }])).toMatchObject({ kind: 'failed', cause: 'closed' });
  });

  it('an unclear write waits, then searches for the note before writing again', () => {
    const writing = run(start(false), [{ kind: 'read', ticket: open }]);
    const waiting = next(writing, http(503), rules);
    expect(waiting).toMatchObject({ kind: 'waiting', cause: 'server', ms: 1000, then: { kind: 'checking', memory: { unclear: true } } });
    expect(next(waiting, { kind: 'waited' }, rules).kind).toBe('checking');
  });

  it('a 409 reads again, and searches first once a write was unclear', () => {
    const writing = run(start(false), [{ kind: 'read', ticket: open }]);
    expect(kinds(writing, [http(409), { kind: 'read', ticket: open }])).toEqual(['reading', 'writing']);
    expect(kinds(writing, [http(503), { kind: 'waited' }, { kind: 'searched', found: false }, http(409), { kind: 'read', ticket: open }])).toEqual([
      'waiting',
      'checking',
      'writing',
      'reading',
      'checking',
    ]);
  });

  it('a 429 waits Retry-After and writes again with the same read', () => {
    const writing = run(start(false), [{ kind: 'read', ticket: open }]);
    expect(next(writing, http(429, null, '3'), rules)).toMatchObject({
      kind: 'waiting',
      ms: 3000,
      cause: 'rate_limited',
      then: { kind: 'writing', ticket: open, memory: { retries: { rateLimit: 1 } } },
    });
    expect(next(writing, http(429, null, '600'), rules)).toMatchObject({
      kind: 'failed',
      cause: { reason: 'rate_limited', retryAfter: 600 },
      detail: 'Zendesk asks to wait 600 s',
    });
  });

  it('a failed read is read again after the wait', () => {
    expect(next(start(false), lost, rules)).toMatchObject({ kind: 'waiting', cause: 'network', then: { kind: 'reading' } });
  });

  it('retries are bounded by the policy', () => {
    const writing = run(start(false), [{ kind: 'read', ticket: open }]);
    const conflicts = Array.from({ length: DEFAULT_RETRY_POLICY.maxConflictRetries + 1 }, () => [http(409), { kind: 'read', ticket: open } as const]).flat();
    expect(run(writing, conflicts)).toMatchObject({ kind: 'failed', cause: 'conflict' });
  });

  it('a final refusal fails at once with what Zendesk said and the setting it names', () => {
    const writing = run(start(false), [{ kind: 'read', ticket: open }]);
    const body = { error: 'RecordInvalid', description: 'Record validation errors', details: { group: [{ description: 'Group 7 is invalid' }] } };
    expect(next(writing, http(422, body), rules)).toMatchObject({ kind: 'failed', cause: 'invalid', refused: { setting: 'group', id: 7 } });
    expect(next(writing, http(403), rules)).toMatchObject({ kind: 'failed', cause: 'forbidden' });
  });

  it('an answer it cannot read fails as a server failure; finished states stay as they are', () => {
    const failed = next(start(false), { kind: 'unreadable', detail: 'odd' }, rules);
    expect(failed).toEqual({ kind: 'failed', cause: 'server', detail: 'odd', refused: null });
    expect(next(failed, { kind: 'read', ticket: open }, rules)).toBe(failed);
  });
});
