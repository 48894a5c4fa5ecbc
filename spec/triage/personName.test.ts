import { asksForId, looksLikePersonName, nameWhereIdAsked } from '../../src/triage/personName';
import type { CollectField } from '../../src/triage/tree';
import { USER_CLEVER_ID_FIELD } from '../../src/trees/common';

const text = (id: string): CollectField => ({ id, label: id, kind: 'text', required: true });

describe('a person’s name where an id is asked for', () => {
  it.each(['Jane Doe', 'jane doe', 'Mary-Jane O’Neil', "D'Angelo Smith", 'J. Smith', 'José María García López', '  Jane\u200b Doe  '])('reads %p as a name', (value) => {
    expect(looksLikePersonName(value)).toBe(true);
  });

  it.each(['5f3a9c0b1d2e4f6a7b8c9d0e', 'jdoe', 'jane.doe@example.org', 'jane_doe', 'VHL 12345', 'Jane', '', 'one two three four five', 'ab12 cd34'])(
    'does not read %p as a name',
    (value) => {
      expect(looksLikePersonName(value)).toBe(false);
    },
  );

  it('asks for an id: Clever and Salesforce ids, and text fields named for an id, an identifier or a username', () => {
    expect(asksForId(USER_CLEVER_ID_FIELD)).toBe(true);
    expect(asksForId({ id: 'school_salesforce_id', label: 'x', kind: 'salesforce_id', required: true })).toBe(true);
    expect(['old_school_vhl_id', 'user_identifier', 'student_username'].map((id) => asksForId(text(id)))).toEqual([true, true, true]);
    expect(['school_name', 'course', 'valid'].map((id) => asksForId(text(id)))).toEqual([false, false, false]);
    expect(asksForId({ id: 'details_id', label: 'x', kind: 'multiline', required: false })).toBe(false);
  });

  it('warns on a name typed into the user’s Clever id or a VHL id, never on a name asked for', () => {
    expect(nameWhereIdAsked(USER_CLEVER_ID_FIELD, 'Jane Doe')).toBe(true);
    expect(nameWhereIdAsked(text('new_school_vhl_id'), 'Jane Doe')).toBe(true);
    expect(nameWhereIdAsked(USER_CLEVER_ID_FIELD, '5f3a9c0b1d2e4f6a7b8c9d0e')).toBe(false);
    expect(nameWhereIdAsked(text('school_name'), 'Lincoln High')).toBe(false);
  });
});
