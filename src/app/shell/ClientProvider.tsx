import { createContext, lazy, Suspense, useContext, useEffect, useState, type ReactNode } from 'react';
import { readContext, readMetadata, type AppContext, type AppMetadata, type InitResult } from '../../zendesk/client';
import { createWriteLedger, type WriteLedger } from '../../zendesk/writeLedger';
import type { ZafClient } from '../../zendesk/zaf';

// Only a page opened outside Zendesk shows it: loaded then, never with the sidebar.
const ElsewhereNotice = lazy(() => import(/* webpackChunkName: "elsewhere" */ './ElsewhereNotice'));

export interface Registered {
  client: ZafClient;
  context: AppContext;
  metadata: AppMetadata;
  /** The sidebar's one record of its running and unconfirmed writes. */
  writes: WriteLedger;
}

const ClientContext = createContext<Registered | null>(null);

function useRegistered(): Registered {
  const value = useContext(ClientContext);
  if (!value) throw new Error('useClient() is used outside <ClientProvider>');
  return value;
}

/** The ZAF client, to hand to the functions of src/zendesk. Only inside <ClientProvider>. */
export function useClient(): ZafClient {
  return useRegistered().client;
}

/** The sidebar's write ledger, for applyPlan. Only inside <ClientProvider>. */
export function useWriteLedger(): WriteLedger {
  return useRegistered().writes;
}

/** Where the app runs (location, ticket id). */
export function useAppContext(): AppContext {
  return useRegistered().context;
}

/** The installation's ids and its settings, parsed once, with the problems found in them. */
export function useMetadata(): AppMetadata {
  return useRegistered().metadata;
}

export function useSettings(): AppMetadata['settings'] {
  return useRegistered().metadata.settings;
}

interface Props {
  /** What `initClient()` gave: a client, or why there is none. */
  init: InitResult;
  children: ReactNode;
}

/**
 * Renders nothing until Zendesk has registered the app, then its children with the client,
 * its context and settings. The SDK resolves `context()` and `metadata()` only once
 * `app.registered` has arrived — also when it arrived before React mounted, which an
 * event listener added here would miss.
 */
export function ClientProvider({ init, children }: Props) {
  const client = init.ok ? init.client : null;
  const [registered, setRegistered] = useState<Registered | null>(null);

  useEffect(() => {
    if (!client) return;
    let live = true;
    Promise.all([readContext(client), readMetadata(client)])
      .then(([context, metadata]) => {
        if (live) setRegistered({ client, context, metadata, writes: createWriteLedger() });
      })
      // The SDK never rejects these; should a host do so, there is nothing to show but the empty frame.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [client]);

  if (!init.ok) {
    return (
      <Suspense fallback={null}>
        <ElsewhereNotice where={{ kind: 'outside', reason: init.reason }} />
      </Suspense>
    );
  }
  if (!registered) return null;
  return <ClientContext.Provider value={registered}>{children}</ClientContext.Provider>;
}
