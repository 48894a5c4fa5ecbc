import { Alert } from '@zendeskgarden/react-notifications';
import { useEffect, useState } from 'react';
import { outcomeFieldProblem, readTicketField, type OutcomeFieldProblem } from '../../zendesk/ticketField';
import { useClient } from '../shell/ClientProvider';
import { useT } from '../shell/i18n/I18nProvider';

/**
 * For an admin, on the outcome screen: the outcome ticket field setting names a field that cannot
 * take this outcome's id. Zendesk would drop the value without a word, so the write cannot say it.
 */
export function OutcomeFieldCheck({ fieldId, outcomeId }: { fieldId: number; outcomeId: string }) {
  const t = useT();
  const client = useClient();
  const [problem, setProblem] = useState<OutcomeFieldProblem | null>(null);

  useEffect(() => {
    let live = true;
    void readTicketField(client, fieldId).then((field) => live && setProblem(outcomeFieldProblem(field, outcomeId)));
    return () => {
      live = false;
    };
  }, [client, fieldId, outcomeId]);

  if (problem === null) return null;
  return (
    <Alert type="warning">
      <Alert.Title>{t('outcomeField.title')}</Alert.Title>
      <Alert.Paragraph>{t(`outcomeField.${problem}`, { id: fieldId, outcome: outcomeId })}</Alert.Paragraph>
    </Alert>
  );
}
