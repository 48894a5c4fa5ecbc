import { useCallback, useMemo, useState } from 'react';
import type { WritePlan } from '../../triage/writePlan';
import type { ApplyFailure } from '../../zendesk/applyFailure';
import { applyPlan, type ApplyProgress } from '../../zendesk/writer';
import { pendingWrites, type PendingWrites } from '../../zendesk/pendingWrite';
import { useClient, useMetadata, useWriteLedger } from '../shell/ClientProvider';
import { useWalkContext } from '../walk/useTicketSession';

export type WriteState =
  | { status: 'idle' }
  /** A write of this plan was started earlier (before a reload) and never confirmed. */
  | { status: 'unconfirmed' }
  | { status: 'running'; progress: ApplyProgress | null }
  | { status: 'done'; alreadyWritten: boolean }
  | { status: 'failed'; failure: ApplyFailure };

const isKept = (pending: PendingWrites, ticketId: number, plan: WritePlan) => pending.load(ticketId).some((w) => w.plan.refId === plan.refId);

/**
 * Writes a plan with applyPlan and the sidebar's write ledger, keeping it in the browser until Zendesk confirms it. A plan
 * found kept from before (same reference id) is written with `maybeSent`, so a note that did
 * land is found and not written twice (the ledger does the same for what this sidebar sent
 * unconfirmed, where the browser keeps nothing).
 */
export function useWrite(ticketId: number | null, plan: WritePlan | null, onWritten: () => void) {
  const client = useClient();
  const ledger = useWriteLedger();
  const { ownWrites } = useWalkContext();
  const { installationId } = useMetadata();
  const pending = useMemo(() => pendingWrites({ installationId }), [installationId]);
  const keptBefore = ticketId !== null && plan !== null && isKept(pending, ticketId, plan);
  const [state, setState] = useState<WriteState>(keptBefore ? { status: 'unconfirmed' } : { status: 'idle' });

  const write = useCallback(async () => {
    if (ticketId === null || plan === null) return;
    const maybeSent = isKept(pending, ticketId, plan);
    setState({ status: 'running', progress: null });
    ownWrites.expect(plan);
    const result = await applyPlan(client, ledger, ticketId, plan, {
      pending,
      maybeSent,
      onProgress: (progress) => setState({ status: 'running', progress }),
    });
    if (result.ok) {
      setState({ status: 'done', alreadyWritten: result.alreadyWritten });
      onWritten();
    } else {
      setState({ status: 'failed', failure: result });
    }
  }, [client, ledger, ticketId, plan, pending, onWritten, ownWrites]);

  return { state, write };
}
