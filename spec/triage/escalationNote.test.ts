import { escalatesToTier2 } from '../../src/triage/escalationNote';
import { walk } from '../../src/triage/engine';
import { planWrite } from '../../src/triage/planWrite';
import { DEFAULT_SETTINGS } from '../../src/triage/settings';
import type { TreeId } from '../../src/triage/tree';
import { TREES } from '../../src/trees';
import { classificationOf } from './fixtures/trees';

/** The note a walk of `tree` with `answers` writes, in an SSO district. */
const noteOf = (tree: TreeId, answers: Record<string, string>) =>
  planWrite(TREES[tree], walk(TREES[tree], classificationOf('clever-sso'), answers, { refId: 'q' }), DEFAULT_SETTINGS, { collected: {}, remark: '' }).note;

const SSO_ENROLLMENT_ERROR = { 'access.2a': 'no', 'access.2b': 'no', 'access.3': 'yes', 'access.4': 'yes', 'access.5': 'yes', 'access.6': 'yes', 'access.7a': 'no' };

describe('the note that began a ticket’s wait for Tier 2', () => {
  it('is Tier 1’s note at an escalation to Tier 2', () => {
    expect(escalatesToTier2(noteOf('access', SSO_ENROLLMENT_ERROR), TREES)).toBe(true);
  });

  it('is not a note that resolved the ticket, nor Tier 2’s own note, nor a comment the app did not write', () => {
    expect(escalatesToTier2(noteOf('access', { 'access.2a': 'no', 'access.2b': 'no', 'access.3': 'no' }), TREES)).toBe(false);
    expect(escalatesToTier2(noteOf('tier2', { 'tier2.1': 'no' }), TREES)).toBe(false);
    expect(escalatesToTier2('Escalating to Tier 2: student still missing.', TREES)).toBe(false);
  });

  it('an outcome the trees no longer have counts by the kind its note names', () => {
    const note = noteOf('access', SSO_ENROLLMENT_ERROR).replace(/^Outcome: sso_enrollment_error /m, 'Outcome: old_escalation ');
    expect(escalatesToTier2(note, TREES)).toBe(true);
  });
});
