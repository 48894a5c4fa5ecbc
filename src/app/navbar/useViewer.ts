import { useEffect, useState } from 'react';
import { readSnapshot } from '../../zendesk/readSnapshot';
import { useClient } from '../shell/ClientProvider';
import { useAgentLocale } from '../shell/i18n/I18nProvider';

/**
 * Who is looking at the nav bar: an admin gets the setup check beside the other pages. Read once (the nav bar has no
 * ticket; the batched read still gives the user), with the agent's language; ready once that language is in place.
 */
export function useViewer(): { admin: boolean; ready: boolean } {
  const client = useClient();
  const [viewer, setViewer] = useState<{ role: string; locale: string } | null>(null);
  useEffect(() => {
    let live = true;
    void readSnapshot(client).then(({ snapshot }) => live && setViewer({ role: snapshot.currentUser?.role ?? '', locale: snapshot.currentUser?.locale ?? 'en' }));
    return () => {
      live = false;
    };
  }, [client]);
  const localeReady = useAgentLocale(viewer?.locale ?? null);
  return { admin: viewer?.role === 'admin', ready: viewer !== null && localeReady };
}
