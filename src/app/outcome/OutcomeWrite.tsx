import { Notification } from '@zendeskgarden/react-notifications';
import type { WalkState } from '../../triage/engine';
import type { Outcome } from '../../triage/tree';
import type { NoteChanges } from '../../triage/writtenNotes';
import { useT } from '../shell/i18n/I18nProvider';
import type { MessageKey } from '../shell/i18n/strings';
import { useWalkContext } from '../walk/useTicketSession';
import type { usePlannedNote } from './usePlannedNote';
import { WriteControls } from './WriteControls';

/** What differs from the note being corrected, in the words the screen uses: step ids, field labels. */
function describeCorrection(c: NoteChanges, outcome: Outcome): { key: MessageKey; what?: string }[] {
  const label = (id: string) => outcome.collect.find((f) => f.id === id)?.label ?? id;
  return [
    ...(c.outcome ? [{ key: 'write.correction.outcome' as const }] : []),
    ...c.answers.map((node) => ({ key: 'write.correction.answer' as const, what: node })),
    ...c.fields.map((id) => ({ key: 'write.correction.field' as const, what: label(id) })),
    ...(c.remark ? [{ key: 'write.correction.remark' as const }] : []),
  ];
}

interface Props {
  walk: WalkState;
  outcome: Outcome;
  planned: ReturnType<typeof usePlannedNote>;
}

/** The outcome's write: the controls, or word that the session already wrote this very note. */
export function OutcomeWrite({ walk, outcome, planned }: Props) {
  const t = useT();
  const { ticketId, dispatch } = useWalkContext();
  const { compared, corrects, facts } = planned;
  if (compared.kind === 'same' && compared.note.refId !== walk.refId) {
    return (
      <Notification type="success" role="status">
        <Notification.Title>{t('write.done.title')}</Notification.Title>
        <Notification.Paragraph>{t('write.same', { ref: `clever-triage/${compared.note.refId}` })}</Notification.Paragraph>
      </Notification>
    );
  }
  // Keyed by the reference id: a write's state belongs to one note, and a walk changed after its write is another note.
  return (
    <WriteControls
      key={walk.refId}
      ticketId={ticketId}
      plan={planned.plan}
      blocked={planned.blocked}
      correction={corrects && { ref: `clever-triage/${corrects.note.refId}`, changes: describeCorrection(corrects.changes, outcome) }}
      onWritten={() => dispatch({ type: 'written', note: { ...facts, refId: walk.refId } })}
    />
  );
}
