import { Alert } from '@zendeskgarden/react-notifications';
import { useSettings } from './ClientProvider';
import { useT } from './i18n/I18nProvider';

/** Names every setting that is missing or malformed; the rest of the app keeps working. */
export function SettingProblems() {
  const { problems } = useSettings();
  const t = useT();
  if (problems.length === 0) return null;
  return (
    <Alert type="warning">
      <Alert.Title>{t('settings.problems.title')}</Alert.Title>
      {problems.map((p) => (
        <Alert.Paragraph key={p.setting}>{t('settings.problem', { setting: p.setting, message: p.message })}</Alert.Paragraph>
      ))}
    </Alert>
  );
}
