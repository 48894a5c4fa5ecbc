import { useCallback, useEffect, useState } from 'react';

export type Walker = typeof import('./walker');

export type WalkerState = { status: 'loading' } | { status: 'ready'; walker: Walker } | { status: 'failed'; retry: () => void };

/** Once loaded, every later sidebar on the page (another ticket) has it from its first render. */
let loaded: Walker | null = null;

/**
 * The walk's chunk, asked for once the component has mounted: after the first screen is painted,
 * so it never delays the first question, and long before an agent can choose a procedure.
 */
export function useWalker(): WalkerState {
  const [walker, setWalker] = useState<Walker | null>(loaded);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => {
    setFailed(false);
    setAttempt((n) => n + 1);
  }, []);

  useEffect(() => {
    if (walker) return;
    let live = true;
    import(/* webpackChunkName: "walk" */ './walker').then(
      (module) => {
        loaded = module;
        if (live) setWalker(module);
      },
      // A chunk that cannot be fetched (the connection dropped, a new version replaced the files) is said, with a retry.
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [walker, attempt]);

  if (walker) return { status: 'ready', walker };
  return failed ? { status: 'failed', retry } : { status: 'loading' };
}
