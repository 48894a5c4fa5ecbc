import { SM } from '@zendeskgarden/react-typography';
import { useEffect, useState } from 'react';
import { collectedOf } from '../../triage/readNote';
import type { Outcome } from '../../triage/tree';
import { useSettings } from '../shell/ClientProvider';
import { useT } from '../shell/i18n/I18nProvider';
import { Stack, Steps } from '../shell/layout';
import { prefill } from './prefill';
import type { Tier1Note } from './useTier1Note';

interface Props {
  tier1: Tier1Note;
  outcome: Outcome;
  collected: Readonly<Record<string, string>>;
  onCollect: (field: string, value: string) => void;
}

/**
 * At a Tier 2 outcome: the fields Tier 1's packet already answers are filled in (and said so),
 * and the supervisors are listed in order where the outcome involves them. "Create Jira issue"
 * is in the outcome screen, beside the write (JiraIssue).
 */
export default function OutcomeTools({ tier1, outcome, collected, onCollect }: Props) {
  const t = useT();
  const { settings } = useSettings();
  const [carried, setCarried] = useState<string[]>([]);
  // A note Tier 2 cannot rely on is shown, never carried into the form.
  const note = tier1.status === 'read' && tier1.trusted ? tier1.note : null;
  const gaps = tier1.status === 'read' && tier1.trusted ? tier1.gaps : null;

  // Once per outcome and read-back: later edits by the agent are never overwritten.
  useEffect(() => {
    if (!note) return;
    const values = prefill(outcome, collectedOf(note), gaps, collected);
    for (const [field, value] of Object.entries(values)) onCollect(field, value);
    setCarried(outcome.collect.filter((f) => values[f.id] !== undefined).map((f) => f.label));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `collected` changes with every keystroke; prefill once
  }, [outcome, note, gaps]);

  const roles = outcome.roles ?? [];
  const supervisors = roles.includes('role_tier2_supervisors') ? settings.role_tier2_supervisors : [];

  return (
    <Stack data-tier2-tools>
      {carried.length > 0 && <SM>{t('tier2.carried', { fields: carried.join('; ') })}</SM>}
      {supervisors.length > 0 && (
        <>
          <SM isBold tag="h3">
            {t('tier2.supervisors')}
          </SM>
          <Steps lang="en">
            {supervisors.map((rank) => (
              <li key={rank.join('\n')}>{rank.reduce((first, second) => t('tier2.supervisors.equals', { first, second }))}</li>
            ))}
          </Steps>
        </>
      )}
      {roles.includes('role_returned_escalations') && (
        <SM>
          {t('tier2.returnedEscalations')}: <span lang="en">{settings.role_returned_escalations}</span>
        </SM>
      )}
    </Stack>
  );
}
