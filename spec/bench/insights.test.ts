import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { apiRequestsBetween, timed } from '../../bench/insights';
import { figuresTable } from '../../bench/figuresDoc';
import { formatTable, resultsSchema, type Results } from '../../bench/results';
import type { LoggedRequest } from '../../harness/zendesk/faults';

const entry = (seq: number, url: string, method = 'GET'): LoggedRequest => ({ seq, at: '', method, url, body: null, status: 200, fault: null, actorId: 1 });

describe('the Insights page’s bench figures', () => {
  it('counts the REST requests the log took between the tab’s press and the full page, nothing before', () => {
    const log = [entry(1, '/api/v2/search.json?query=queue'), entry(2, '/api/v2/search.json?query=a'), entry(3, '/api/v2/search/count?query=b'), entry(4, '/harness/state')];
    expect(apiRequestsBetween(log, 1, Infinity)).toEqual([
      { method: 'GET', url: '/api/v2/search.json?query=a', status: 200 },
      { method: 'GET', url: '/api/v2/search/count?query=b', status: 200 },
    ]);
  });

  it('times from the press until the page says it is full, to a tenth of a millisecond', async () => {
    const ticks = [1000, 1234.56];
    expect(await timed(async () => undefined, () => ticks.shift() ?? NaN)).toBe(234.6);
  });

  it('results carry insights_requests, insights_ms and queue_ms, printed and in the README once measured', () => {
    const committed = resultsSchema.parse(JSON.parse(readFileSync(join(__dirname, '../../bench/results.json'), 'utf8')));
    const measured: Results = resultsSchema.parse({
      ...committed,
      insights_requests: 10,
      insights_ms: 812.4,
      queue_ms: 301.2,
      budgets: { ...committed.budgets, insights_requests: 40 },
      details: { ...committed.details, insights: { period_days: 30, requests: [] } },
    });
    expect(formatTable(measured)).toMatch(/^insights_requests\s+10\s+≤ 40 {2}ok$/m);
    expect(formatTable(measured)).toMatch(/812\.4 \/ 301\.2/);
    expect(figuresTable(measured)).toContain('| `insights_requests` |');
    expect(figuresTable(measured)).toContain('812 ms / 301 ms');
    // A results.json from before the page was measured has no row for it.
    const { insights_requests: _requests, insights_ms: _ms, queue_ms: _queue, ...unmeasured } = committed;
    expect(figuresTable(unmeasured)).not.toContain('insights_requests');
  });
});
