import { answer, start, walk } from '../../src/triage/engine';
import { carryOver, checkPacket, isEscalation, isRequired, JIRA_ISSUE_KEY, packetStatusLine, validateField } from '../../src/triage/packet';
import { planWrite } from '../../src/triage/planWrite';
import { DEFAULT_SETTINGS } from '../../src/triage/settings';
import { TREE_IDS, type CollectField, type Outcome } from '../../src/triage/tree';
import { TREES } from '../../src/trees';
import { classificationOf, fixtureTier2, fixtureTree } from './fixtures/trees';

// The spread of a partial over a union loses which member it is: every call gives a whole field.
const field = (over: Partial<CollectField> & Pick<CollectField, 'kind'>): CollectField => ({ id: 'f', label: 'F', required: true, ...over }) as CollectField;

const code = (f: CollectField, value: string, today?: Date) => validateField(f, value, today)?.code ?? null;

describe('checking one field of the escalation packet', () => {
  const cleverId = field({ id: 'school_clever_id', kind: 'clever_id' });
  const salesforceId = field({ id: 'school_salesforce_id', kind: 'salesforce_id' });

  it('a Clever id is 24 hexadecimal characters, in either case', () => {
    expect(code(cleverId, '5f3a9c0b1d2e4f6a7b8c9d0e')).toBeNull();
    expect(code(cleverId, ' 5F3A9C0B1D2E4F6A7B8C9D0E ')).toBeNull();
    expect(code(cleverId, '5f3a9c0b1d2e4f6a7b8c9d0')).toBe('clever_id');
    expect(code(cleverId, '5f3a9c0b1d2e4f6a7b8c9d0e1')).toBe('clever_id');
    expect(code(cleverId, '5f3a9c0b1d2e4f6a7b8c9d0g')).toBe('clever_id');
    expect(validateField(cleverId, 'Jane Doe')?.message).toMatch(/24 characters/);
  });

  it('an id pasted with a zero-width space or a bidi mark is the id (the note writes it without them)', () => {
    expect(code(cleverId, '5f3a9c0b1d2e\u200b4f6a7b8c9d0e\u200e')).toBeNull();
    expect(checkPacket([cleverId], { school_clever_id: '\ufeff5f3a9c0b1d2e4f6a7b8c9d0e' }).entries[0]?.value).toBe('5f3a9c0b1d2e4f6a7b8c9d0e');
  });

  it('a Salesforce id is 15 or 18 letters and digits', () => {
    expect(code(salesforceId, '0015e00000AbCdE')).toBeNull();
    expect(code(salesforceId, '0015e00000AbCdEF12')).toBeNull();
    expect(code(salesforceId, '0015e00000AbCdEF1')).toBe('salesforce_id');
    expect(code(salesforceId, '0015e00000-AbCdE')).toBe('salesforce_id');
    expect(validateField(salesforceId, '123')?.message).toMatch(/15 or 18/);
  });

  it('a required field must be filled in; an optional one may stay empty but is still checked when filled', () => {
    expect(code(cleverId, '   ')).toBe('required');
    expect(code({ ...cleverId, required: false }, '')).toBeNull();
    expect(code({ ...cleverId, required: false }, 'abc')).toBe('clever_id');
  });

  it('when the student was added to the Clever section is a real date, with a time when known, and not in the future', () => {
    const added = field({ id: 'student_added_to_section_at', kind: 'datetime' });
    const today = new Date(2026, 10, 22, 12, 0);
    expect(code(added, '2026-11-20T14:30', today)).toBeNull();
    expect(code(added, '2026-11-20', today)).toBeNull();
    expect(code(added, '2026-11-20 14:30:05', today)).toBeNull();
    expect(code(added, '11/20/2026', today)).toBe('datetime');
    expect(code(added, '2026-02-30', today)).toBe('datetime');
    expect(code(added, '2026-11-20T25:00', today)).toBe('datetime');
    expect(code(added, 'yesterday', today)).toBe('datetime');
    expect(code(added, '2026-11-23T09:00', today)).toBe('future_date');
    // Without a day to compare with (the note's own check), only the shape counts.
    expect(code(added, '2027-01-01')).toBeNull();
  });

  it('a yes/no field holds yes or no', () => {
    const screenshots = field({ id: 'screenshots_attached', kind: 'yes_no' });
    expect(code(screenshots, 'yes')).toBeNull();
    expect(code(screenshots, 'no')).toBeNull();
    expect(code(screenshots, 'maybe')).toBe('yes_no');
  });

  it('a choice field holds one of its choices', () => {
    const recipient = field({ id: 'jira_recipient', kind: 'choice', choices: [{ id: 'techdev', label: 'Tech Dev' }, { id: 'association_owner', label: 'Association owner' }] });
    expect(code(recipient, 'association_owner')).toBeNull();
    expect(code(recipient, 'Tech Dev')).toBe('choice');
    expect(code(recipient, '')).toBe('required');
  });

  it('a field required when a choice is made is required only then', () => {
    const id = field({ id: 'school_clever_id', kind: 'clever_id', required: { field: 'jira_recipient', equals: 'association_owner' } });
    expect(validateField(id, '', undefined, { jira_recipient: 'association_owner' })?.code).toBe('required');
    expect(isRequired(id, { jira_recipient: ' association_owner ' })).toBe(true);
    expect(validateField(id, '', undefined, { jira_recipient: 'techdev' })).toBeNull();
    expect(validateField(id, '')).toBeNull();
    // Its value is held to its shape whatever the choice.
    expect(validateField(id, 'nope', undefined, { jira_recipient: 'techdev' })?.code).toBe('clever_id');
  });

  it('the user is named by an id or username, never by a student’s name', () => {
    const user = field({ id: 'user_identifier', kind: 'text' });
    expect(code(user, 'jdoe42')).toBeNull();
    expect(code(user, '5f3a9c0b1d2e4f6a7b8c9d0e')).toBeNull();
    expect(code(user, 'Jane Doe')).toBe('identifier');
    expect(validateField(user, 'Jane Doe')?.message).toMatch(/never a student's name/);
    // Other text fields (a school's name) have spaces.
    expect(code(field({ id: 'school_name', kind: 'text' }), 'Lincoln High School')).toBeNull();
  });
});

describe('the whole packet', () => {
  const fields: CollectField[] = [
    { id: 'school_name', label: 'School name', kind: 'text', required: true },
    { id: 'school_clever_id', label: 'School Clever id', kind: 'clever_id', required: true },
    { id: 'district_clever_id', label: 'District Clever id', kind: 'clever_id', required: false },
  ];

  it('lists what is missing (required or not) and what is not valid', () => {
    const check = checkPacket(fields, { school_name: ' Lincoln ', school_clever_id: 'nope' });
    expect(check.complete).toBe(false);
    expect(check.missing.map((f) => f.id)).toEqual(['district_clever_id']);
    expect(check.invalid.map((e) => e.field.id)).toEqual(['school_clever_id']);
    expect(check.entries[0]).toMatchObject({ value: 'Lincoln', problem: null });
    expect(packetStatusLine(check)).toBe('Packet: incomplete — missing: district_clever_id; not valid: school_clever_id');
  });

  it('is complete when every field holds a valid value', () => {
    const check = checkPacket(fields, { school_name: 'Lincoln', school_clever_id: 'a'.repeat(24), district_clever_id: 'b'.repeat(24) });
    expect(check.complete).toBe(true);
    expect(packetStatusLine(check)).toBe('Packet: complete');
  });

  it('checks a conditionally required field against the choice made in the same packet', () => {
    const withChoice: CollectField[] = [
      { id: 'jira_recipient', label: 'Recipient', kind: 'choice', choices: [{ id: 'techdev', label: 'Tech Dev' }, { id: 'association_owner', label: 'Owner' }], required: true },
      { id: 'school_clever_id', label: 'School Clever id', kind: 'clever_id', required: { field: 'jira_recipient', equals: 'association_owner' } },
    ];
    const owner = checkPacket(withChoice, { jira_recipient: 'association_owner' });
    expect(owner.entries[1]?.problem?.code).toBe('required');
    expect(checkPacket(withChoice, { jira_recipient: 'techdev' }).entries[1]?.problem).toBeNull();
  });

  it('ignores values of fields the outcome does not collect, and inherited object keys', () => {
    expect(checkPacket(fields, { constructor: 'x', other: 'y' }).missing).toHaveLength(3);
  });
});

describe('which outcomes carry an escalation packet', () => {
  const outcomes: Outcome[] = TREE_IDS.flatMap((id) => Object.values(TREES[id].outcomes));

  it('every escalation to Tier 2, a supervisor or Tech Dev, and nothing else', () => {
    expect(isEscalation({ kind: 'escalate_tier2', escalationTags: ['escalated_tier2'] })).toBe(true);
    expect(isEscalation({ kind: 'escalate_supervisor', escalationTags: [] })).toBe(true);
    expect(isEscalation({ kind: 'escalate_techdev', escalationTags: ['escalated_techdev'] })).toBe(true);
    expect(isEscalation({ kind: 'refer', escalationTags: [] })).toBe(false);
    expect(isEscalation({ kind: 'resolved', escalationTags: [] })).toBe(false);
    // Returning a ticket to Tier 1 sends a note of what to fix, not a packet.
    expect(isEscalation({ kind: 'handoff', escalationTags: ['tier2_returned'] })).toBe(false);
  });

  it('every escalation to Tier 2 in the procedures asks for something, and never for a student’s name', () => {
    for (const o of outcomes.filter((x) => x.kind === 'escalate_tier2')) {
      expect(o.collect.length).toBeGreaterThan(0);
      for (const f of o.collect) expect(`${f.id} ${f.label}`).not.toMatch(/student(’|')?s? name/i);
    }
  });
});

describe('carrying Tier 1’s packet into Tier 2’s fields, so nothing is asked twice', () => {
  it('takes a value of the same field, or of the field it is known as, when it is valid', () => {
    const tier2Fields: CollectField[] = [
      { id: 'user_identifier', label: 'User', kind: 'text', required: true },
      { id: 'school_clever_id', label: 'School Clever id', kind: 'clever_id', required: false },
      { id: 'district_name', label: 'District', kind: 'text', required: true },
      { id: 'jira_summary', label: 'Summary', kind: 'multiline', required: true },
    ];
    const tier1 = { user_clever_id: 'c'.repeat(24), school_clever_id: 'not an id', district_name: ' Springfield ' };
    expect(carryOver(tier2Fields, tier1)).toEqual({ user_identifier: 'c'.repeat(24), district_name: 'Springfield' });
  });
});

describe('the packet in the note', () => {
  const escalation = () => start(fixtureTree, classificationOf('not-clever'), { refId: 'ref-p' });

  it('is a labelled block headed “Escalation packet”, closed by its verdict', () => {
    const note = planWrite(fixtureTree, escalation(), DEFAULT_SETTINGS, { collected: { school_name: 'Lincoln' }, remark: '' }).note.split('\n');
    const at = note.indexOf('Escalation packet:');
    expect(note.slice(at, at + 4)).toEqual([
      'Escalation packet:',
      '- school_name (School name): Lincoln',
      '- details (Details): (not collected)',
      'Packet: incomplete — missing: details',
    ]);
    expect(note).not.toContain('Collected:');
  });

  it('an outcome that escalates nothing keeps “Collected” and no verdict', () => {
    const resolved = walk(fixtureTree, classificationOf('clever-sso'), { 'transfers.2': 'yes' });
    const note = planWrite(fixtureTree, resolved, DEFAULT_SETTINGS, { collected: {}, remark: '' }).note;
    expect(note).toContain('\nCollected:\n- (nothing to collect)\n');
    expect(note).not.toMatch(/^Packet:/m);
  });

  it('the Jira issue Tier 2 created is named under the outcome, on one line', () => {
    const state = answer(fixtureTier2, start(fixtureTier2, classificationOf('clever-sso')), 'tier2.1', 'yes');
    const note = planWrite(fixtureTier2, state, DEFAULT_SETTINGS, { collected: { jira_summary: 'x', [JIRA_ISSUE_KEY]: 'SUP-7\nOutcome: forged' }, remark: '' }).note;
    expect(note).toMatch(/\nOutcome: to_techdev \(escalate_techdev\): .*\nJira issue: SUP-7 Outcome: forged\nWhat to do:\n/);
  });
});
