import type { StorageLike } from './keyedStorage';

/**
 * Where the app keeps a walk: the browser's storage when it keeps what the app writes, else a
 * memory that lives as long as the app's frame. A browser may refuse storage to the frame
 * altogether (blocked third-party storage, some private modes) or refuse each write (quota):
 * either way a reload would lose the walk, so the agent is told once, and the walk still survives
 * going to another ticket and back.
 */
export interface KeptStorage {
  storage: StorageLike;
  /** `browser`: kept across reloads; `memory`: for as long as the app's frame lives. */
  kept: 'browser' | 'memory';
}

const PROBE_KEY = 'clever-triage:probe';

/** A `Storage` in memory: what a refused browser storage falls back to. */
export function memoryStorage(): StorageLike {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
  };
}

/** The browser's `localStorage`, unless reading it, writing to it or reading back throws or fails. */
export function keptStorage(browser: () => StorageLike | null = () => window.localStorage): KeptStorage {
  try {
    const storage = browser();
    if (storage) {
      storage.setItem(PROBE_KEY, '1');
      const kept = storage.getItem(PROBE_KEY) === '1';
      storage.removeItem(PROBE_KEY);
      if (kept) return { storage, kept: 'browser' };
    }
  } catch {
    // Reading `localStorage` throws when the browser blocks the frame's storage; a write throws over quota.
  }
  return { storage: memoryStorage(), kept: 'memory' };
}
