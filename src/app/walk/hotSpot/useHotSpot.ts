import { useCallback, useEffect, useState } from 'react';
import { problemDraft, type HotSpot } from '../../../triage/hotSpot';
import { parentAccountTag } from '../../../triage/planWrite';
import type { Settings } from '../../../triage/settings';
import type { Classification, TicketSnapshot } from '../../../triage/snapshot';
import type { Language } from '../../../triage/tree';
import { TREES } from '../../../trees';
import { createProblem, readHotSpot, type HotSpotRead, type ProblemTicket } from '../../../zendesk/hotSpot';
import { useClient } from '../../shell/ClientProvider';
import { useWalkContext } from '../useTicketSession';

export type Creation = { status: 'idle' } | { status: 'creating' } | { status: 'failed'; message: string; mayExist: boolean };

export interface HotSpotView {
  read: HotSpotRead | null;
  /** The read's hot spot, its outcome in the agent's language. */
  hotSpot: HotSpot | null;
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
  const parent = snapshot.organization?.organizationFields[settings.parent_account_field];
  return typeof parent === 'string' && parent.trim() !== '' ? parent.trim() : (snapshot.organization?.name ?? '');
}

/**
 * The hot spot of the ticket's district, read once per district tag (src/zendesk/hotSpot.ts); none
 * without a Parent Account ID. Creating the problem ticket is sent once: the button is gone while it runs.
 */
export function useHotSpot(snapshot: TicketSnapshot, classification: Classification, settings: Settings): HotSpotView | null {
  const client = useClient();
  const { languages } = useWalkContext();
  const districtTag = parentAccountTag(settings.tag_prefix, classification, settings.parent_account_id_field);
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
  const found = read?.ok ? read.hotSpot : null;
  // Searched by the outcomes' tags, which no language changes; said in the reader's words.
  const inLanguage = useCallback(
    (spot: HotSpot, language: Language): HotSpot => ({ ...spot, outcome: languages.trees[language][spot.tree].outcomes[spot.outcome.id] ?? spot.outcome }),
    [languages],
  );
  const create = useCallback(() => {
    if (!found || districtTag === null) return;
    setCreation({ status: 'creating' });
    // The problem ticket is the team's record: in the notes' language.
    void createProblem(client, problemDraft({ districtName, districtTag, hotSpot: inLanguage(found, languages.note), ticketId })).then((result) => {
      if (result.ok) {
        setCreated(result.problem);
        setCreation({ status: 'idle' });
      } else setCreation({ status: 'failed', message: result.message, mayExist: result.mayExist });
    });
  }, [client, found, inLanguage, languages.note, districtName, districtTag, ticketId]);

  if (districtTag === null) return null;
  const tier2 = settings.tier2_group_id;
  const canCreate = tier2 === undefined || (snapshot.currentUser?.groups ?? []).some((g) => g.id === tier2);
  const hotSpot = found && inLanguage(found, languages.agent);
  return { read, hotSpot, districtName, problem: created ?? (read?.ok ? read.problem : null), canCreate, creation, create };
}
