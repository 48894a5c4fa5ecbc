import { BUDGETS } from '../../bench/budgets';
import { FAILURES, restCallsWorstWrite } from '../../bench/worstWrite';

describe('rest_calls_worst_write: a write against a Zendesk that keeps failing, on a ticket of 5,000 comments', () => {
  it('makes no more requests than its budget under any way of failing, Retries included, and then stops offering Retry', async () => {
    const worst = await restCallsWorstWrite();
    expect(worst.failures.map((f) => f.name)).toEqual(FAILURES.map((f) => f.name));
    for (const failure of worst.failures) {
      expect(failure.requests).toBeGreaterThan(0);
      expect(failure.requests).toBeLessThanOrEqual(BUDGETS.rest_calls_worst_write);
      // Retry was pressed until the sidebar stopped offering it: the write said why it gave up.
      expect(failure.last).toBe('budget');
    }
    expect(worst.requests).toBe(Math.max(...worst.failures.map((f) => f.requests)));
    expect(worst.requests).toBeLessThanOrEqual(BUDGETS.rest_calls_worst_write);
  });
});
