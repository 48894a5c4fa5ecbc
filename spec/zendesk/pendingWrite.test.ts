import type { StorageLike } from '../../src/zendesk/keyedStorage';
import { pendingWrites } from '../../src/zendesk/pendingWrite';
import type { WritePlan } from '../../src/triage/writePlan';

const plan: WritePlan = {
  refId: 'CT-7Q2M',
  note: 'Clever triage — access tree\nReference: CT-7Q2M',
  tags: ['clever_tree_access', 'clever_outcome_refer_district_admin'],
  removeTags: [],
  groupId: null,
  assignee: null,
  outcomeField: { id: 360001, value: 'refer_district_admin' },
};

class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

const at = (iso: string) => () => new Date(iso);

describe('a composed note is never lost', () => {
  it('is kept per ticket until cleared, and survives a reload (a new store on the same storage)', () => {
    const storage = new MemoryStorage();
    const before = pendingWrites({ installationId: 9001, storage, now: at('2025-03-04T10:00:00Z') });
    expect(before.save(101, plan)).toEqual({ ok: true });

    const afterReload = pendingWrites({ installationId: 9001, storage });
    expect(afterReload.load(101)).toEqual([{ ticketId: 101, plan, savedAt: '2025-03-04T10:00:00.000Z' }]);
    expect(afterReload.load(102)).toEqual([]);

    afterReload.clear(101, plan.refId);
    expect(afterReload.load(101)).toEqual([]);
    expect(storage.items.size).toBe(0);
  });

  it('keeps every unconfirmed note of a ticket, one per reference id: a new walk’s note never pushes out an older one', () => {
    const storage = new MemoryStorage();
    const store = pendingWrites({ installationId: 9001, storage, now: at('2025-03-04T10:00:00Z') });
    const newer = { ...plan, refId: 'CT-NEW1', note: 'Clever triage — access tree\nReference: CT-NEW1' };
    store.save(101, plan);
    store.save(101, newer);
    expect(store.load(101).map((w) => w.plan)).toEqual([plan, newer]);

    // A retry of the first replaces it where it stands; its confirmation forgets it alone.
    store.save(101, { ...plan, tags: ['clever_tree_access'] });
    expect(store.load(101).map((w) => w.plan.tags)).toEqual([['clever_tree_access'], newer.tags]);
    store.clear(101, plan.refId);
    expect(store.load(101).map((w) => w.plan)).toEqual([newer]);
  });

  it('keeps the time it was first kept when the same plan is saved again (a retry)', () => {
    const storage = new MemoryStorage();
    pendingWrites({ installationId: 9001, storage, now: at('2025-03-04T10:00:00Z') }).save(101, plan);
    const later = pendingWrites({ installationId: 9001, storage, now: at('2025-03-04T10:05:00Z') });
    later.save(101, plan);
    expect(later.load(101).map((w) => w.savedAt)).toEqual(['2025-03-04T10:00:00.000Z']);
    later.save(101, { ...plan, refId: 'CT-NEW1' });
    expect(later.load(101).map((w) => w.savedAt)).toEqual(['2025-03-04T10:00:00.000Z', '2025-03-04T10:05:00.000Z']);
  });

  it('reads what the previous version kept (one plan a ticket) as a list of one, and keeps it when another is added', () => {
    const storage = new MemoryStorage();
    storage.setItem('clever-triage:1:pending-write:101', JSON.stringify({ version: 1, ticketId: 101, plan, savedAt: '2025-03-01T09:00:00.000Z' }));
    const store = pendingWrites({ installationId: 1, storage, now: at('2025-03-04T10:00:00Z') });
    expect(store.load(101)).toEqual([{ ticketId: 101, plan, savedAt: '2025-03-01T09:00:00.000Z' }]);

    store.save(101, { ...plan, refId: 'CT-NEW1' });
    expect(store.load(101).map((w) => [w.plan.refId, w.savedAt])).toEqual([
      ['CT-7Q2M', '2025-03-01T09:00:00.000Z'],
      ['CT-NEW1', '2025-03-04T10:00:00.000Z'],
    ]);
  });

  it('two installations of the app never see each other’s plans', () => {
    const storage = new MemoryStorage();
    pendingWrites({ installationId: 1, storage }).save(101, plan);
    expect(pendingWrites({ installationId: 2, storage }).load(101)).toEqual([]);
    expect([...storage.items.keys()]).toEqual(['clever-triage:1:pending-write:101']);
  });

  it('ignores what it cannot trust: broken JSON, another shape, another ticket', () => {
    const storage = new MemoryStorage();
    const store = pendingWrites({ installationId: 1, storage });
    const key = 'clever-triage:1:pending-write:101';
    for (const raw of [
      '{not json',
      JSON.stringify({ version: 3, ticketId: 101, writes: [{ plan, savedAt: 'x' }] }),
      JSON.stringify({ version: 2, ticketId: 101, writes: [{ plan: { ...plan, refId: '' }, savedAt: 'x' }] }),
      JSON.stringify({ version: 2, ticketId: 555, writes: [{ plan, savedAt: 'x' }] }),
      JSON.stringify({ version: 1, ticketId: 555, plan, savedAt: 'x' }),
    ]) {
      storage.setItem(key, raw);
      expect(store.load(101)).toEqual([]);
    }
  });

  it('says so, and does not throw, when the browser refuses storage', () => {
    const refusing: StorageLike = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    const store = pendingWrites({ installationId: 1, storage: refusing });
    expect(store.save(101, plan)).toEqual({ ok: false, reason: 'QuotaExceededError' });
    expect(store.load(101)).toEqual([]);
    expect(() => store.clear(101, plan.refId)).not.toThrow();
    expect(pendingWrites({ installationId: 1, storage: null }).save(101, plan)).toEqual({
      ok: false,
      reason: 'this browser keeps no storage for the app',
    });
  });

  it('uses the browser’s localStorage by default', () => {
    const store = pendingWrites({ installationId: 'default-test' });
    store.save(101, plan);
    expect(window.localStorage.getItem('clever-triage:default-test:pending-write:101')).toContain('CT-7Q2M');
    store.clear(101, plan.refId);
    expect(window.localStorage.getItem('clever-triage:default-test:pending-write:101')).toBeNull();
  });
});
