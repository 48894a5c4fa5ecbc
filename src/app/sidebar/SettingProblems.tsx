import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import type { ParsedSettings, SettingProblem } from '../../triage/settings';
import { routeToNavBar } from '../../zendesk/navigation';
import { useClient, useMetadata } from '../shell/ClientProvider';
import { LaterStrings, useT } from '../shell/i18n/I18nProvider';
import { say, type Message } from '../shell/i18n/strings';
import { settingLabel } from '../setup/settingLabel';
import LATER_ENGLISH from '../messages/en.later.json';

/** What is wrong with a setting and what the app does instead, the setting named by its Admin Center label. */
export function problemMessage({ check, fallback }: SettingProblem, label: string): Message {
  return {
    key: 'settings.admin.invalid',
    vars: {
      label,
      fault: { key: 'settings.fault.invalid', vars: { check: { key: `settings.check.${check}` } } },
      fallback: fallback.kind === 'default' ? { key: 'settings.fallback.default', vars: { value: fallback.value } } : { key: 'settings.fallback.ignored' },
    },
  };
}

/** For admins: each setting by its label, what is wrong, where to fix it, and the way to the setup check. */
function ForAdmins({ parsed }: { parsed: ParsedSettings }) {
  const t = useT();
  const client = useClient();
  const { appId } = useMetadata();
  const label = (setting: string) => settingLabel(t, setting);
  return (
    <Alert type="warning">
      <Alert.Title>{t('settings.admin.title')}</Alert.Title>
      {parsed.problems.map((p) => (
        <Alert.Paragraph key={p.setting}>
          {say(t, problemMessage(p, label(p.setting)))} {t('settings.admin.fix', { label: label(p.setting) })}
        </Alert.Paragraph>
      ))}
      {parsed.defaulted.map((setting) => (
        <Alert.Paragraph key={setting}>
          {t('settings.admin.defaulted', { label: label(setting), value: String(parsed.settings[setting as keyof typeof parsed.settings] ?? '') })}{' '}
          {t('settings.admin.fix', { label: label(setting) })}
        </Alert.Paragraph>
      ))}
      <Alert.Paragraph>
        <Button isLink onClick={() => void routeToNavBar(client, appId)}>{t('settings.admin.openSetup')}</Button>
      </Alert.Paragraph>
    </Alert>
  );
}

/** For agents: one short line, and no setting keys. They cannot fix it, and the app works without it. */
function ForAgents() {
  const t = useT();
  return <Alert type="info">{t('settings.agentLine')}</Alert>;
}

/**
 * Setting problems, said to the person who can act on them. Loaded only when a setting is wrong or left empty,
 * with its English (the later screens' strings). An empty required setting runs on its default: only admins hear of it.
 */
export default function SettingProblems({ admin }: { admin: boolean }) {
  const { settings: parsed } = useMetadata();
  if (parsed.problems.length === 0 && !(admin && parsed.defaulted.length > 0)) return null;
  return <LaterStrings english={LATER_ENGLISH}>{admin ? <ForAdmins parsed={parsed} /> : <ForAgents />}</LaterStrings>;
}
