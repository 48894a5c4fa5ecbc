import { EMPTY_SESSION, reduce, type Action, type Session } from '../../../src/app/walk/sessionReducer';
import { view } from '../../../src/triage/engine';
import { TREES } from '../../../src/trees';
import { classificationOf } from '../../triage/fixtures/trees';

const access = TREES.access;
const classification = classificationOf('clever-sso');
const steps = (session: Session, ...actions: Action[]) => actions.reduce(reduce, session);
const refOf = (session: Session) => session.walk?.refId;
/** The write of the note on screen, as the outcome screen reports it. */
const wrote = (session: Session, fields: Record<string, string> = {}): Action => ({
  type: 'written',
  note: { refId: refOf(session) ?? '', tree: 'access', outcome: 'clever_login', answers: {}, fields, remark: '' },
});

/** An SSO district, access procedure: "a problem with the Clever part of the login" is an outcome. */
const atOutcome = () =>
  steps(EMPTY_SESSION, { type: 'start', tree: access, classification }, { type: 'answer', tree: access, node: 'access.2a', answer: 'yes' });

describe('the reference id names one note', () => {
  it('between questions the note is the same: answering and going back before any outcome keep the id', () => {
    const started = steps(EMPTY_SESSION, { type: 'start', tree: access, classification });
    const walked = steps(
      started,
      { type: 'answer', tree: access, node: 'access.2a', answer: 'no' },
      { type: 'answer', tree: access, node: 'access.2b', answer: 'no' },
      { type: 'back', tree: access },
    );
    expect(view(access, walked.walk!).outcome).toBeNull();
    expect(refOf(walked)).toBe(refOf(started));
  });

  it('leaving an outcome starts another note even before a confirmed write: a write that failed unclearly may still land', () => {
    const before = atOutcome();
    const again = steps(before, { type: 'back', tree: access }, { type: 'answer', tree: access, node: 'access.2a', answer: 'no' });
    expect(refOf(again)).not.toBe(refOf(before));
    expect(again.written).toBe(false);
  });

  it.each<[string, Action]>([
    ['Back', { type: 'back', tree: access }],
    ['Restart', { type: 'restart', tree: access }],
    ['Change of an earlier answer', { type: 'answer', tree: access, node: 'access.2a', answer: 'no' }],
  ])('after a write, %s starts another note: a fresh id, and the write is offered again', (_, action) => {
    const written = reduce(atOutcome(), wrote(atOutcome()));
    const next = reduce(written, action);
    expect(next.written).toBe(false);
    expect(refOf(next)).toMatch(/^[a-z0-9]{12}$/);
    expect(refOf(next)).not.toBe(refOf(written));
  });

  it('the new note keeps its id while it is not written: walking on to an outcome and writing it does not change it again', () => {
    const backed = steps(atOutcome(), wrote(atOutcome()), { type: 'back', tree: access });
    const again = steps(backed, { type: 'answer', tree: access, node: 'access.2a', answer: 'yes' });
    expect(view(access, again.walk!).outcome).not.toBeNull();
    expect(refOf(again)).toBe(refOf(backed));
    expect(refOf(reduce(again, wrote(again)))).toBe(refOf(backed));
  });

  it('after a write, editing a field or the remark at the outcome starts another note under a fresh id; the written note is remembered', () => {
    const at = atOutcome();
    const written = reduce(at, wrote(at));
    expect(written.notes.map((n) => n.refId)).toEqual([refOf(at)]);
    for (const edit of [{ type: 'collect', field: 'user', value: 'x' }, { type: 'remark', value: 'more' }] as Action[]) {
      const edited = reduce(written, edit);
      expect(edited.written).toBe(false);
      expect(refOf(edited)).not.toBe(refOf(written));
      expect(edited.notes).toEqual(written.notes);
    }
  });

  it('the notes written survive Back, choosing another procedure and leaving, so reaching one again is known', () => {
    const at = atOutcome();
    const written = reduce(at, wrote(at));
    for (const action of [{ type: 'back', tree: access }, { type: 'start', tree: access, classification }, { type: 'leave' }] as Action[]) {
      expect(reduce(written, action).notes).toEqual(written.notes);
    }
  });

  it('a move that leaves the path as it was (the same answer chosen again) is still the written note', () => {
    const written = reduce(atOutcome(), wrote(atOutcome()));
    const same = reduce(written, { type: 'answer', tree: access, node: 'access.2a', answer: 'yes' });
    expect(same.written).toBe(true);
    expect(refOf(same)).toBe(refOf(written));
  });

  it('a handoff after a write continues under the handoff’s own id, derived from the written note’s', () => {
    const transfers = TREES.transfers;
    const walked = steps(
      EMPTY_SESSION,
      { type: 'start', tree: transfers, classification },
      { type: 'answer', tree: transfers, node: 'transfers.1', answer: 'no' },
      { type: 'answer', tree: transfers, node: 'transfers.2', answer: 'no' },
    );
    const written = reduce(walked, wrote(walked));
    const next = reduce(written, { type: 'handoff', trees: TREES, outcome: transfers.outcomes.not_transfer_or_dual_enrollment! });
    expect(next.written).toBe(false);
    expect(refOf(next)).toBe(`${refOf(written)}.access`);
  });
});
