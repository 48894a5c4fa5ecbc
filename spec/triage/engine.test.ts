import fc from 'fast-check';
import {
  answer,
  back,
  EngineError,
  handoff,
  reclassify,
  renewRefId,
  restart,
  start,
  view,
  walk,
  type WalkState,
} from '../../src/triage/engine';
import { restore, serialize } from '../../src/triage/savedWalk';
import { DISTRICT_KINDS } from '../../src/triage/tree';
import { classificationOf, fixtureTier2, fixtureTree, fixtureTrees } from './fixtures/trees';
import { thrown } from '../support/thrown';

const tree = fixtureTree;
const sso = classificationOf('clever-sso');

const engineError = (fn: () => unknown): EngineError => thrown(EngineError, fn);

describe('starting a walk', () => {
  it('answers what the district kind answers, each with the classification’s evidence', () => {
    const state = start(tree, sso, { refId: 'r1' });
    expect(state.steps).toEqual([
      { node: 'transfers.1', answer: 'yes', source: 'auto', evidence: sso.evidence },
      { node: 'transfers.1.integration', answer: 'sso', source: 'auto', evidence: sso.evidence },
    ]);
    expect(view(tree, state).pending?.id).toBe('transfers.2');
    expect(state).toMatchObject({ tree: 'transfers', treeVersion: 3, refId: 'r1', overrides: {}, handoffFrom: null });
  });

  it('asks the integration question when the district is Clever but of unknown type', () => {
    const state = start(tree, classificationOf('clever-unknown-type'));
    expect(state.steps.map((s) => s.node)).toEqual(['transfers.1']);
    expect(view(tree, state).pending?.id).toBe('transfers.1.integration');
  });

  it('leaves every question to the agent when Parent Account and LMS disagree', () => {
    const state = start(tree, classificationOf('clever-sso', { conflict: true }));
    expect(state.steps).toEqual([]);
    expect(view(tree, state).pending?.id).toBe('transfers.1');
  });

  it('finishes at once when the data answers every question on the way', () => {
    const state = start(tree, classificationOf('not-clever'));
    expect(view(tree, state).outcome?.id).toBe('not_clever');
  });

  it('makes up a reference id when none is given, and refuses a malformed one', () => {
    expect(start(tree, sso).refId).toMatch(/^[a-z0-9]{12}$/);
    expect(engineError(() => start(tree, sso, { refId: 'has space' })).code).toBe('bad_ref_id');
  });
});

describe('answering', () => {
  it('the pending question, to an outcome', () => {
    const done = answer(tree, start(tree, sso), 'transfers.2', 'yes');
    expect(view(tree, done).outcome?.id).toBe('sso_listed');
    expect(done.steps.at(-1)).toEqual({ node: 'transfers.2', answer: 'yes', source: 'agent', evidence: [] });
    expect(done.overrides).toEqual({ 'transfers.2': 'yes' });
  });

  it('overrides an auto-answer and remembers the override', () => {
    const state = answer(tree, start(tree, sso), 'transfers.1.integration', 'rostering');
    expect(state.steps[1]).toEqual({ node: 'transfers.1.integration', answer: 'rostering', source: 'agent', evidence: [] });
    expect(view(tree, state).pending?.id).toBe('transfers.3');
  });

  it('changing an earlier answer keeps later answers still on the new path and drops the others', () => {
    // Rostering path: course not linked → back to transfers.2 (a merge point), answered yes.
    let state = start(tree, classificationOf('clever-rostering'));
    state = answer(tree, state, 'transfers.3', 'no');
    state = answer(tree, state, 'transfers.2', 'yes');
    expect(state.steps.map((s) => s.node)).toEqual(['transfers.1', 'transfers.1.integration', 'transfers.3', 'transfers.2']);

    // Switching the integration to SSO skips transfers.3; transfers.2 is still on the path and keeps its answer.
    const changed = answer(tree, state, 'transfers.1.integration', 'sso');
    expect(changed.steps.map((s) => `${s.node}=${s.answer}`)).toEqual([
      'transfers.1=yes',
      'transfers.1.integration=sso',
      'transfers.2=yes',
    ]);
    expect(view(tree, changed).outcome?.id).toBe('sso_listed');
    // The dropped answer is remembered off the path, and comes back with the branch.
    expect(changed.overrides['transfers.3']).toBe('no');
    const again = answer(tree, changed, 'transfers.1.integration', 'rostering');
    expect(again.steps).toEqual(state.steps.map((s) => (s.node === 'transfers.1.integration' ? { ...s, source: 'agent', evidence: [] } : s)));
  });

  it('refuses a node the tree lacks, an answer not offered, and a node off the path', () => {
    const state = start(tree, sso);
    expect(engineError(() => answer(tree, state, 'transfers.9', 'yes'))).toMatchObject({ code: 'unknown_node', node: 'transfers.9' });
    expect(engineError(() => answer(tree, state, 'transfers.2', 'maybe'))).toMatchObject({ code: 'answer_not_offered', node: 'transfers.2' });
    expect(engineError(() => answer(tree, state, 'transfers.3', 'yes'))).toMatchObject({ code: 'node_not_reached' });
    expect(engineError(() => answer(tree, state, 'toString', 'yes')).code).toBe('unknown_node');
  });

  it('refuses a state of another tree version', () => {
    const state = start(tree, sso);
    expect(engineError(() => answer({ ...tree, version: 4 }, state, 'transfers.2', 'yes')).code).toBe('wrong_tree');
  });
});

