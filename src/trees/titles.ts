import type { TreeId } from '../triage/tree';

/**
 * The procedures' titles, the one place they are written: each tree takes its own from here, and
 * the first screen (the procedures to choose from) shows them without loading the trees.
 */
export const PROCEDURE_TITLES: Readonly<Record<TreeId, string>> = {
  access: 'Tier 1: troubleshooting access issues',
  transfers: 'Tier 1: school transfers and dual enrollments',
  sync: 'Remind’s SIS sync report (Clever–Remind sync): errors, alerts and holds',
  tier2: 'Tier 2: escalations',
};
