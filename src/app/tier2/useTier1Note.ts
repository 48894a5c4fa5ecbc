import { useCallback, useEffect, useState } from 'react';
import type { PacketGaps, ReadNote } from '../../triage/readNote';
import type { ZafClient } from '../../zendesk/zaf';
import { useClient, useSettings } from '../shell/ClientProvider';

/** The states every read of a note of the ticket goes through; `R` is what it found. */
export type NoteRead<R> =
  | { status: 'loading' }
  /** No such note of the app's: the ticket was escalated (or returned) by hand. */
  | { status: 'none' }
  | { status: 'failed'; message: string }
  | R;

export type Tier1Note = NoteRead<
  /** The app's marker, but not its layout. */
  | { status: 'unreadable'; message: string }
  | {
      status: 'read';
      note: ReadNote;
      gaps: PacketGaps;
      /** Who wrote the note and when (the comment's, not what its text claims), and whether they are in the Tier 1 group. */
      by: { name: string | null; at: string | null; group: 'in' | 'out' | 'unknown' };
      /** false: shown, marked, but its values are not carried into Tier 2's form or Jira. */
      trusted: boolean;
    }
>;

/**
 * Tier 2's note that returned the ticket to Tier 1: who wrote it and when (the comment's author
 * and date), and what Tier 2 asks Tier 1 to fix.
 */
export type ReturnNote = NoteRead<{ status: 'read'; by: string | null; at: string | null; fix: string | null; remark: string }>;

/**
 * A note of the ticket (every page of comments), read once `enabled`, with `read` loaded lazily
 * (the note's parser and the trees are not needed before the view that shows it). Never
 * throws: each way it can go wrong is a state the view explains, and `retry` reads again.
 */
function useNoteRead<R extends { status: string }>(
  ticketId: number | null,
  enabled: boolean,
  read: (client: ZafClient, ticketId: number) => Promise<NoteRead<R>>,
): { state: NoteRead<R>; retry: () => void } {
  const client = useClient();
  const [state, setState] = useState<NoteRead<R>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const retry = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    if (!enabled) return;
    if (ticketId === null) {
      setState({ status: 'none' });
      return;
    }
    let live = true;
    setState({ status: 'loading' });
    read(client, ticketId).then(
      (found) => live && setState(found),
      () => live && setState({ status: 'failed', message: 'The Tier 2 view could not be loaded: the connection may have dropped.' }),
    );
    return () => {
      live = false;
    };
  }, [client, ticketId, enabled, generation, read]);

  return { state, retry };
}

// The readers (and the note's parser with them) load with the Tier 2 views, fetched with the first read.
const readTier1 = (client: ZafClient, ticketId: number, tier1GroupId: number | null) =>
  import(/* webpackChunkName: "tier2" */ './readTier1Note').then((m) => m.readTier1Note(client, ticketId, tier1GroupId));
const readReturn = (client: ZafClient, ticketId: number) =>
  import(/* webpackChunkName: "tier2" */ './readTier1Note').then((m) => m.readReturnNote(client, ticketId));

/** Tier 1's newest note, read back, once the Tier 2 view is shown. */
export function useTier1Note(ticketId: number | null, enabled: boolean): { state: Tier1Note; retry: () => void } {
  const tier1GroupId = useSettings().settings.tier1_group_id ?? null;
  const read = useCallback((client: ZafClient, id: number) => readTier1(client, id, tier1GroupId), [tier1GroupId]);
  return useNoteRead(ticketId, enabled, read);
}

/** Tier 2's return, read only when the ticket's tags say it was returned: no request otherwise. */
export function useReturnNote(ticketId: number | null, returned: boolean): { state: ReturnNote; retry: () => void } {
  return useNoteRead(ticketId, returned, readReturn);
}