describe('going back and restarting', () => {
  it('back takes back the last agent answer; the auto-answers before it stay', () => {
    const done = answer(tree, start(tree, sso), 'transfers.2', 'no');
    const backed = back(tree, done);
    expect(backed.steps.map((s) => s.source)).toEqual(['auto', 'auto']);
    expect(view(tree, backed).pending?.id).toBe('transfers.2');
    expect(backed.overrides).toEqual({});
  });

  it('back with nothing the agent answered changes nothing', () => {
    const state = start(tree, sso);
    expect(back(tree, state)).toEqual(state);
  });

  it('restart forgets the agent’s answers, keeps the auto-answers and the reference id', () => {
    let state = answer(tree, start(tree, sso, { refId: 'keep' }), 'transfers.1.integration', 'rostering');
    state = answer(tree, state, 'transfers.3', 'yes');
    expect(restart(tree, state)).toEqual(start(tree, sso, { refId: 'keep' }));
  });

  it('renewRefId keeps the walk as it is under a fresh reference id that restore accepts', () => {
    const state = answer(tree, start(tree, sso, { refId: 'written' }), 'transfers.2', 'no');
    const renewed = renewRefId(state);
    expect(renewed).toEqual({ ...state, refId: expect.stringMatching(/^[a-z0-9]{12}$/) });
    expect(restore(tree, serialize(renewed))).toEqual({ ok: true, state: renewed });
  });
});

