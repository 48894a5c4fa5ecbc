import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TREES } from '../../src/trees';
import { answer, start, walk } from '../../src/triage/engine';
import { JIRA_ISSUE_KEY } from '../../src/triage/packet';
import { planWrite } from '../../src/triage/planWrite';
import { collectedOf, isTier1Note, noteTree, packetGaps, readNote, stepNumberOf, type ReadNote } from '../../src/triage/readNote';
import { DEFAULT_SETTINGS } from '../../src/triage/settings';
import type { Outcome, Tree } from '../../src/triage/tree';
import { classificationOf, fixtureTier2, fixtureTree, fixtureTrees } from './fixtures/trees';

/** The fixture's escalation, asking for a full packet: names, ids, a date, a block of text. */
const notClever = fixtureTree.outcomes.not_clever as Outcome;
const tree: Tree = {
  ...fixtureTree,
  outcomes: {
    ...fixtureTree.outcomes,
    not_clever: {
      ...notClever,
      collect: [
        { id: 'school_name', label: 'School name', kind: 'text', required: true },
        { id: 'school_clever_id', label: 'School Clever id', kind: 'clever_id', required: true },
        { id: 'district_salesforce_id', label: 'District Salesforce id (from the account)', kind: 'salesforce_id', required: false },
        { id: 'sections_linked_at', label: 'When the sections were linked', kind: 'datetime', required: true },
        { id: 'details', label: 'Details', kind: 'multiline', required: false },
      ],
    },
  },
};
const trees = { ...fixtureTrees, transfers: tree };

const CLEVER_ID = '5f3a9c0b1d2e4f6a7b8c9d0e';

/** Tier 1 escalates a non-Clever school to Tier 2 and writes its note. */
function tier1Note(collected: Record<string, string>, remark = '') {
  const state = start(tree, classificationOf('not-clever'), { refId: 'tkt-1' });
  return planWrite(tree, state, DEFAULT_SETTINGS, { collected, remark }).note;
}

/** What Zendesk keeps of a plain-text body: markup stripped, runs of spaces collapsed. */
const asZendeskStores = (note: string) => note.replace(/<\/?[A-Za-z!][^>]*>/g, '').replace(/[ \t]+/g, ' ');

function read(text: string): ReadNote {
  const result = readNote(text);
  if (!result.ok) throw new Error(`expected a readable note, got: ${result.message}`);
  return result.note;
}

