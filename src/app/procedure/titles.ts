import type { TreeId } from '../../triage/tree';

/**
 * The procedures' titles, for the first screen (the procedures to choose from, the resumed-session
 * notices). The trees themselves are in the walk's chunk, loaded after that screen is shown, so
 * the titles are listed here; spec/app/procedure/titles.test.ts fails when they differ from the trees'.
 */
export const PROCEDURE_TITLES: Readonly<Record<TreeId, string>> = {
  access: 'Tier 1: troubleshooting access issues',
  transfers: 'Tier 1: school transfers and dual enrollments',
  sync: 'Remind’s SIS sync report (Clever–Remind sync): errors, alerts and holds',
  tier2: 'Tier 2: escalations',
};