describe('the CLI’s walk', () => {
  it('takes answers by node, overriding auto-answers', () => {
    const state = walk(tree, sso, { 'transfers.1': 'no' }, { refId: 'cli' });
    expect(view(tree, state).outcome?.id).toBe('not_clever');
    expect(state.steps).toEqual([{ node: 'transfers.1', answer: 'no', source: 'agent', evidence: [] }]);
  });

  it('keeps answers for nodes the path does not reach, unused', () => {
    const state = walk(tree, sso, { 'transfers.3': 'yes' });
    expect(view(tree, state).pending?.id).toBe('transfers.2');
  });

  describe('a routing question the data does not answer', () => {
    const unknown = classificationOf('clever-unknown-type');

    it('takes the answer that leads to the one question answered after it, as the agent’s, with no evidence', () => {
      const state = walk(tree, unknown, { 'transfers.3': 'yes' });
      expect(state.steps).toEqual([
        { node: 'transfers.1', answer: 'yes', source: 'auto', evidence: unknown.evidence },
        { node: 'transfers.1.integration', answer: 'rostering', source: 'agent', evidence: [] },
        { node: 'transfers.3', answer: 'yes', source: 'agent', evidence: [] },
      ]);
      expect(view(tree, state).outcome?.id).toBe('wait_overnight');
    });

    it('does the same when Parent Account and LMS disagree, question after question', () => {
      const state = walk(tree, classificationOf('clever-sso', { conflict: true }), { 'transfers.1': 'yes', 'transfers.2': 'no' });
      expect(state.steps.map((s) => `${s.node}=${s.answer} (${s.source})`)).toEqual([
        'transfers.1=yes (agent)',
        'transfers.1.integration=sso (agent)',
        'transfers.2=no (agent)',
      ]);
    });

    it('stays pending when answers follow more than one of its answers', () => {
      const state = walk(tree, unknown, { 'transfers.2': 'yes', 'transfers.3': 'no' });
      expect(view(tree, state).pending?.id).toBe('transfers.1.integration');
    });

    it('leaves the data’s own answer alone', () => {
      const state = walk(tree, sso, { 'transfers.3': 'yes' });
      expect(state.steps[1]).toMatchObject({ node: 'transfers.1.integration', answer: 'sso', source: 'auto' });
    });

    it('gives a walk that restores, and goes back one answer at a time', () => {
      const state = walk(tree, unknown, { 'transfers.3': 'yes' });
      expect(restore(tree, serialize(state))).toEqual({ ok: true, state });
      const backed = back(tree, state);
      expect(view(tree, backed).pending?.id).toBe('transfers.3');
      expect(view(tree, back(tree, backed)).pending?.id).toBe('transfers.1.integration');
    });
  });

  it('refuses unknown nodes and answers not offered', () => {
    expect(engineError(() => walk(tree, sso, { 'access.1': 'yes' })).code).toBe('unknown_node');
    expect(engineError(() => walk(tree, sso, { 'transfers.2': 'sso' })).code).toBe('answer_not_offered');
  });
});

describe('the data changing under a walk', () => {
  it('the auto-answers follow the new data; the agent’s answers stay; a question the data no longer answers is asked again', () => {
    const done = answer(tree, start(tree, sso, { refId: 'r5' }), 'transfers.2', 'yes');
    const unknown = classificationOf('clever-unknown-type');
    const changed = reclassify(tree, done, unknown);
    // The agent answered transfers.2 after the app chose SSO: that does not make SSO the agent's answer.
    expect(view(tree, changed).pending?.id).toBe('transfers.1.integration');
    expect(changed).toMatchObject({ classification: unknown, refId: 'r5', overrides: { 'transfers.2': 'yes' } });
    expect(view(tree, reclassify(tree, changed, sso)).outcome?.id).toBe('sso_listed');
  });

  it('refuses a walk of another tree version', () => {
    expect(engineError(() => reclassify({ ...tree, version: 4 }, start(tree, sso), sso)).code).toBe('wrong_tree');
  });
});

describe('handing off to another tree', () => {
  it('starts the target tree with the same classification, remembering where it came from', () => {
    const done = answer(tree, start(tree, sso, { refId: 'r9' }), 'transfers.2', 'no');
    const outcome = view(tree, done).outcome!;
    const next = handoff(fixtureTrees, done, outcome);
    expect(next).toMatchObject({ tree: 'tier2', treeVersion: 1, refId: 'r9.tier2', handoffFrom: { tree: 'transfers', outcome: 'continue_in_tier2' } });
    expect(next.classification).toEqual(sso);
    expect(view(fixtureTier2, next).pending?.id).toBe('tier2.1');
  });

  it('refuses an outcome that is not the one reached, or one that does not lead to a tree', () => {
    const listed = answer(tree, start(tree, sso), 'transfers.2', 'yes');
    expect(engineError(() => handoff(fixtureTrees, listed, tree.outcomes.continue_in_tier2!)).code).toBe('not_a_tree_handoff');
    expect(engineError(() => handoff(fixtureTrees, listed, tree.outcomes.sso_listed!)).code).toBe('not_a_tree_handoff');
  });
});

