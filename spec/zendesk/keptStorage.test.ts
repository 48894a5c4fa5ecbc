import { keptStorage, memoryStorage } from '../../src/zendesk/keptStorage';
import * as z from 'zod/mini';
import { ticketRecords, type StorageLike } from '../../src/zendesk/keyedStorage';

const WALK = { ticketId: 101, walk: '{"tree":"access"}' };
const schema = z.object({ ticketId: z.int(), walk: z.string() });

const refusing = (how: 'read' | 'write'): (() => StorageLike) => () => {
  if (how === 'read') throw new DOMException('The operation is insecure.', 'SecurityError');
  return { getItem: () => null, setItem: () => { throw new DOMException('quota', 'QuotaExceededError'); }, removeItem: () => undefined };
};

describe('where the walk is kept', () => {
  it('in the browser’s storage when it keeps what the app writes, leaving nothing of the check behind', () => {
    const storage = memoryStorage();
    const kept = keptStorage(() => storage);
    expect(kept).toEqual({ storage, kept: 'browser' });
    expect(storage.getItem('clever-triage:probe')).toBeNull();
  });

  it.each([['read' as const], ['write' as const]])('in memory when the browser refuses to %s its storage, and a walk still comes back', (how) => {
    const kept = keptStorage(refusing(how));
    expect(kept.kept).toBe('memory');
    const records = ticketRecords({ kind: 'session', installationId: 7, agentId: 3, maxAgeMs: 60_000, schema, storage: kept.storage });
    expect(records.save(WALK)).toEqual({ ok: true });
    expect(records.load(101)).toEqual(WALK);
  });

  it('in memory when there is no storage at all', () => {
    expect(keptStorage(() => null).kept).toBe('memory');
  });
});
