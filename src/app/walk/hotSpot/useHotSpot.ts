import { useCallback, useEffect, useState } from 'react';
import { problemDraft } from '../../../triage/hotSpot';
import { parentAccountTag } from '../../../triage/planWrite';
import type { Settings } from '../../../triage/settings';
import type { Classification, TicketSnapshot } from '../../../triage/snapshot';
import { TREES } from '../../../trees';
import { createProblem, readHotSpot, type HotSpotRead, type ProblemTicket } from '../../../zendesk/hotSpot';
import { useClient } from '../../shell/ClientProvider';

export type Creation = { status: 'idle' } | { status: 'creating' } | { status: 'failed'; message: string; mayExist: boolean };

export interface HotSpotView {
  read: HotSpotRead | null;
  districtName: string;
  /** The district's open problem ticket: found by the search, or just opened from here. */
  problem: ProblemTicket | null;
  /** A Tier 2 agent may open the district's problem ticket (anyone, when the Tier 2 group is not set). */
  canCreate: boolean;
  creation: Creation;
  create: () => void;
}

/** The district's name as the organization says it: its Parent Account, else its own name. */
function districtNameOf(snapshot: TicketSnapshot, settings: Settings): string {
  const parent = snapshot.organization?.organizationFields[settings.parent_account_field_key];
  return typeof parent === 'string' && parent.trim() !== '' ? parent.trim() : (snapshot.organization?.name ?? '');
}

/**
 * The hot spot of the ticket's district, read once per district tag (src/zendesk/hotSpot.ts); none
 * without a Parent Account ID. Creating the problem ticket is sent once: the button is gone while it runs.
 */
export function useHotSpot(snapshot: TicketSnapshot, classification: Classification, settings: Settings): HotSpotView | null {
  const client = useClient();
  const districtTag = parentAccountTag(settings.tag_prefix, classification, settings.parent_account_id_field_key);
  const [read, setRead] = useState<HotSpotRead | null>(null);
  const [created, setCreated] = useState<ProblemTicket | null>(null);
  const [creation, setCreation] = useState<Creation>({ status: 'idle' });
  const { ticketId } = snapshot;
  const threshold = settings.hot_spot_threshold;
  const prefix = settings.tag_prefix;

  useEffect(() => {
    if (districtTag === null) return undefined;
    let live = true;
    setRead(null);
    void readHotSpot(client, { districtTag, ticketId, prefix, threshold, trees: TREES, now: Date.now() }).then((r) => live && setRead(r));
    return () => {
      live = false;
    };
  }, [client, districtTag, ticketId, prefix, threshold]);

  const districtName = districtNameOf(snapshot, settings);
  const hotSpot = read?.ok ? read.hotSpot : null;
  const create = useCallback(() => {
    if (!hotSpot || districtTag === null) return;
    setCreation({ status: 'creating' });
    void createProblem(client, problemDraft({ districtName, districtTag, hotSpot, ticketId })).then((result) => {
      if (result.ok) {
        setCreated(result.problem);
        setCreation({ status: 'idle' });
      } else setCreation({ status: 'failed', message: result.message, mayExist: result.mayExist });
    });
  }, [client, hotSpot, districtName, districtTag, ticketId]);

  if (districtTag === null) return null;
  const tier2 = settings.tier2_group_id;
  const canCreate = tier2 === undefined || (snapshot.currentUser?.groups ?? []).some((g) => g.id === tier2);
  return { read, districtName, problem: created ?? (read?.ok ? read.problem : null), canCreate, creation, create };
}
