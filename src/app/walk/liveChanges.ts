import type { Classification, TicketSnapshot } from '../../triage/snapshot';
import { KIND_LABEL } from '../sidebar/district/reason';
import type { Message } from '../shell/i18n/catalog';

export interface Seen {
  snapshot: TicketSnapshot;
  classification: Classification;
}

const listed = (tags: string[]) => tags.join(', ');

/** What changed between two reads of the ticket, in the agent's terms. */
export function describeChanges(before: Seen, after: Seen): Message[] {
  const changes: Message[] = [];
  const orgBefore = before.snapshot.organization;
  const orgAfter = after.snapshot.organization;
  if (orgBefore?.id !== orgAfter?.id || orgBefore?.name !== orgAfter?.name) {
    changes.push(
      orgAfter === null
        ? { key: 'live.orgRemoved' }
        : { key: 'live.orgChanged', vars: { name: orgAfter.name } },
    );
  } else if (JSON.stringify(orgBefore?.organizationFields) !== JSON.stringify(orgAfter?.organizationFields)) {
    changes.push({ key: 'live.orgFieldsChanged' });
  }
  if (before.classification.kind !== after.classification.kind) {
    changes.push({
      key: 'live.kindChanged',
      vars: { from: { key: KIND_LABEL[before.classification.kind] }, to: { key: KIND_LABEL[after.classification.kind] } },
    });
  }
  const added = after.snapshot.tags.filter((t) => !before.snapshot.tags.includes(t));
  const removed = before.snapshot.tags.filter((t) => !after.snapshot.tags.includes(t));
  if (added.length > 0) changes.push({ key: 'live.tagsAdded', vars: { tags: listed(added) } });
  if (removed.length > 0) changes.push({ key: 'live.tagsRemoved', vars: { tags: listed(removed) } });
  return changes;
}
