import { withLongTicket, LONG_TICKET } from '../harness/fixtures';
import type { Fault, FaultTarget } from '../harness/zendesk/faults';
import { ZendeskModel } from '../harness/zendesk/model';
import { handle } from '../harness/zendesk/router';
import type { WritePlan } from '../src/triage/writePlan';
import { applyPlan } from '../src/zendesk/writer';
import { createWriteLedger } from '../src/zendesk/writeLedger';
import type { ZafClient, ZafRequestOptions } from '../src/zendesk/zaf';

/**
 * The most REST requests one write makes, Retries included, when Zendesk keeps failing: the
 * writer itself (src/zendesk/writer.ts) against the fake Zendesk's router, on a ticket holding
 * Zendesk's 5,000 comments, under each way of failing below. The agent presses Retry for as long
 * as the sidebar offers it (up to MAX_CLICKS); the figure is the largest request log of all.
 * No browser and no waiting: the writer's sleeps are skipped, the requests are what counts.
 */

/** Ways Zendesk can keep failing, each for every request it targets. */
export const FAILURES: { name: string; fault: Fault; target: FaultTarget }[] = [
  { name: 'every request answered 500', fault: { kind: '500' }, target: 'any' },
  { name: 'every write answered 503', fault: { kind: '500', status: 503 }, target: 'writes' },
  { name: 'every write dropped before Zendesk got it', fault: { kind: 'drop', afterApply: false }, target: 'writes' },
  { name: 'every request rate limited (Retry-After: 1)', fault: { kind: '429', retryAfter: 1 }, target: 'any' },
];

/** Presses of "Write" and then "Retry": more than the budget could ever need. */
const MAX_CLICKS = 20;
/** More faults than a write can take: the queue never runs dry. */
const ENDLESS = 10_000;

export interface WorstWrite {
  /** The most requests any failure made, over all its clicks. */
  requests: number;
  failures: { name: string; requests: number; clicks: number; last: string }[];
}

/** The plan the bench writes: an escalation's note with its reference line, as planWrite makes one. */
const PLAN: WritePlan = {
  refId: 'bench-worst',
  note: '[clever-triage] Clever Triage: Access (access v1)\nReference: clever-triage/bench-worst\nOutcome: escalate_tier2 (escalate_tier2): Escalate',
  tags: ['clever_outcome_escalate_tier2'],
  removeTags: [],
  groupId: null,
  assignee: null,
  outcomeField: null,
};

export async function restCallsWorstWrite(): Promise<WorstWrite> {
  const failures: WorstWrite['failures'] = [];
  for (const { name, fault, target } of FAILURES) {
    const model = new ZendeskModel(withLongTicket());
    model.faults.next(ENDLESS, fault, { target });
    const client = routerClient(model);
    const ledger = createWriteLedger();
    let clicks = 0;
    let last = '';
    for (let retryable = true; retryable && clicks < MAX_CLICKS; clicks += 1) {
      const result = await applyPlan(client, ledger, LONG_TICKET, PLAN, { sleep: async () => undefined });
      retryable = !result.ok && result.retryable;
      last = result.ok ? 'written' : result.reason;
    }
    failures.push({ name, requests: model.log.all().length, clicks, last });
  }
  return { requests: Math.max(...failures.map((f) => f.requests)), failures };
}

const ORIGIN = 'https://bench.zendesk.example';

/** ZAF's `request` with `httpCompleteResponse: true`, answered by the fake Zendesk's router in process. */
function routerClient(model: ZendeskModel): ZafClient {
  const unused = (): never => {
    throw new Error('the write uses client.request only');
  };
  return {
    async request<T>(options: ZafRequestOptions): Promise<T> {
      const answer = handle(model, {
        method: options.type ?? 'GET',
        url: new URL(options.url, ORIGIN).href,
        headers: { 'content-type': options.contentType },
        body: options.data ?? null,
      });
      // ZAF rejects with status 0 when no answer came, and with the response for a non-2xx.
      if ('dropped' in answer) throw { status: 0, statusText: 'error' };
      const response = { status: answer.status, responseText: answer.body, responseJSON: parse(answer.body), headers: answer.headers };
      if (answer.status < 200 || answer.status > 299) throw response;
      return response as T;
    },
    get: unused,
    set: unused,
    invoke: unused,
    on: unused,
    off: unused,
    context: unused,
    metadata: unused,
  };
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
