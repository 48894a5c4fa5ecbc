import type { Tree, TreeId } from '../triage/tree';
import { accessTree } from './access';
import { syncTree } from './sync';
import { tier2Tree } from './tier2';
import { transfersTree } from './transfers';

/** The procedures as data, by tree id; `npm run trees:check` holds them to src/triage/checkTrees.ts. */
export const TREES: Record<TreeId, Tree> = {
  access: accessTree,
  transfers: transfersTree,
  tier2: tier2Tree,
  sync: syncTree,
};
