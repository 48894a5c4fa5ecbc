import { assigneeOnGroupChange, type AssignmentFacts } from '../../src/triage/assignee';

const TIER1 = 11;
const TIER2 = 22;
const ME = 5;
const OTHER = 6;
const ESCALATOR = 7;

const facts = (over: Partial<AssignmentFacts> = {}): AssignmentFacts => ({
  assignee: { userId: null, groupId: null },
  currentUser: { id: ME, groupIds: [TIER1] },
  escalatedBy: null,
  ...over,
});

describe('the assignee that goes with a group change', () => {
  it('escalating to Tier 2: a Tier 1 agent assigned to the ticket is cleared', () => {
    expect(assigneeOnGroupChange(TIER2, false, facts({ assignee: { userId: ME, groupId: TIER1 } }))).toBeNull();
  });

  it('escalating to Tier 2: an agent ZAF lists in Tier 2 stays assigned', () => {
    const both = facts({ currentUser: { id: ME, groupIds: [TIER1, TIER2] }, assignee: { userId: ME, groupId: TIER1 } });
    expect(assigneeOnGroupChange(TIER2, false, both)).toBeUndefined();
    // Already in the Tier 2 group: Zendesk keeps an assignee a member of the ticket's group.
    expect(assigneeOnGroupChange(TIER2, false, facts({ assignee: { userId: OTHER, groupId: TIER2 } }))).toBeUndefined();
  });

  it('escalating to Tier 2: another agent whose groups ZAF does not give is cleared, not risked', () => {
    expect(assigneeOnGroupChange(TIER2, false, facts({ assignee: { userId: OTHER, groupId: TIER1 } }))).toBeNull();
  });

  it('an unassigned ticket stays unassigned', () => {
    expect(assigneeOnGroupChange(TIER2, false, facts())).toBeUndefined();
  });

  it('returning to Tier 1: the ticket goes back to the agent who escalated when their note says they are in Tier 1', () => {
    const tier2Agent = { userId: OTHER, groupId: TIER2 };
    expect(assigneeOnGroupChange(TIER1, true, facts({ assignee: tier2Agent, escalatedBy: { userId: ESCALATOR, inTier1: true } }))).toBe(ESCALATOR);
    expect(assigneeOnGroupChange(TIER1, true, facts({ assignee: tier2Agent, escalatedBy: { userId: ESCALATOR, inTier1: false } }))).toBeNull();
    expect(assigneeOnGroupChange(TIER1, true, facts({ assignee: tier2Agent }))).toBeNull();
  });

  it('no group change, no assignee change', () => {
    expect(assigneeOnGroupChange(null, true, facts({ assignee: { userId: OTHER, groupId: TIER2 }, escalatedBy: { userId: ESCALATOR, inTier1: true } }))).toBeUndefined();
  });

  // Every combination: the ticket's assignee after the write is always one known to be in its new group.
  const groups = [null, TIER1, TIER2];
  const users = [null, ME, OTHER, ESCALATOR];
  const memberships = [[], [TIER1], [TIER2], [TIER1, TIER2]];
  const escalators = [null, { userId: ESCALATOR, inTier1: true }, { userId: ESCALATOR, inTier1: false }];
  const cases = groups.flatMap((target) =>
    [true, false].flatMap((returning) =>
      users.flatMap((userId) =>
        groups.flatMap((groupId) =>
          memberships.flatMap((groupIds) => escalators.map((escalatedBy) => ({ target, returning, f: facts({ assignee: { userId, groupId }, currentUser: { id: ME, groupIds }, escalatedBy }) }))),
        ),
      ),
    ),
  );

  it(`in all ${cases.length} combinations, never leaves or sets an assignee not known to be in the new group, and clears only when it must`, () => {
    for (const { target, returning, f } of cases) {
      const decided = assigneeOnGroupChange(target, returning, f);
      const after = decided === undefined ? f.assignee.userId : decided;
      const knownMember = (user: number) =>
        (user === f.assignee.userId && f.assignee.groupId === target) ||
        (user === ME && target !== null && f.currentUser?.groupIds.includes(target)) ||
        (returning && user === f.escalatedBy?.userId && f.escalatedBy.inTier1);
      if (target === null) expect(decided).toBeUndefined();
      else if (after !== null) expect({ target, returning, f, after, member: knownMember(after) }).toMatchObject({ member: true });
      if (decided === null) expect({ target, returning, f, knownMember: knownMember(f.assignee.userId ?? -1) }).toMatchObject({ knownMember: false });
    }
  });
});
