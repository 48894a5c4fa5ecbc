import type { TreeId, TreeText } from '../../triage/tree';
import { accessEs } from './access';
import { syncEs } from './sync';
import { tier2Es } from './tier2';
import { transfersEs } from './transfers';

/**
 * The procedures' Spanish, by tree id: its own chunk, loaded only for Spanish. `npm run
 * trees:check` holds it to the English trees (src/triage/checkTreeText.ts).
 */
export const TREE_TEXT_ES: Record<TreeId, TreeText> = {
  access: accessEs,
  transfers: transfersEs,
  tier2: tier2Es,
  sync: syncEs,
};

/**
 * English strings that read the same in Spanish: only names the products show (a help center's
 * name, a team's). Any other Spanish string equal to its English is an untranslated one.
 */
export const SAME_IN_SPANISH: ReadonlySet<string> = new Set(['Clever Support', 'Tech Dev', 'No']);
