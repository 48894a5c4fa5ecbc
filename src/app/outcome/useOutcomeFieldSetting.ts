import { useEffect, useMemo, useState } from 'react';
import { REQUIREMENT } from '../../triage/requirements';
import type { Settings } from '../../triage/settings';
import { installedRequirements } from '../../zendesk/accountFacts';
import { useClient, useMetadata } from '../shell/ClientProvider';

/**
 * The settings an outcome writes with. When no admin typed an outcome field id, the field Zendesk created at install
 * (requirements.json) is used: its id is read from the installation's requirements, once per sidebar, and only
 * when an outcome is reached.
 */
export function useOutcomeFieldSetting(): Settings {
  const client = useClient();
  const { installationId, settings: parsed } = useMetadata();
  const { settings } = parsed;
  const typed = settings.outcome_field_id !== undefined;
  const [installed, setInstalled] = useState<number | undefined>(undefined);
  useEffect(() => {
    if (typed) return undefined;
    let live = true;
    void installedRequirements(client, installationId).then((read) => live && read.ok && setInstalled(read.value[REQUIREMENT.outcomeField]));
    return () => {
      live = false;
    };
  }, [client, installationId, typed]);
  return useMemo(() => (typed || installed === undefined ? settings : { ...settings, outcome_field_id: installed }), [settings, typed, installed]);
}
