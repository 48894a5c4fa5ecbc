import { CONTRACT_ANSWERS, SEED_STEP_IDS } from '../../src/triage/checkTrees';

/**
 * What the scenarios outside the project know of the trees (node ids follow the written
 * procedure): the seed's numbered steps, the one question the contract names inside a
 * step, and the answers `yes` / `no` (the sync article's questions take their fixed choices).
 */
export const CONTRACT_NODE_IDS: readonly string[] = [...SEED_STEP_IDS, 'transfers.1.new_school_listed'];

export function contractAnswers(nodeId: string): readonly string[] {
  return CONTRACT_ANSWERS[nodeId] ?? ['yes', 'no'];
}

export function isContractAnswer(nodeId: string, answerId: string): boolean {
  return CONTRACT_NODE_IDS.includes(nodeId) && contractAnswers(nodeId).includes(answerId);
}
