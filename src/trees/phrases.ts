import type { PhraseRule, TreeId } from '../triage/tree';
import { ACCESS_PHRASES } from './access.phrases';
import { SYNC_PHRASES } from './sync.phrases';
import { TRANSFERS_PHRASES } from './transfers.phrases';

/**
 * The sentences of a ticket that propose answers, by tree, beside the trees they serve. Loaded with
 * the walk, never on the first screen; `npm run trees:check` holds each to a node and answer of its tree.
 */
export const PHRASES: Readonly<Record<TreeId, readonly PhraseRule[]>> = {
  access: ACCESS_PHRASES,
  transfers: TRANSFERS_PHRASES,
  sync: SYNC_PHRASES,
  tier2: [],
};
