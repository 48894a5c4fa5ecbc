import { Alert } from '@zendeskgarden/react-notifications';
import { useT } from '../shell/i18n/I18nProvider';

/** Message before the agent starts, so no walk ends in a write that is sure to fail. */
export function WriteBlocked({ blocked }: { blocked: string | null }) {
  const t = useT();
  if (blocked === null) return null;
  return (
    <Alert type="warning">
      <Alert.Title>{t('write.blocked.title')}</Alert.Title>
      <Alert.Paragraph>{blocked}</Alert.Paragraph>
    </Alert>
  );
}
