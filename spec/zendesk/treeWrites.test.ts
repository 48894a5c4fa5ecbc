import { readNote } from '../../src/triage/readNote';
import { GROUPS, TICKETS, USERS, XSS } from '../../harness/fixtures';
import { walk } from '../../src/triage/engine';
import { planWrite } from '../../src/triage/planWrite';
import { parseSettings } from '../../src/triage/settings';
import type { Classification } from '../../src/triage/snapshot';
import { DISTRICT_KINDS, TREE_IDS, type Tree } from '../../src/triage/tree';
import { TREES } from '../../src/trees';
import { createWriteLedger } from '../../src/zendesk/writeLedger';
import { applyPlan } from '../../src/zendesk/writer';
import { FakeClient } from '../support/fakeClient';
import { zendeskServerPerFile } from '../support/zendeskServer';

/**
 * Generated, not hand-listed: every path from the root to an outcome of every tree is walked,
 * planned and applied to the fake Zendesk. Whatever the procedure says, the app's write is
 * one private note (found again by its reference line) and tags Zendesk keeps as they are.
 */

const { model } = zendeskServerPerFile();

const OUTCOME_FIELD = 360001;
const { settings } = parseSettings({ tier1_group_id: GROUPS.tier1.id, tier2_group_id: GROUPS.tier2.id, outcome_field_id: OUTCOME_FIELD });

interface TreePath {
  answers: Record<string, string>;
  outcome: string;
}

/** Every answer sequence from the root to an outcome (the checker guarantees the tree has no cycle). */
function pathsOf(tree: Tree): TreePath[] {
  const paths: TreePath[] = [];
  const visit = (nodeId: string, answers: Record<string, string>): void => {
    const node = tree.nodes[nodeId];
    if (!node) throw new Error(`${tree.id}: ${nodeId} is neither a question nor an outcome`);
    for (const option of node.answers) {
      const next = { ...answers, [nodeId]: option.id };
      if (option.next in tree.outcomes) paths.push({ answers: next, outcome: option.next });
      else visit(option.next, next);
    }
  };
  visit(tree.root, {});
  return paths;
}

const cases = TREE_IDS.flatMap((treeId) => pathsOf(TREES[treeId]).map((path, index) => ({ treeId, index, ...path })));

// Each path runs in one district kind, in turn, so every kind's district tag is written somewhere.
const classificationFor = (index: number): Classification => ({
  kind: DISTRICT_KINDS[index % DISTRICT_KINDS.length] ?? 'not-clever',
  academicYear: null,
  stale: false,
  conflict: false,
  evidence: [{ field: 'lms', value: XSS.img, reading: 'hostile markup in a field' }],
});

const hostile = `${XSS.script} ${XSS.svg}`;

it('walks a fair number of paths', () => {
  expect(cases.length).toBeGreaterThanOrEqual(TREE_IDS.length * 2);
});

it.each(cases)('$treeId path $index → $outcome: one private note and valid tags', async ({ treeId, index, answers, outcome }) => {
  const tree = TREES[treeId];
  const refId = `gen-${treeId}-${index}`;
  const state = walk(tree, classificationFor(index), answers, { refId });
  const collected = Object.fromEntries((tree.outcomes[outcome]?.collect ?? []).map((f) => [f.id, `${f.label} ${hostile}`]));
  const before = model.ticket(TICKETS.ssoDistrict);
  // What ZAF tells the sidebar of the Tier 1 agent assigned to the ticket: a group change must take the assignee along.
  const assignment = {
    assignee: { userId: before?.assignee_id ?? null, groupId: before?.group_id ?? null },
    currentUser: { id: USERS.tier1Agent, groupIds: [GROUPS.tier1.id] },
    escalatedBy: null,
  };
  const plan = planWrite(tree, state, settings, { collected, remark: `Remark ${hostile}`, assignment });

  const result = await applyPlan(new FakeClient(), createWriteLedger(), TICKETS.ssoDistrict, plan, { sleep: async () => undefined });
  expect(result).toMatchObject({ ok: true, attempts: 1, requests: 2 });

  const after = model.ticket(TICKETS.ssoDistrict);
  const added = after?.comments.slice(before?.comments.length ?? 0) ?? [];
  expect(added).toHaveLength(1);
  expect(added[0]?.public).toBe(false);
  // As Zendesk stores it (hostile markup stripped, spaces collapsed), in both shapes, the note matches its own reference line.
  for (const text of [added[0]?.body ?? '', added[0]?.plain_body ?? '']) {
    expect(readNote(text)).toMatchObject({ ok: true, note: { refId, matchesReference: true } });
  }
  // Sent as plain `body`: nothing in the stored HTML is markup the agent or a field value wrote.
  expect(added[0]?.html_body).not.toMatch(/<(script|img|svg)\b/i);

  for (const t of after?.tags ?? []) expect(t).toMatch(/^[a-z0-9_]+$/);
  expect(after?.tags).toEqual(expect.arrayContaining(['clever', 'login', ...plan.tags]));
  for (const removed of plan.removeTags) expect(after?.tags).not.toContain(removed);
  expect(after?.tags).toContain(`clever_outcome_${outcome}`);
  expect(after?.group_id).toBe(plan.groupId ?? before?.group_id);
  expect(after?.custom_fields).toContainEqual({ id: OUTCOME_FIELD, value: outcome });
});
