import { CONTRACT_ANSWERS, SEED_STEP_IDS } from '../../src/triage/checkTrees';

/**
 * What the scenarios outside the project know of the trees (node ids follow the written
 * procedure): the seed's numbered steps, the one question the contract names inside a
 * step, and the answers `yes` / `no` (the sync article's questions take their fixed choices).
 */
export const CONTRACT_NODE_IDS: readonly string[] = [
  ...SEED_STEP_IDS,
  'transfers.1.new_school_listed',
  // transfers v3 asks step 1's first bullet ("confirm with the district's Clever admin that the user's Clever profile has been updated").
  'transfers.1.clever_profile',
  // tier2 v5 asks step 3 No's two choices: the procedure the escalation came from, and "if necessary … mark as a returned Tier 1 escalation".
  'tier2.3.origin',
  'tier2.3.mark_access',
  'tier2.3.mark_transfers',
];

const STEP_CHOICES: Readonly<Record<string, readonly string[]>> = { 'tier2.3.origin': ['access', 'transfers'] };

export function contractAnswers(nodeId: string): readonly string[] {
  return CONTRACT_ANSWERS[nodeId] ?? STEP_CHOICES[nodeId] ?? ['yes', 'no'];
}

export function isContractAnswer(nodeId: string, answerId: string): boolean {
  return CONTRACT_NODE_IDS.includes(nodeId) && contractAnswers(nodeId).includes(answerId);
}
