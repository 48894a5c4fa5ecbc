/**
 * Who the ticket is assigned to after a write that moves it to another group. Zendesk refuses
 * an update whose assignee is not a member of the ticket's group (422 RecordInvalid, "Assignee:
 * is not a member of the group"), and the note and tags travel in that same update, so the
 * assignee is decided with every group change, from what ZAF already knows: no extra request.
 * ("A ticket can never be assigned to an agent without also being assigned to a group":
 * https://developer.zendesk.com/api-reference/ticketing/groups/groups/.)
 */

export interface AssignmentFacts {
  /** The ticket's assignee and group now (ZAF's `ticket.assignee`). */
  assignee: { userId: number | null; groupId: number | null };
  /** The signed-in agent and the groups ZAF lists for them (`currentUser.groups`). */
  currentUser: { id: number; groupIds: readonly number[] } | null;
  /**
   * The Tier 1 agent who escalated (the author of Tier 1's note) and whether the note says they
   * were in the Tier 1 group; null when no note of the app's says so.
   */
  escalatedBy: { userId: number; inTier1: boolean } | null;
}

export const NO_ASSIGNMENT_FACTS: AssignmentFacts = { assignee: { userId: null, groupId: null }, currentUser: null, escalatedBy: null };

/**
 * `undefined`: leave the assignee as it is (no group change, none assigned, or the assignee is
 * known to be in the new group); `null`: clear it; a number: assign that agent.
 * Membership is known only where ZAF says it: the ticket's assignee belongs to the ticket's
 * current group (Zendesk keeps it so), and the signed-in agent to `currentUser.groups`. An
 * assignee not known to be a member is cleared: a cleared assignee is a ticket the group picks
 * up, a refused update is a write that fails.
 */
export function assigneeOnGroupChange(groupId: number | null, returnToTier1: boolean, facts: AssignmentFacts): number | null | undefined {
  if (groupId === null) return undefined;
  if (returnToTier1 && facts.escalatedBy?.inTier1) return facts.escalatedBy.userId;
  const { userId } = facts.assignee;
  if (userId === null) return undefined;
  const member = facts.assignee.groupId === groupId || (facts.currentUser?.id === userId && facts.currentUser.groupIds.includes(groupId));
  return member ? undefined : null;
}
