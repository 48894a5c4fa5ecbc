import { answer, start, view, walk } from '../../src/triage/engine';
import { NOTE_MARKER, planWrite } from '../../src/triage/planWrite';
import { readNote } from '../../src/triage/readNote';
import { DEFAULT_SETTINGS, parseSettings, TAG_MAX_CHARS, TAG_PREFIX_MAX_CHARS } from '../../src/triage/settings';
import { DISTRICT_KINDS, type Tree } from '../../src/triage/tree';
import { TREES } from '../../src/trees/index';
import { classificationOf } from './fixtures/trees';
import { allPaths, asAnswers } from './helpers/paths';

/** Every root-to-outcome path of every tree, generated from the trees and walked through the engine and the note. */

const TAG = /^[a-z0-9_]+$/;
const cases = Object.values(TREES).flatMap((tree: Tree) =>
  allPaths(tree).map((path) => ({ tree, path, name: `${tree.id}: ${path.answers.map((a) => `${a.node}=${a.answer}`).join(' → ')} ⇒ ${path.outcome}` })),
);

describe('every path of every tree', () => {
  it('has paths to walk', () => {
    for (const tree of Object.values(TREES)) expect(allPaths(tree).length).toBeGreaterThanOrEqual(Object.keys(tree.outcomes).length);
  });

  it.each(cases)('$name', ({ tree, path }) => {
    // Answered by the agent throughout: the district data can only decide fewer of them.
    const state = walk(tree, classificationOf('clever-unknown-type', { conflict: true }), asAnswers(path), { refId: 'paths' });
    const v = view(tree, state);
    expect(v.outcome?.id).toBe(path.outcome);
    expect(v.path.map((s) => s.node)).toEqual(path.answers.map((a) => a.node));

    const plan = planWrite(tree, state, DEFAULT_SETTINGS, { collected: {}, remark: '' });
    const lines = plan.note.split('\n');
    expect(lines[0]).toBe(`${NOTE_MARKER} Clever Triage: ${tree.title} (${tree.id} v${tree.version})`);
    // Read back, the note matches its own reference line.
    expect(readNote(plan.note)).toMatchObject({ ok: true, note: { refId: 'paths', matchesReference: true } });
    for (const a of path.answers) expect(lines.some((l) => l.startsWith(`- ${a.node} = ${a.answer} [agent]: `))).toBe(true);
    expect(plan.note).not.toMatch(/undefined|\{\{|\[object Object\]/);
    expect(plan.tags.every((t) => TAG.test(t))).toBe(true);
    expect(plan.tags).toEqual(expect.arrayContaining([`clever_tree_${tree.id}`, `clever_outcome_${path.outcome}`, 'clever_district_unknown_type']));
  });
});

describe('every tag of every outcome, with the longest prefix the settings take', () => {
  const longest = parseSettings({ tag_prefix: 'p'.repeat(TAG_PREFIX_MAX_CHARS) });

  it.each(cases)('$name', ({ tree, path }) => {
    expect(longest.problems).toEqual([]);
    const state = walk(tree, classificationOf('clever-unknown-type'), asAnswers(path), { refId: 'paths' });
    const plan = planWrite(tree, state, longest.settings, { collected: {}, remark: '' });
    for (const t of [...plan.tags, ...plan.removeTags]) expect([t, t.length <= TAG_MAX_CHARS]).toEqual([t, true]);
  });
});

describe('every path with the district data answering what it can', () => {
  const kinds = DISTRICT_KINDS.map((kind) => classificationOf(kind));
  it.each(Object.values(TREES).flatMap((tree) => kinds.map((c) => ({ tree, c, name: `${tree.id} with a ${c.kind} district` }))))(
    '$name reaches an outcome on every branch the agent can take',
    ({ tree, c }) => {
      // Explore the agent's choices from each pending question; auto-answers come from the kind.
      const reached = new Set<string>();
      const explore = (state: ReturnType<typeof start>, depth: number) => {
        expect(depth).toBeLessThan(50);
        const v = view(tree, state);
        if (v.outcome) return void reached.add(v.outcome.id);
        for (const a of v.pending!.answers) explore(answer(tree, state, v.pending!.id, a.id), depth + 1);
      };
      explore(start(tree, c, { refId: 'auto' }), 0);
      expect(reached.size).toBeGreaterThan(0);
    },
  );
});
