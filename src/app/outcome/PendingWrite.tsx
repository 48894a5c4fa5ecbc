import { Accordion } from '@zendeskgarden/react-accordions';
import { Alert } from '@zendeskgarden/react-notifications';
import type { PendingWrite as Kept } from '../../zendesk/pendingWrite';
import { useT } from '../shell/i18n/I18nProvider';
import { Stack } from '../shell/layout';
import { NotePreview } from './NotePreview';
import { WriteControls } from './WriteControls';

/**
 * A note kept from before a reload whose walk is no longer on screen: it is shown with
 * Retry and Copy note until Zendesk confirms it, so it is never lost silently. Loaded with the
 * outcome's screen: it shows only after a reload cut a write short.
 */
export default function PendingWrite({ kept, blocked }: { kept: Kept; blocked: string | null }) {
  const t = useT();
  return (
    <Stack as="section" aria-label={t('pending.title')}>
      <Alert type="warning">
        <Alert.Title>{t('pending.title')}</Alert.Title>
        <Alert.Paragraph>{t('pending.body', { savedAt: new Date(kept.savedAt).toLocaleString() })}</Alert.Paragraph>
      </Alert>
      <Accordion level={3} isCompact isCollapsible isExpandable>
        <Accordion.Section>
          <Accordion.Header>
            <Accordion.Label>{t('pending.show')}</Accordion.Label>
          </Accordion.Header>
          <Accordion.Panel>
            <NotePreview id={`pending-${kept.plan.refId}`} note={kept.plan.note} label={t('outcome.preview')} />
          </Accordion.Panel>
        </Accordion.Section>
      </Accordion>
      <WriteControls ticketId={kept.ticketId} plan={kept.plan} blocked={blocked} onWritten={() => undefined} />
    </Stack>
  );
}
