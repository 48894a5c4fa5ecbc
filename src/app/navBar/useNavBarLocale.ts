import { useEffect, useState } from 'react';
import { readSnapshot } from '../../zendesk/readSnapshot';
import { useClient } from '../shell/ClientProvider';
import { useAgentLocale } from '../shell/i18n/I18nProvider';

/** The agent's language, read once (the nav bar has no ticket; the batched read still gives the user); true once it is in place. */
export function useNavBarLocale(): boolean {
  const client = useClient();
  const [locale, setLocale] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    readSnapshot(client).then((read) => live && setLocale(read.snapshot.currentUser?.locale ?? 'en'));
    return () => {
      live = false;
    };
  }, [client]);
  return useAgentLocale(locale) && locale !== null;
}
