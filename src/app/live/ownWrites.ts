import type { WritePlan } from '../../triage/plan';
import type { TicketSnapshot } from '../../triage/snapshot';
import { hasPlannedTags, mergeTags } from '../../zendesk/mergeTags';
import type { Seen } from './describeChanges';

type Sent = Pick<WritePlan, 'tags' | 'removeTags'>;

/**
 * The tag changes this sidebar sent, by ticket. Zendesk reports the app's own write as the
 * ticket's tags changing; the agent who wrote it is not told it as news. Kept from the moment
 * a write is sent (Zendesk's event can come before the write's answer) until a read shows it.
 */
const sent = new Map<number, Sent[]>();

export function expectOwnTags(ticketId: number, plan: Sent): void {
  sent.set(ticketId, [...(sent.get(ticketId) ?? []), plan]);
}

/** The earlier read as this sidebar's own writes changed it, so it differs from `after` only by what others did. */
export function withOwnTags(ticketId: number | null, before: Seen, after: TicketSnapshot): Seen {
  const plans = ticketId === null ? undefined : sent.get(ticketId);
  if (ticketId === null || !plans?.length) return before;
  // Only a write seen on the ticket is discounted: one not landed yet (another agent's save came first,
  // a 409 to retry) changed nothing, and pretending it had would report its tags as removed.
  const landed = plans.filter((plan) => hasPlannedTags(after.tags, plan));
  if (landed.length === 0) return before;
  // A write seen on the ticket is no longer expected: a later change to its tags is someone else's.
  sent.set(ticketId, plans.filter((plan) => !landed.includes(plan)));
  const tags = landed.reduce<string[]>((current, plan) => mergeTags(current, plan), before.snapshot.tags);
  return { ...before, snapshot: { ...before.snapshot, tags } };
}
