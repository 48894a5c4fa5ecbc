import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import type { Classification, TicketSnapshot } from '../../triage/snapshot';
import type { TreeId } from '../../triage/tree';
import { useT } from '../shell/i18n/I18nProvider';
import { Stack } from '../shell/layout';
import { Loading } from '../shell/Loading';
import { DistrictSummary } from './district/DistrictSummary';
import { OrganizationFacts } from './OrganizationFacts';
import { ProcedurePicker } from './ProcedurePicker';
import type { ProcedureChoice } from './suggestProcedure';
import { WriteBlocked } from './WriteBlocked';

/** What the first screen knows of the ticket, and the walk's screen starts from. */
export interface TicketView {
  snapshot: TicketSnapshot;
  ticketId: number | null;
  classification: Classification;
  choice: ProcedureChoice;
  /** Why this ticket cannot take a note (closed, not saved yet, its id unreadable), or null. */
  blocked: string | null;
  /** The procedure the agent chose before the walk's screen was there, or null. */
  chosen: TreeId | null;
  onChoose: (tree: TreeId) => void;
}

interface Props extends TicketView {
  /** The walk's screen could not be fetched: said instead of the procedures, with this retry. */
  retry?: () => void;
}

/** The district and the procedures to choose from, shown while the walk's screen loads (and if it cannot). */
export function FirstScreen({ snapshot, classification, choice, blocked, chosen, onChoose, retry }: Props) {
  return (
    <Stack>
      <WriteBlocked blocked={blocked} />
      <OrganizationFacts organization={snapshot.organization} />
      <DistrictSummary classification={classification} inWalk={false} />
      <FirstStep choice={choice} chosen={chosen} onChoose={onChoose} retry={retry} />
    </Stack>
  );
}

function FirstStep({ choice, chosen, onChoose, retry }: Pick<Props, 'choice' | 'chosen' | 'onChoose' | 'retry'>) {
  const t = useT();
  if (retry) {
    return (
      <Alert type="error">
        <Alert.Title>{t('walk.loadFailed.title')}</Alert.Title>
        <Alert.Paragraph>{t('walk.loadFailed.body')}</Alert.Paragraph>
        <Button size="small" onClick={retry}>
          {t('walk.loadFailed.retry')}
        </Button>
      </Alert>
    );
  }
  if (chosen !== null) return <Loading label={t('walk.loading')} />;
  return <ProcedurePicker choice={choice} onChoose={onChoose} focus={false} />;
}
