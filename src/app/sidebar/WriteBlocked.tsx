import { Alert } from '@zendeskgarden/react-notifications';
import type { WriteBlock } from '../../zendesk/writable';
import LATER_ENGLISH from '../messages/en.later.json';
import { LaterStrings, useT } from '../shell/i18n/I18nProvider';
import { blockedText } from './blockedText';

function Blocked({ block }: { block: WriteBlock }) {
  const t = useT();
  return (
    <Alert type="warning">
      <Alert.Title>{t('write.blocked.title')}</Alert.Title>
      <Alert.Paragraph>{blockedText(t, block)}</Alert.Paragraph>
    </Alert>
  );
}

/**
 * Said before the agent starts, so no walk ends in a write that is sure to fail. A blocked ticket is rare:
 * loaded only then, with its words.
 */
export default function WriteBlocked({ block }: { block: WriteBlock }) {
  return (
    <LaterStrings english={LATER_ENGLISH}>
      <Blocked block={block} />
    </LaterStrings>
  );
}
