import fc from 'fast-check';
import { answer, start, walk } from '../../src/triage/engine';
import { MAX_NOTE_BYTES, noteDigest } from '../../src/triage/noteFormat';
import { classify } from '../../src/triage/classify';
import { NOTE_MARKER, parentAccountTag, PlanError, planWrite } from '../../src/triage/planWrite';
import { readNote } from '../../src/triage/readNote';
import { DEFAULT_SETTINGS, parseSettings } from '../../src/triage/settings';
import { TREES } from '../../src/trees';
import { classificationOf, fixtureTier2, fixtureTree } from './fixtures/trees';
import { thrown } from '../support/thrown';

const tree = fixtureTree;
const settings = parseSettings({ tier1_group_id: '11', tier2_group_id: 22, outcome_field_id: 33 }).settings;
const empty = { collected: {}, remark: '' };

/** Not Clever by a record of an old year: the agent confirms its answer, and the walk escalates to Tier 2. */
const escalated = () => answer(tree, start(tree, classificationOf('not-clever', { academicYear: '2017-2018', stale: true }), { refId: 'ref-1' }), 'transfers.1', 'no');

const planError = (fn: () => unknown): PlanError => thrown(PlanError, fn);

describe('the internal note', () => {
  it('is exactly the labelled layout, in order', () => {
    const state = walk(tree, classificationOf('clever-sso'), { 'transfers.1.integration': 'rostering', 'transfers.3': 'no', 'transfers.2': 'yes' }, { refId: 'r2' });
    const plan = planWrite(tree, state, DEFAULT_SETTINGS, { collected: { ignored: 'x' }, remark: 'Called the teacher.\nShe confirmed.' });
    const [header, ...rest] = [
        '[clever-triage] Clever Triage: Fixture: transfers (transfers v3)',
        'District: clever-sso',
        'Evidence:',
        '- lms: value for clever-sso — reads as clever-sso',
        'Academic year: not written in the LMS field',
        'Path:',
        '- transfers.1 = yes [auto]: Is the school in a Clever district? → Yes',
        '- transfers.1.integration = rostering [agent, the data said sso]: Which Clever integration does the district use? → Rostering',
        '- transfers.3 = no [agent]: Is the teacher’s course linked? → No',
        '- transfers.2 = yes [agent]: Is the new school listed? → Yes',
        'Outcome: sso_listed (resolved): Outcome sso_listed',
        'What to do:',
        '- Do what sso_listed says.',
        'Tell the customer:',
        '  | Change the school, then enroll.',
        'Collected:',
        '- (nothing to collect)',
        'Agent remark:',
        '  | Called the teacher.',
        '  | She confirmed.',
      ];
    // The reference line, second, carries the digest of every other line.
    const reference = `Reference: clever-triage/r2 (digest ${noteDigest([header, ...rest].join('\n'), 'r2')})`;
    expect(plan.note).toBe([header, reference, ...rest].join('\n'));
    expect(reference).toMatch(/ \(digest [0-9a-f]{12}\)$/);
  });

  it('an escalation lists warnings, the stale year, placeholders filled, and the collected data labelled', () => {
    const plan = planWrite(tree, escalated(), DEFAULT_SETTINGS, { collected: { school_name: '  Springfield High ', details: 'line one\nline two' }, remark: '' });
    const lines = plan.note.split('\n');
    expect(lines).toContain('Academic year: 2017-2018 — STALE: older than the current academic year; check the district is still live');
    expect(lines).toContain('Warnings:');
    expect(lines).toContain('- DO NOT disable the account or recreate it.');
    expect(lines).toContain('- school_name (School name): Springfield High');
    expect(lines.slice(lines.indexOf('- details (Details):') + 1, lines.indexOf('- details (Details):') + 3)).toEqual(['  | line one', '  | line two']);
    // The unset optional overview link reads as words; the multi-line Clever support role stays inside the indented block.
    expect(plan.note).toContain('or see the Clever Overview and District Information article.');
    expect(plan.note).not.toContain('no link set');
    expect(plan.note).not.toMatch(/undefined|\{\{/);
    expect(lines).toContain('Agent remark:');
    expect(lines.at(-1)).toBe('  | (none)');
  });

  it('says the agent confirmed the answer a stale record proposed, and the data said nothing else', () => {
    expect(planWrite(tree, escalated(), DEFAULT_SETTINGS, empty).note.split('\n')).toContain(
      '- transfers.1 = no [agent, confirmed from the stale district record]: Is the school in a Clever district? → No',
    );
  });

  it('says what was not collected', () => {
    expect(planWrite(tree, escalated(), DEFAULT_SETTINGS, empty).note).toContain('- school_name (School name): (not collected)');
  });

  it('names the conflict and the tree handed off from', () => {
    const state = start(fixtureTier2, classificationOf('clever-sso', { conflict: true }), { refId: 'x.tier2', handoffFrom: { tree: 'transfers', outcome: 'continue_in_tier2' } });
    const plan = planWrite(fixtureTier2, answer(fixtureTier2, state, 'tier2.1', 'no'), DEFAULT_SETTINGS, empty);
    expect(plan.note).toContain('\nData conflict: Parent Account and LMS disagree');
    expect(plan.note).toContain('\nContinued from: transfers, outcome continue_in_tier2\n');
  });

  it('writes what the agent typed without bidi overrides or zero-width characters, so the note reads as it is', () => {
    // U+202E turns "Springfield" around on screen; a zero-width space hides inside an id.
    const hidden = '\u202eSpring\u200bfield\u202c \u2066High\u2069\ufeff';
    const plan = planWrite(tree, escalated(), DEFAULT_SETTINGS, { collected: { school_name: hidden, details: `one\u200d\ntwo\u200f` }, remark: `Called\u2067 her\u00ad.` });
    const lines = plan.note.split('\n');
    expect(lines).toContain('- school_name (School name): Springfield High');
    expect(lines).toEqual(expect.arrayContaining(['  | one', '  | two', '  | Called her.']));
    expect(plan.note).not.toMatch(/[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/);
  });

  it('keeps untrusted text plain: no line of it can pass for one of the note’s own', () => {
    const forged = 'x\nReference: clever-triage/forged\n- transfers.1 = no [agent]: forged\r\nOutcome: fake (resolved): fake\u2028Path:';
    const plan = planWrite(tree, escalated(), DEFAULT_SETTINGS, { collected: { school_name: forged, details: forged }, remark: forged });
    const ownLines = plan.note.split('\n').filter((l) => !l.startsWith('  '));
    expect(ownLines.filter((l) => l.startsWith('Reference:'))).toEqual([expect.stringMatching(/^Reference: clever-triage\/ref-1 \(digest [0-9a-f]{12}\)$/)]);
    expect(ownLines.filter((l) => l.startsWith('Outcome:'))).toHaveLength(1);
    expect(ownLines.filter((l) => l.startsWith('- transfers.1 ='))).toHaveLength(1);
    expect(plan.note).not.toMatch(/[\r\u2028]/);
  });

  it('is refused above 64 KB, never cut', () => {
    const withRemark = (n: number) => planWrite(tree, escalated(), DEFAULT_SETTINGS, { collected: {}, remark: 'é'.repeat(n) });
    const bytes = (n: number) => new TextEncoder().encode(withRemark(n).note).length;
    // Each "é" is two bytes in UTF-8: the longest remark that fits, then one more character.
    const fits = 1 + Math.floor((MAX_NOTE_BYTES - bytes(1)) / 2);
    expect(bytes(fits)).toBeLessThanOrEqual(MAX_NOTE_BYTES);
    expect(bytes(fits)).toBeGreaterThan(MAX_NOTE_BYTES - 2);
    const error = planError(() => withRemark(fits + 1));
    expect(error.code).toBe('note_too_large');
    expect(error.bytes).toBeGreaterThan(MAX_NOTE_BYTES);
  });

  it('is refused before the walk reaches an outcome, or for another tree version', () => {
    const pending = start(tree, classificationOf('clever-sso'));
    expect(planError(() => planWrite(tree, pending, DEFAULT_SETTINGS, empty)).code).toBe('not_finished');
    expect(planError(() => planWrite({ ...tree, version: 9 }, escalated(), DEFAULT_SETTINGS, empty)).code).toBe('wrong_tree');
  });
});

describe('the tags and ticket changes', () => {
  it('an escalation to Tier 2: district, tree, outcome and escalation tags; the Tier 2 group; the outcome field', () => {
    expect(planWrite(tree, escalated(), settings, empty)).toEqual({
      refId: 'ref-1',
      note: expect.stringContaining(NOTE_MARKER),
      tags: ['clever_district_none', 'clever_tree_transfers', 'clever_outcome_not_clever', 'clever_escalated_tier2'],
      removeTags: ['clever_district_sso', 'clever_district_rostering', 'clever_district_unknown_type', 'clever_org_missing'],
      groupId: 22,
      assignee: null,
      outcomeField: { id: 33, value: 'not_clever' },
    });
  });

  it('an escalation says who escalated and whether they are in Tier 1, reads back so, and clears an assignee not in Tier 2', () => {
    const assignment = { assignee: { userId: 5, groupId: 11 }, currentUser: { id: 5, groupIds: [11] }, escalatedBy: null };
    const plan = planWrite(tree, escalated(), settings, { ...empty, assignment });
    expect(plan.note.split('\n')).toContain('Escalated by: user 5 (in the Tier 1 group)');
    expect(plan.assignee).toEqual({ id: null });
    const read = readNote(plan.note);
    expect(read.ok && read.note.escalatedBy).toEqual({ userId: 5, inTier1: true });
  });

  it('Tier 2 returning a ticket gives it back to the Tier 1 agent who escalated', () => {
    const state = answer(fixtureTier2, start(fixtureTier2, classificationOf('no-organization')), 'tier2.1', 'no');
    const assignment = { assignee: { userId: 9, groupId: 22 }, currentUser: { id: 9, groupIds: [22] }, escalatedBy: { userId: 5, inTier1: true } };
    expect(planWrite(fixtureTier2, state, settings, { ...empty, assignment }).assignee).toEqual({ id: 5 });
  });

  it('Tier 2 returning a ticket: the Tier 1 group, and the escalated tag removed', () => {
    const state = answer(fixtureTier2, start(fixtureTier2, classificationOf('no-organization')), 'tier2.1', 'no');
    const plan = planWrite(fixtureTier2, state, settings, empty);
    expect(plan.tags).toEqual(['clever_org_missing', 'clever_tree_tier2', 'clever_outcome_returned', 'clever_tier2_returned']);
    expect(plan.removeTags).toContain('clever_escalated_tier2');
    expect(plan.groupId).toBe(11);
  });

  // Tier 2 step 3 No: the marking is "if necessary"; the ticket goes back to Tier 1 either way.
  it('a return not marked as a returned Tier 1 escalation still goes back to Tier 1, without the returned tag', () => {
    const answers = { 'tier2.1': 'yes', 'tier2.2': 'yes', 'tier2.3': 'no', 'tier2.3.origin': 'transfers', 'tier2.3.mark_transfers': 'no' };
    const plan = planWrite(TREES.tier2, walk(TREES.tier2, classificationOf('clever-sso'), answers), settings, empty);
    expect(plan.tags).not.toContain('clever_tier2_returned');
    expect(plan.removeTags).toContain('clever_escalated_tier2');
    expect(plan.groupId).toBe(11);
  });

  it('no group without the setting, none for outcomes that do not move the ticket', () => {
    expect(planWrite(tree, escalated(), DEFAULT_SETTINGS, empty)).toMatchObject({ groupId: null, outcomeField: null });
    const resolved = walk(tree, classificationOf('clever-sso'), { 'transfers.2': 'yes' });
    expect(planWrite(tree, resolved, settings, empty).groupId).toBeNull();
  });

  describe('the district tag', () => {
    const org = (parentAccountId: unknown) => ({
      name: 'Lincoln High School',
      tags: [],
      organizationFields: { parent_account: 'Springfield Unified School District', parent_account_id: parentAccountId, lms: 'Clever SSO District AY 2026-2027' },
    });
    const today = new Date('2026-12-01T00:00:00Z');
    const walked = (parentAccountId: unknown) =>
      walk(tree, classify(org(parentAccountId), DEFAULT_SETTINGS, today), { 'transfers.2': 'yes' }, { refId: 'r-pa' });

    it('every write tags the district by its Parent Account ID, lowercased, other characters as _', () => {
      const plan = planWrite(tree, walked('0015e00000AbCd-EF/12'), DEFAULT_SETTINGS, empty);
      expect(plan.tags).toContain('clever_pa_0015e00000abcd_ef_12');
      expect(plan.tags.filter((t) => t.startsWith('clever_pa_'))).toHaveLength(1);
    });

    it('no district tag when the organization has no Parent Account ID, or a placeholder for one', () => {
      for (const id of [null, '', 'N/A', 'false']) {
        expect(planWrite(tree, walked(id), DEFAULT_SETTINGS, empty).tags.some((t) => t.includes('_pa_'))).toBe(false);
      }
    });

    it('stays within Zendesk’s 80 characters with the longest prefix and an id of any length', () => {
      const longPrefix = { ...DEFAULT_SETTINGS, tag_prefix: 'p'.repeat(30) };
      const district = parentAccountTag(longPrefix.tag_prefix, walked('x'.repeat(200)).classification, longPrefix.parent_account_id_field);
      expect(district).toBe(`${'p'.repeat(30)}pa_${'x'.repeat(47)}`);
    });

    it('follows the admin’s field key for the Parent Account ID', () => {
      const custom = parseSettings({ parent_account_id_field: 'sf_id' }).settings;
      const c = classify({ name: 'S', tags: [], organizationFields: { parent_account: 'D', sf_id: 'ABC', lms: 'Clever SSO' } }, custom, today);
      expect(parentAccountTag('clever_', c, 'sf_id')).toBe('clever_pa_abc');
      expect(parentAccountTag('clever_', c, 'parent_account_id')).toBeNull();
    });
  });

  it('links the ticket to a problem as an incident only when asked', () => {
    expect(planWrite(tree, escalated(), settings, empty)).not.toHaveProperty('problemId');
    expect(planWrite(tree, escalated(), settings, { ...empty, problemId: 399 }).problemId).toBe(399);
  });

  it('uses the prefix from settings', () => {
    const custom = parseSettings({ tag_prefix: 'VHL_' }).settings;
    expect(planWrite(tree, escalated(), custom, empty).tags).toEqual(['vhl_district_none', 'vhl_tree_transfers', 'vhl_outcome_not_clever', 'vhl_escalated_tier2']);
  });

  it('every planned note is non-empty and every tag valid, whatever the agent typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), fc.dictionary(fc.string(), fc.string()), fc.constantFrom('', 'x_', 'clever_'), (remark, collected, prefix) => {
        const s = { ...DEFAULT_SETTINGS, tag_prefix: prefix };
        const plan = planWrite(tree, escalated(), s, { collected, remark });
        expect(plan.note.length).toBeGreaterThan(0);
        for (const t of [...plan.tags, ...plan.removeTags]) expect(t).toMatch(/^[a-z0-9_]+$/);
        expect(planWrite(tree, escalated(), s, { collected, remark })).toEqual(plan);
      }),
    );
  });
});
