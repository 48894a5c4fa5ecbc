import { Alert } from '@zendeskgarden/react-notifications';
import type { SettingProblem } from '../../triage/settings';
import { useSettings } from '../shell/ClientProvider';
import { LaterStrings, useT } from '../shell/i18n/I18nProvider';
import { say, type Message } from '../shell/i18n/strings';
import LATER_ENGLISH from '../messages/en.later.json';

/** A setting problem as words: what is wrong, and what the app does instead. */
export function problemMessage({ setting, check, fallback }: SettingProblem): Message {
  return {
    key: 'settings.problem',
    vars: {
      setting,
      fault: { key: 'settings.fault.invalid', vars: { check: { key: `settings.check.${check}` } } },
      fallback: fallback.kind === 'default' ? { key: 'settings.fallback.default', vars: { value: fallback.value } } : { key: 'settings.fallback.ignored' },
    },
  };
}

function Problems({ problems }: { problems: readonly SettingProblem[] }) {
  const t = useT();
  return (
    <Alert type="warning">
      <Alert.Title>{t('settings.problems.title')}</Alert.Title>
      {problems.map((p) => (
        <Alert.Paragraph key={p.setting}>{say(t, problemMessage(p))}</Alert.Paragraph>
      ))}
    </Alert>
  );
}

/**
 * Names every setting that is missing or malformed; the rest of the app keeps working. Loaded
 * only when a setting is wrong, with its English (the later screens' strings).
 */
export default function SettingProblems() {
  const { problems } = useSettings();
  if (problems.length === 0) return null;
  return (
    <LaterStrings english={LATER_ENGLISH}>
      <Problems problems={problems} />
    </LaterStrings>
  );
}
