import { backoffMs, countDown, DEFAULT_RETRY_POLICY, retryAfterSeconds } from '../../src/zendesk/retry';
import { classifyFailure, zendeskErrorText } from '../../src/zendesk/rest';

describe('the retry policy', () => {
  it('backs off exponentially from one second, capped at eight', () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffMs(n, DEFAULT_RETRY_POLICY))).toEqual([1000, 2000, 4000, 8000, 8000]);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2025-03-04T10:00:00Z');
    expect(retryAfterSeconds('12', now)).toBe(12);
    expect(retryAfterSeconds('Tue, 04 Mar 2025 10:00:30 GMT', now)).toBe(30);
    expect(retryAfterSeconds('Tue, 04 Mar 2025 09:00:00 GMT', now)).toBe(0);
    expect(retryAfterSeconds('soon', now)).toBeNull();
    expect(retryAfterSeconds(null, now)).toBeNull();
  });

  it('counts a wait down in whole seconds, sleeping exactly the time asked', async () => {
    const slept: number[] = [];
    const ticks: number[] = [];
    await countDown(2500, async (ms) => void slept.push(ms), (s) => ticks.push(s));
    expect(ticks).toEqual([3, 2, 1]);
    expect(slept).toEqual([1000, 1000, 500]);
  });
});

describe('what a failed call means', () => {
  const http = (status: number, retryAfter: string | null = null) => ({ kind: 'http' as const, status, body: null, retryAfter });

  it.each([
    [409, { class: 'conflict' }],
    [429, { class: 'rate_limited', retryAfter: '7' }],
    [500, { class: 'ambiguous', reason: 'server' }],
    [503, { class: 'ambiguous', reason: 'server' }],
    [408, { class: 'ambiguous', reason: 'network' }],
    [401, { class: 'final', reason: 'unauthorized' }],
    [403, { class: 'final', reason: 'forbidden' }],
    [404, { class: 'final', reason: 'not_found' }],
    [413, { class: 'final', reason: 'too_large' }],
    [422, { class: 'final', reason: 'invalid' }],
    [400, { class: 'final', reason: 'invalid' }],
  ])('HTTP %i → %o', (status, expected) => {
    expect(classifyFailure(http(status, '7'))).toEqual(expected);
  });

  it('no answer at all may have been applied', () => {
    expect(classifyFailure({ kind: 'network', detail: 'the connection was lost' })).toEqual({ class: 'ambiguous', reason: 'network' });
  });

  it("quotes Zendesk's own words for a refusal, as plain text", () => {
    const body = {
      error: 'RecordInvalid',
      description: 'Record validation errors',
      details: { comment: [{ description: 'Comment: a ticket holds at most 5000 comments' }] },
    };
    expect(zendeskErrorText({ kind: 'http', status: 422, body, retryAfter: null })).toBe(
      'Record validation errors Comment: a ticket holds at most 5000 comments',
    );
    expect(zendeskErrorText({ kind: 'http', status: 500, body: '<html>oops</html>', retryAfter: null })).toBeNull();
  });
});