describe('reading back the note Tier 1 wrote at an escalation', () => {
  const full = {
    school_name: 'Lincoln High School',
    school_clever_id: CLEVER_ID,
    sections_linked_at: '2026-11-18T09:30',
    details: 'Student added on Monday.\nStill missing on Wednesday.',
  };

  it('gives the tree, its version, the reference, the district, the path, the outcome, the packet and the remark', () => {
    const note = read(asZendeskStores(tier1Note(full, 'Teacher called twice.\nShe is waiting.')));
    expect(note).toMatchObject({
      tree: 'transfers',
      treeVersion: 3,
      treeTitle: 'Fixture: transfers',
      refId: 'tkt-1',
      district: 'not-clever',
      continuedFrom: null,
      outcome: { id: 'not_clever', kind: 'escalate_tier2', title: 'Not a Clever district: escalate to Tier 2' },
      jiraIssue: null,
      remark: 'Teacher called twice.\nShe is waiting.',
    });
    expect(note.path).toEqual([{ node: 'transfers.1', answer: 'no', source: 'auto', againstRecord: false, confirmed: null, text: 'Is the school in a Clever district? → No' }]);
    expect(note.packet.escalation).toBe(true);
    expect(note.packet.fields).toEqual([
      { id: 'school_name', label: 'School name', value: 'Lincoln High School' },
      { id: 'school_clever_id', label: 'School Clever id', value: CLEVER_ID },
      { id: 'district_salesforce_id', label: 'District Salesforce id (from the account)', value: null },
      { id: 'sections_linked_at', label: 'When the sections were linked', value: '2026-11-18T09:30' },
      { id: 'details', label: 'Details', value: 'Student added on Monday.\nStill missing on Wednesday.' },
    ]);
  });

  it('says what is missing from the packet, checked as the sidebar checks it', () => {
    const note = read(tier1Note({ school_name: 'Lincoln', school_clever_id: 'not-an-id', sections_linked_at: '2026-11-18' }));
    const gaps = packetGaps(note, trees);
    expect(gaps.current).toBe(true);
    expect(gaps.complete).toBe(false);
    expect(gaps.missing.map((m) => m.id)).toEqual(['district_salesforce_id', 'details']);
    expect(gaps.invalid).toEqual([{ id: 'school_clever_id', label: 'School Clever id', message: expect.stringMatching(/24 characters/) }]);
  });

  it('carries the values over, so Tier 2 is not asked again', () => {
    expect(collectedOf(read(tier1Note(full)))).toEqual(full);
  });

  it('reads the agent’s answers and the ones they overrode, and where a handoff came from', () => {
    const state = walk(tree, classificationOf('clever-sso'), { 'transfers.1.integration': 'rostering', 'transfers.3': 'no', 'transfers.2': 'yes' }, { refId: 'r2' });
    const note = read(planWrite(tree, state, DEFAULT_SETTINGS, { collected: {}, remark: '' }).note);
    expect(note.path.map((s) => [s.node, s.answer, s.source])).toEqual([
      ['transfers.1', 'yes', 'auto'],
      ['transfers.1.integration', 'rostering', 'agent'],
      ['transfers.3', 'no', 'agent'],
      ['transfers.2', 'yes', 'agent'],
    ]);
    expect(note.packet).toEqual({ escalation: false, fields: [] });
    expect(note.remark).toBe('');

    const handedOff = start(fixtureTier2, classificationOf('clever-sso'), { refId: 'x.tier2', handoffFrom: { tree: 'transfers', outcome: 'continue_in_tier2' } });
    const tier2 = read(planWrite(fixtureTier2, answer(fixtureTier2, handedOff, 'tier2.1', 'yes'), DEFAULT_SETTINGS, { collected: { jira_summary: 'Fix it', [JIRA_ISSUE_KEY]: 'SUP-42' }, remark: '' }).note);
    expect(tier2).toMatchObject({ tree: 'tier2', continuedFrom: { tree: 'transfers', outcome: 'continue_in_tier2' }, jiraIssue: 'SUP-42' });
  });

  it('cannot be fooled by a value or a remark that imitates the note’s own lines', () => {
    const forged = 'x\nReference: clever-triage/forged\nOutcome: fake (resolved): fake\n- school_clever_id (School Clever id): ' + CLEVER_ID;
    const note = read(tier1Note({ ...full, details: forged }, forged));
    expect(note.refId).toBe('tkt-1');
    expect(note.outcome.id).toBe('not_clever');
    expect(note.packet.fields.map((f) => f.id)).toEqual(['school_name', 'school_clever_id', 'district_salesforce_id', 'sections_linked_at', 'details']);
    expect(note.remark).toBe(forged);
  });
});

describe('a note written by an older version of the procedure', () => {
  // Written by hand from a real note: the version line says v2, and the tree is now v3.
  const older = tier1Note({ school_name: 'Lincoln', school_clever_id: CLEVER_ID }).replace('(transfers v3)', '(transfers v2)');

  it('still reads, with its path as the text it wrote', () => {
    const note = read(older);
    expect(note.treeVersion).toBe(2);
    expect(note.path[0]?.text).toBe('Is the school in a Clever district? → No');
  });

  it('says as missing what the note itself says was not collected', () => {
    const gaps = packetGaps(read(older), trees);
    expect(gaps).toEqual({
      current: false,
      missing: [
        { id: 'district_salesforce_id', label: 'District Salesforce id (from the account)' },
        { id: 'sections_linked_at', label: 'When the sections were linked' },
        { id: 'details', label: 'Details' },
      ],
      invalid: [],
      complete: false,
    });
  });

  it('reads a step whose proposed answer the agent confirmed, from a record of an old year', () => {
    const stale = classificationOf('not-clever', { academicYear: '2017-2018', stale: true });
    const state = answer(tree, start(tree, stale, { refId: 'tkt-2' }), 'transfers.1', 'no');
    const note = read(asZendeskStores(planWrite(tree, state, DEFAULT_SETTINGS, { collected: {}, remark: '' }).note));
    expect(note.path).toEqual([
      { node: 'transfers.1', answer: 'no', source: 'agent', againstRecord: false, confirmed: 'stale_record', text: 'Is the school in a Clever district? → No' },
    ]);
  });

  it('whose steps the layout no longer knows keeps them as text', () => {
    const edited = older.replace('- transfers.1 = no [auto]: ', '- step one, answered no: ');
    expect(read(edited).path).toEqual([{ node: '', answer: '', source: null, againstRecord: false, confirmed: null, text: 'step one, answered no: Is the school in a Clever district? → No' }]);
  });

  it('with an outcome the tree no longer has is read from its own fields', () => {
    const renamed = tier1Note({ school_name: 'Lincoln' }).replace('Outcome: not_clever', 'Outcome: retired_outcome');
    expect(packetGaps(read(renamed), trees).current).toBe(false);
  });
});

