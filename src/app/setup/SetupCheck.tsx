import { Button } from '@zendeskgarden/react-buttons';
import { Dots } from '@zendeskgarden/react-loaders';
import { Table } from '@zendeskgarden/react-tables';
import { Tag } from '@zendeskgarden/react-tags';
import { SM, XL } from '@zendeskgarden/react-typography';
import { useCallback, useEffect, useState } from 'react';
import styled from 'styled-components';
import { setupChecks, type CheckStatus, type SetupCheck as Check } from '../../triage/setupCheck';
import { readAccountFacts } from '../../zendesk/accountFacts';
import { DOMAIN_WHITELIST } from './domainWhitelist';
import { useClient, useMetadata } from '../shell/ClientProvider';
import { useT } from '../shell/i18n/I18nProvider';
import type { MessageKey, Translate } from '../shell/i18n/strings';
import { Row, Stack } from '../shell/layout';
import { settingLabel } from './settingLabel';

const PageFrame = styled.main`
  box-sizing: border-box;
  padding: ${(p) => p.theme.space.md};
  font-family: ${(p) => p.theme.fonts.system};
  overflow-wrap: break-word;
`;

const Checks = styled(Table)`
  table-layout: auto;
`;

const STATUS_HUE: Record<CheckStatus, string> = { ok: 'green', problem: 'red', unknown: 'grey' };

type Run = { status: 'loading' } | { status: 'done'; checks: Check[] };

/** Runs the check when opened and when asked again: the account's facts are read then, never on a ticket's open. */
function useSetupCheck(): { run: Run; again: () => void } {
  const client = useClient();
  const metadata = useMetadata();
  const [run, setRun] = useState<Run>({ status: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    setRun({ status: 'loading' });
    void readAccountFacts(client, metadata.settings.settings, metadata.installationId, DOMAIN_WHITELIST).then(
      (facts) => live && setRun({ status: 'done', checks: setupChecks(metadata.settings, facts) }),
    );
    return () => {
      live = false;
    };
  }, [client, metadata, round]);
  return { run, again: useCallback(() => setRound((r) => r + 1), []) };
}

/** A check's variables as words: a requirement's name and a check code are message keys themselves. */
function varsOf(check: Check, t: Translate): Record<string, string> {
  const vars: Record<string, string> = { ...check.vars, label: check.setting ? settingLabel(t, check.setting) : '' };
  if (check.code.startsWith('requirement.') && check.vars.name) vars.name = t(`setup.requirement.${check.vars.name}` as MessageKey);
  if (check.code === 'setting.invalid' && check.vars.check) vars.check = t(`settings.check.${check.vars.check}` as MessageKey);
  return vars;
}

function CheckRow({ check, t }: { check: Check; t: Translate }) {
  const vars = varsOf(check, t);
  return (
    <Table.Row data-check={check.code} data-status={check.status}>
      <Table.Cell>
        <Tag hue={STATUS_HUE[check.status]}>{t(`setup.status.${check.status}`)}</Tag>
      </Table.Cell>
      <Table.Cell>{check.setting ? vars.label : t('setup.noSetting')}</Table.Cell>
      <Table.Cell>{t(`setup.${check.code}` as MessageKey, vars)}</Table.Cell>
      <Table.Cell>{check.status === 'problem' ? t(`setup.${check.code}.fix` as MessageKey, vars) : ''}</Table.Cell>
    </Table.Row>
  );
}

/** The admins' setup check: each setting held against the live account, with what to do in Admin Center's words. */
export default function SetupCheck() {
  const t = useT();
  const { run, again } = useSetupCheck();
  const problems = run.status === 'done' ? run.checks.filter((c) => c.status === 'problem').length : 0;
  return (
    <PageFrame>
      <Stack>
        <Row>
          <XL tag="h1" id="setup-title">
            {t('setup.title')}
          </XL>
          <Button size="small" onClick={again} disabled={run.status === 'loading'}>
            {t('setup.run')}
          </Button>
        </Row>
        <SM>{t('setup.intro')}</SM>
        {run.status === 'loading' && <Dots aria-label={t('setup.loading')} />}
        {run.status === 'done' && (
          <>
            <SM role="status">{problems === 0 ? t('setup.summary.ok') : t('setup.summary.problems', { count: problems })}</SM>
            <Checks isReadOnly aria-labelledby="setup-title">
              <Table.Head>
                <Table.HeaderRow>
                  <Table.HeaderCell scope="col">{t('setup.col.status')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('setup.col.setting')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('setup.col.found')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('setup.col.fix')}</Table.HeaderCell>
                </Table.HeaderRow>
              </Table.Head>
              <Table.Body>
                {run.checks.map((check, i) => (
                  <CheckRow key={`${check.code}-${check.setting ?? i}`} check={check} t={t} />
                ))}
              </Table.Body>
            </Checks>
          </>
        )}
      </Stack>
    </PageFrame>
  );
}
