import { useCallback, useEffect, useState } from 'react';
import { subscribe, type ZafEvent } from '../../zendesk/client';
import { readSnapshot, type SnapshotRead } from '../../zendesk/readSnapshot';
import { useClient, useSettings } from '../shell/ClientProvider';

export type SnapshotState = { status: 'loading' } | { status: 'ready'; read: SnapshotRead };

/**
 * The changes the sidebar follows live: the organization, the tags, and the requester, whose
 * organization becomes the ticket's (developer.zendesk.com/api-reference/apps/apps-support-api/ticket_sidebar/,
 * events `ticket.organization.changed` and `ticket.requester.id.changed`). Either event may come alone.
 */
const LIVE_EVENTS: readonly ZafEvent[] = ['ticket.organization.changed', 'ticket.requester.id.changed', 'ticket.tags.changed'];

/**
 * The ticket as one batched read (which never throws), read again whenever Zendesk says the
 * organization, the requester or the tags changed. The last read stays on screen while the next one runs.
 */
export function useSnapshot(): SnapshotState {
  const client = useClient();
  const { settings } = useSettings();
  const { parent_account_field_key: parent, parent_account_id_field_key: parentId, lms_field_key: lms } = settings;
  const [state, setState] = useState<SnapshotState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const reread = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    const unsubscribe = LIVE_EVENTS.map((event) => subscribe(client, event, reread));
    return () => unsubscribe.forEach((off) => off());
  }, [client, reread]);

  useEffect(() => {
    let live = true;
    readSnapshot(client, [parent, parentId, lms]).then((read) => live && setState({ status: 'ready', read }));
    return () => {
      live = false;
    };
  }, [client, generation, parent, parentId, lms]);

  return state;
}
