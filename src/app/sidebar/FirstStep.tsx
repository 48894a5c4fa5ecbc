import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import type { TreeId } from '../../triage/tree';
import { useT } from '../shell/i18n/I18nProvider';
import { Loading } from '../shell/Loading';
import { ProcedurePicker } from './ProcedurePicker';
import type { ProcedureChoice } from './suggestProcedure';

interface Props {
  choice: ProcedureChoice;
  onChoose: (tree: TreeId) => void;
  /** A procedure was chosen and the walk's screen is not there yet. */
  waiting: boolean;
  /** The agent left a walk for the procedures: the focus comes to them. */
  focus: boolean;
  /** The walk's screen could not be fetched: said instead of the procedures, with this retry. */
  retry: (() => void) | null;
}

/** Where a walk starts: the procedures to choose from, or why they cannot be walked yet. */
export function FirstStep({ choice, onChoose, waiting, focus, retry }: Props) {
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
  if (waiting) return <Loading label={t('walk.loading')} />;
  return <ProcedurePicker choice={choice} onChoose={onChoose} focus={focus} />;
}
