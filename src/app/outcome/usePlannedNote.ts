import { useMemo } from 'react';
import { view, type WalkState } from '../../triage/engine';
import { PlanError, planWrite } from '../../triage/planWrite';
import type { Outcome, Tree } from '../../triage/tree';
import { compareWithWritten, noteFacts } from '../../triage/writtenNotes';
import { useT } from '../shell/i18n/I18nProvider';
import { useWalkContext } from '../walk/useTicketSession';
import { problemsOf } from './collect';
import { fromOrganization } from './fromOrganization';
import { useOutcomeFieldSetting } from './useOutcomeFieldSetting';

/**
 * The note an outcome would write: the fields' values (what the agent typed, or Tier 2 carried over
 * from Tier 1, over what the organization answers), the plan, how it compares with the notes the
 * session wrote, and why it cannot be written yet.
 */
export function usePlannedNote(tree: Tree, walk: WalkState, outcome: Outcome) {
  const t = useT();
  const settings = useOutcomeFieldSetting();
  const { session, snapshot, blocked: ticketBlocked, tier1Note, languages, problemId } = useWalkContext();
  const { collected, remark, notes } = session;
  const { assignee, currentUser, organization } = snapshot;

  // With the agent and Tier 1's note, what decides the assignee when the write moves the ticket to another group.
  const assignment = useMemo(
    () => ({
      assignee,
      currentUser: currentUser && { id: currentUser.id, groupIds: currentUser.groups.map((g) => g.id) },
      escalatedBy: tier1Note?.status === 'read' && tier1Note.trusted ? tier1Note.note.escalatedBy : null,
    }),
    [assignee, currentUser, tier1Note],
  );
  const suggested = useMemo(() => fromOrganization(outcome.collect, organization, settings), [outcome.collect, organization, settings]);
  const values = useMemo(() => ({ ...suggested, ...collected }), [suggested, collected]);
  const facts = useMemo(() => {
    // The path the note writes, not answers the walk keeps off it.
    const answers = Object.fromEntries(view(tree, walk).path.map((s) => [s.node, s.answer]));
    const fields = Object.fromEntries(outcome.collect.map((f) => [f.id, values[f.id] ?? '']));
    return noteFacts(tree.id, outcome.id, answers, fields, remark);
  }, [tree, outcome, walk, values, remark]);
  // The note on screen is one the session wrote (Back, then the same answers), or corrects the latest.
  const compared = useMemo(() => compareWithWritten(notes, facts), [notes, facts]);
  const corrects = compared.kind === 'correction' ? compared : null;
  const planned = useMemo(() => {
    try {
      const correction = corrects && { refId: corrects.note.refId, changes: corrects.changes };
      // The note is in the team's language (the settings'), whatever the screen's: the same walk in other words.
      const noted = languages.trees[languages.note][tree.id];
      const input = {
        collected: values,
        remark,
        assignment,
        words: languages.words[languages.note],
        ...(correction && { corrects: correction }),
        ...(problemId !== null && { problemId }),
      };
      return { plan: planWrite(noted, walk, settings, input), error: null };
    } catch (error) {
      if (error instanceof PlanError) return { plan: null, error };
      throw error;
    }
  }, [tree, walk, settings, values, remark, assignment, corrects, languages, problemId]);

  const whyNot = (): string | null => {
    if (ticketBlocked !== null) return ticketBlocked;
    if (planned.error !== null) return t('outcome.noteTooLarge', { bytes: planned.error.bytes ?? 0 });
    const problems = problemsOf(outcome.collect, values);
    if (problems.length > 0) return t('outcome.fixFields', { fields: problems.map((p) => p.field.label).join(', ') });
    return null;
  };

  return { suggested, values, facts, compared, corrects, plan: planned.plan, blocked: whyNot() };
}
