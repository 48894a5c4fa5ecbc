import type { WritePlan } from '../../triage/writePlan';
import type { TicketSnapshot } from '../../triage/snapshot';
import { hasPlannedTags, mergeTags } from '../../zendesk/mergeTags';
import type { Seen } from './liveChanges';

type Sent = Pick<WritePlan, 'tags' | 'removeTags'>;

/**
 * The tag changes this sidebar sent to its ticket. Zendesk reports the app's own write as the
 * ticket's tags changing; the agent who wrote it is not told it as news. Kept from the moment
 * a write is sent (Zendesk's event can come before the write's answer) until a read shows it.
 */
export interface OwnTagWrites {
  expect(plan: Sent): void;
  /** The earlier read as this sidebar's own writes changed it, so it differs from `after` only by what others did. */
  discount(before: Seen, after: TicketSnapshot): Seen;
}

/** One per ticket session (`useTicketSession` holds it), so it lives and dies with the sidebar's walk. */
export function createOwnTagWrites(): OwnTagWrites {
  let sent: Sent[] = [];
  return {
    expect(plan) {
      sent = [...sent, plan];
    },
    discount(before, after) {
      // Only a write seen on the ticket is discounted: one not landed yet (another agent's save came first,
      // a 409 to retry) changed nothing, and pretending it had would report its tags as removed.
      const landed = sent.filter((plan) => hasPlannedTags(after.tags, plan));
      if (landed.length === 0) return before;
      // A write seen on the ticket is no longer expected: a later change to its tags is someone else's.
      sent = sent.filter((plan) => !landed.includes(plan));
      const tags = landed.reduce<string[]>((current, plan) => mergeTags(current, plan), before.snapshot.tags);
      return { ...before, snapshot: { ...before.snapshot, tags } };
    },
  };
}
