import { compareWithWritten, noteFacts, type WrittenNote } from '../../src/triage/writtenNotes';

const escalation = noteFacts('access', 'sso_enrollment_error', { 'access.2a': 'no', 'access.7a': 'no' }, { user_clever_id: ' 5f0c ', screenshots: '' }, ' Seen. ');
const written: WrittenNote = { ...escalation, refId: 'first' };

describe('the note on screen against the notes the session wrote', () => {
  it('nothing written yet: a new note', () => {
    expect(compareWithWritten([], escalation)).toEqual({ kind: 'new' });
  });

  it('the same outcome, answers, fields and remark (spaces and empty fields aside) is the note written', () => {
    const again = noteFacts('access', 'sso_enrollment_error', { 'access.7a': 'no', 'access.2a': 'no' }, { user_clever_id: '5f0c' }, 'Seen.');
    expect(compareWithWritten([written], again)).toEqual({ kind: 'same', note: written });
  });

  it('any real change is a correction of the latest note of the procedure, naming what differs', () => {
    const changed = noteFacts('access', 'sso_enrollment_error', { 'access.2a': 'yes' }, { user_clever_id: '5f0d' }, 'Seen.');
    expect(compareWithWritten([written], changed)).toEqual({
      kind: 'correction',
      note: written,
      changes: { outcome: false, answers: ['access.2a', 'access.7a'], fields: ['user_clever_id'], remark: false },
    });
    const other = noteFacts('access', 'clever_login', {}, {}, 'Other.');
    expect(compareWithWritten([written], other)).toMatchObject({ kind: 'correction', changes: { outcome: true, remark: true } });
  });

  it('a note of another procedure is neither the same nor corrected', () => {
    expect(compareWithWritten([written], { ...escalation, tree: 'transfers' })).toEqual({ kind: 'new' });
  });

  it('going back to what an earlier note said is that note again, not a correction of the latest', () => {
    const later: WrittenNote = { ...escalation, remark: 'Later.', refId: 'second' };
    expect(compareWithWritten([written, later], escalation)).toEqual({ kind: 'same', note: written });
  });
});