describe('saving and restoring', () => {
  it('round-trips a walk', () => {
    const state = answer(tree, start(tree, sso), 'transfers.2', 'no');
    expect(restore(tree, serialize(state))).toEqual({ ok: true, state });
  });

  it('refuses a walk saved with another version of the tree, saying why', () => {
    const saved = serialize(start(tree, sso));
    const result = restore({ ...tree, version: 4 }, saved);
    expect(result).toEqual({ ok: false, reason: 'the saved walk is of transfers version 3; the procedure is now version 4' });
  });

  it.each([
    ['not JSON', '{', /not valid JSON/],
    ['another format', JSON.stringify({ hello: 1 }), /expected format/],
    ['another tree', serialize(start(fixtureTier2, sso)), /of tree tier2/],
  ])('refuses %s', (_what, json, reason) => {
    const result = restore(tree, json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('refuses answers the tree does not have and a path that does not follow from the answers', () => {
    const state = answer(tree, start(tree, sso), 'transfers.2', 'no');
    const unknownAnswer = { ...state, overrides: { 'transfers.2': 'perhaps' } };
    expect(restore(tree, serialize(unknownAnswer))).toMatchObject({ ok: false, reason: expect.stringMatching(/perhaps/) });
    const forgedPath = { ...state, steps: state.steps.slice(0, 1) };
    expect(restore(tree, serialize(forgedPath))).toEqual({ ok: false, reason: 'the saved path does not follow from the saved answers' });
  });
});

describe('properties', () => {
  const kinds = fc.constantFrom(...DISTRICT_KINDS);
  const classification = fc.record({ kind: kinds, conflict: fc.boolean() }).map(({ kind, conflict }) => classificationOf(kind, { conflict }));
  // A move: answer a node of the tree with one of its answers (or an answer it does not have), or go back.
  const nodeIds = Object.keys(tree.nodes);
  type Move = { kind: 'answer'; node: string; answer: string } | { kind: 'back' } | { kind: 'restart' };
  const move: fc.Arbitrary<Move> = fc.oneof(
    fc.record({ kind: fc.constant('answer' as const), node: fc.constantFrom(...nodeIds, 'transfers.9'), answer: fc.constantFrom('yes', 'no', 'sso', 'rostering', 'maybe') }),
    fc.constant({ kind: 'back' as const }),
    fc.constant({ kind: 'restart' as const }),
  );

  const apply = (state: WalkState, m: Move): WalkState => {
    if (m.kind === 'back') return back(tree, state);
    if (m.kind === 'restart') return restart(tree, state);
    try {
      return answer(tree, state, m.node, m.answer);
    } catch (e) {
      if (e instanceof EngineError) return state;
      throw e;
    }
  };

  function isValid(state: WalkState): boolean {
    const v = view(tree, state);
    // Exactly one of pending / outcome; the path is the stored steps; each step's answer is offered.
    if ((v.pending === null) === (v.outcome === null)) return false;
    if (JSON.stringify(v.path) !== JSON.stringify(state.steps)) return false;
    return state.steps.every((s) => tree.nodes[s.node]?.answers.some((a) => a.id === s.answer));
  }

  it('any sequence of moves leaves a valid pending or finished state', () => {
    fc.assert(
      fc.property(classification, fc.array(move, { maxLength: 20 }), (c, moves) => {
        const state = moves.reduce(apply, start(tree, c, { refId: 'p' }));
        expect(isValid(state)).toBe(true);
        expect(restore(tree, serialize(state))).toEqual({ ok: true, state });
      }),
    );
  });

  it('back then the same answer gives the same state', () => {
    fc.assert(
      fc.property(classification, fc.array(move, { maxLength: 20 }), (c, moves) => {
        const state = moves.reduce(apply, start(tree, c, { refId: 'p' }));
        const last = [...state.steps].reverse().find((s) => s.source === 'agent');
        fc.pre(last !== undefined);
        const backed = back(tree, state);
        expect(answer(tree, backed, last!.node, last!.answer)).toEqual(state);
      }),
    );
  });
});