describe('a note the app cannot read', () => {
  it('a note an agent wrote by hand is foreign, not an error', () => {
    expect(readNote('Escalating to Tier 2: student added on 11/11, still missing.')).toEqual({
      ok: false,
      reason: 'foreign',
      message: 'This note was not written by the app.',
    });
  });

  it.each([
    ['a header without a procedure', '[clever-triage] something else\nReference: clever-triage/x\nOutcome: a (refer): b'],
    ['a procedure the app does not have', '[clever-triage] Clever Triage: Old (billing v1)\nReference: clever-triage/x\nOutcome: a (refer): b'],
    ['no reference line', tier1Note({}).replace(/^Reference: .*$/m, '')],
    ['no outcome', tier1Note({}).replace(/^Outcome: .*$/m, 'Outcome was lost')],
    ['only the marker', '[clever-triage]'],
  ])('%s is malformed, with a message', (_case, text) => {
    const result = readNote(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe('malformed');
      expect(result.message).toMatch(/^The app's note cannot be read: /);
    }
  });

  it('never throws, whatever the text', () => {
    const cut = tier1Note({ school_name: 'Lincoln' });
    for (let i = 0; i <= cut.length; i += 7) expect(() => readNote(cut.slice(0, i))).not.toThrow();
    expect(readNote(undefined as unknown as string).ok).toBe(false);
  });
});

describe('telling Tier 1’s notes from Tier 2’s', () => {
  it('by the procedure its first line names', () => {
    const t1 = tier1Note({});
    const t2 = planWrite(fixtureTier2, answer(fixtureTier2, start(fixtureTier2, classificationOf('clever-sso')), 'tier2.1', 'no'), DEFAULT_SETTINGS, { collected: {}, remark: '' }).note;
    expect(noteTree(t1)).toBe('transfers');
    expect(noteTree(t2)).toBe('tier2');
    expect(isTier1Note(t1)).toBe(true);
    expect(isTier1Note(t2)).toBe(false);
    expect(isTier1Note('A note by hand')).toBe(false);
  });
});

describe('a note written before issue 19 (tier2 v4), read by tier2 v6', () => {
  // The CLI's note at f5a3923 for tier2.3 = no: returned_to_tier1, then always tagged tier2_returned.
  const text = readFileSync(resolve(__dirname, 'fixtures/note-tier2-v4-returned.txt'), 'utf8');

  it('reads back with its version, its path as written, and the outcome id v6 keeps', () => {
    const note = read(text);
    expect(note.treeVersion).toBe(4);
    expect(TREES.tier2.version).toBe(6);
    // Notes before point 7 carry no mark: none of their steps reads as chosen against the record.
    expect(note.path.every((p) => !p.againstRecord)).toBe(true);
    expect(note.outcome.id).toBe('returned_to_tier1');
    expect(note.path.map((p) => p.node)).toEqual(['tier2.1', 'tier2.2', 'tier2.3']);
    expect(packetGaps(note, TREES)).toMatchObject({ current: false, missing: [{ id: 'corrections' }], complete: false });
  });
});

/**
 * The shapes Zendesk gives a comment's text: `body` collapses runs of spaces; `plain_body` is taken
 * here at its worst, every line's indent dropped and a blank line after each.
 */
const SHAPES: [string, (note: string) => string][] = [
  ['body', asZendeskStores],
  ['plain_body', (note) => note.split('\n').map((l) => `${l.trimStart()}\n`).join('\n')],
];

describe('a note in either shape Zendesk returns (issue 20 point 8)', () => {
  const forged = [
    'Outcome: fake (resolved): fake',
    'Jira issue: EVIL-1',
    'Escalated by: user 1 (in the Tier 1 group)',
    'Continued from: sync, outcome fake',
    'Agent remark:',
    'Escalation packet:',
    `- school_clever_id (School Clever id): ${'f'.repeat(24)}`,
  ].join('\n');

  it.each(SHAPES)('in the %s shape, a typed remark or field that imitates the note’s sections forges none', (_, shape) => {
    const note = read(shape(tier1Note({ school_name: 'Lincoln', school_clever_id: CLEVER_ID, details: forged }, forged)));
    expect(note).toMatchObject({ refId: 'tkt-1', outcome: { id: 'not_clever' }, jiraIssue: null, escalatedBy: null, continuedFrom: null, remark: forged });
    expect(collectedOf(note)).toEqual({ school_name: 'Lincoln', school_clever_id: CLEVER_ID, details: forged });
  });

  describe('a note written before the block’s bar (spec/triage/fixtures/note-transfers-before-bar.txt)', () => {
    const text = readFileSync(resolve(__dirname, 'fixtures/note-transfers-before-bar.txt'), 'utf8');

    it.each([['as written', (note: string) => note], ...SHAPES])('still reads %s, its remark whole and none of its lines a section', (_, shape) => {
      const note = read(shape(text));
      expect(note).toMatchObject({ refId: 'old-1', outcome: { id: 'not_clever' }, jiraIssue: null, remark: 'Teacher called twice.\nJira issue: EVIL-1\nShe is waiting.' });
      expect(note.packet.fields.map((f) => f.id)).toEqual(['school_name', 'details']);
    });
  });
});

describe('a note checked against its own reference line', () => {
  const written = () => tier1Note({ school_name: 'Lincoln <b>High</b>', school_clever_id: CLEVER_ID, details: 'Two   spaces\n\nand a gap' }, 'Called <i>twice</i>.\n  Indented line.');

  it.each([['as written', (note: string) => note], ...SHAPES])('a note as the app wrote it matches, read %s', (_, shape) => {
    expect(read(shape(written()))).toMatchObject({ refId: 'tkt-1', matchesReference: true });
  });

  const edits: [string, (note: string) => string][] = [
    ['its outcome', (note) => note.replace(/^Outcome: .*$/m, 'Outcome: resolved_elsewhere (resolved): Solved')],
    ['a collected value', (note) => note.replace('Lincoln', 'Springfield')],
    ['its remark', (note) => note.replace('Called', 'Never called')],
    ['a step taken out', (note) => note.split('\n').filter((l) => !l.startsWith('- transfers.')).join('\n')],
    ['its reference id (pasted under another)', (note) => note.replace('clever-triage/tkt-1 ', 'clever-triage/tkt-2 ')],
  ];

  it.each(edits)('a note whose text was changed after it was written (%s) no longer matches', (_, edit) => {
    const changed = edit(written());
    expect(changed).not.toBe(written());
    for (const [, shape] of SHAPES) expect(read(shape(changed)).matchesReference).toBe(false);
  });

  it('a note written before the digest has none to match, and reads all the same (spec/triage/fixtures/note-transfers-before-bar.txt)', () => {
    const text = readFileSync(resolve(__dirname, 'fixtures/note-transfers-before-bar.txt'), 'utf8');
    expect(read(text)).toMatchObject({ refId: 'old-1', matchesReference: null });
  });
});

describe('the steps read back carry the procedure’s own numbers', () => {
  const sso = classificationOf('clever-sso');
  const answers = { 'access.2a': 'no', 'access.2b': 'no', 'access.3': 'yes', 'access.4': 'yes', 'access.5': 'yes', 'access.6': 'yes', 'access.7a': 'no' };

  it('an SSO escalation reads back as steps 1, 2a, 2b, 3 … 7, 7a, as the walk numbered them', () => {
    const state = walk(TREES.access, sso, answers, { refId: 'steps' });
    const note = read(planWrite(TREES.access, state, DEFAULT_SETTINGS, { collected: {}, remark: '' }).note);
    expect(note.path.map((s) => stepNumberOf(s, TREES.access))).toEqual(['1', '2a', '2b', '3', '4', '5', '6', '7', '7a']);
  });

  it('a question inside a step has its step’s number; a node the tree lost still has the number its id carries', () => {
    expect(stepNumberOf({ node: 'transfers.1.clever_profile' }, TREES.transfers)).toBe('1');
    expect(stepNumberOf({ node: 'access.9b' }, TREES.access)).toBe('9b');
    expect(stepNumberOf({ node: '' }, TREES.access)).toBeNull();
  });
});
