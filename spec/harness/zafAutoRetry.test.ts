import { TICKETS } from '../../harness/fixtures';
import { ZAF_MAX_AUTO_RETRIES, zafAutoRetryDelayMs } from '../../harness/zaf/autoRetry';
import { FakeClient } from '../support/fakeClient';
import { zendeskServerPerFile } from '../support/zendeskServer';

const { model } = zendeskServerPerFile();

const limited = (seconds: string) => ({ status: 429, headers: { 'Retry-After': seconds } });

describe('the stand-in retries a 429 as ZAF does', () => {
  it('waits Retry-After and tries again, unless the request says autoRetry: false', () => {
    expect(zafAutoRetryDelayMs({}, limited('2'), 0)).toBe(2000);
    expect(zafAutoRetryDelayMs({ autoRetry: true }, { status: 429, headers: { 'retry-after': '0' } }, 0)).toBe(0);
    expect(zafAutoRetryDelayMs({ autoRetry: false }, limited('2'), 0)).toBeNull();
    expect(zafAutoRetryDelayMs({}, { status: 500, headers: {} }, 0)).toBeNull();
    expect(zafAutoRetryDelayMs({}, limited('2'), ZAF_MAX_AUTO_RETRIES)).toBeNull();
  });

  it('a request that forgets the flag never sees the 429: its promise just takes longer', async () => {
    const client = new FakeClient();
    model.faults.next(1, { kind: '429', retryAfter: 0 });
    const answer = await client.request<{ status: number }>({ url: `/api/v2/tickets/${TICKETS.ssoDistrict}.json`, httpCompleteResponse: true });
    expect(answer.status).toBe(200);
    expect(model.log.all().map((r) => r.status)).toEqual([429, 200]);
  });

  it('a request with autoRetry: false is handed the 429', async () => {
    const client = new FakeClient();
    model.faults.next(1, { kind: '429', retryAfter: 0 });
    await expect(client.request({ url: `/api/v2/tickets/${TICKETS.ssoDistrict}.json`, httpCompleteResponse: true, autoRetry: false })).rejects.toMatchObject({
      status: 429,
    });
    expect(model.log.all().map((r) => r.status)).toEqual([429]);
  });
});
