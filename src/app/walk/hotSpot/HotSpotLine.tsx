import { Button } from '@zendeskgarden/react-buttons';
import { Checkbox, Field } from '@zendeskgarden/react-forms';
import { Alert, Well } from '@zendeskgarden/react-notifications';
import { SM } from '@zendeskgarden/react-typography';
import { useState } from 'react';
import type { Settings } from '../../../triage/settings';
import type { Classification, TicketSnapshot } from '../../../triage/snapshot';
import { routeToTicket } from '../../../zendesk/client';
import { useClient } from '../../shell/ClientProvider';
import { DisclosureButton } from '../../shell/DisclosureButton';
import { useT } from '../../shell/i18n/I18nProvider';
import { useHotSpot } from './useHotSpot';

export interface HotSpotLineProps {
  snapshot: TicketSnapshot;
  classification: Classification;
  settings: Settings;
  /** The problem this ticket is to be linked to with the note, or null. */
  linked: number | null;
  onLink: (problemId: number | null) => void;
  /** A question is on screen: the hot spot takes one line above it. */
  folded: boolean;
}

/**
 * "3 other tickets from Springfield Unified in 7 days ended in …": a district-wide problem,
 * spotted while it happens, with its tickets, the district's open problem ticket and the choice
 * to link this ticket to it as an incident in the same update as the note. Says nothing when
 * there is nothing to say (or the search failed: the walk needs none of it). Above a question it
 * is one line, opened on demand.
 */
export function HotSpotLine({ snapshot, classification, settings, linked, onLink, folded }: HotSpotLineProps) {
  const t = useT();
  const client = useClient();
  const view = useHotSpot(snapshot, classification, settings);
  const [open, setOpen] = useState(linked !== null);
  const hotSpot = view?.hotSpot;
  if (!view || !hotSpot) return null;
  const { problem, creation } = view;
  const found = t('hotspot.found', { count: hotSpot.ticketIds.length, district: view.districtName, outcome: hotSpot.outcome.title, open: hotSpot.open });
  const toggle = (label: string) => (
    <DisclosureButton expanded={open} controls="hot-spot-details" onToggle={() => setOpen((v) => !v)}>
      {label}
    </DisclosureButton>
  );
  const details = (
    <div id="hot-spot-details" hidden={!open}>
      {folded && <SM>{found}</SM>}
      <SM tag="ul">
        {hotSpot.ticketIds.map((id) => (
          <li key={id}>
            <Button size="small" isLink onClick={() => void routeToTicket(client, id)}>
              {t('hotspot.open', { id })}
            </Button>
          </li>
        ))}
      </SM>
      {problem ? (
        <Field>
          <Checkbox checked={linked === problem.id} onChange={(e) => onLink(e.target.checked ? problem.id : null)}>
            <Field.Label>{t('hotspot.link', { id: problem.id, subject: problem.subject })}</Field.Label>
          </Checkbox>
        </Field>
      ) : (
        view.canCreate &&
        creation.status !== 'creating' &&
        !(creation.status === 'failed' && creation.mayExist) && (
          <Button size="small" onClick={view.create}>
            {t('hotspot.create')}
          </Button>
        )
      )}
    </div>
  );
  const status = (
    <>
      {creation.status === 'creating' && <SM role="status">{t('hotspot.creating')}</SM>}
      {creation.status === 'failed' && (
        <Alert type="error">
          <Alert.Paragraph>
            {t('hotspot.create.failed', { message: creation.message })} {creation.mayExist && t('hotspot.create.mayExist')}
          </Alert.Paragraph>
        </Alert>
      )}
    </>
  );
  // Above a question, one line: the question stays in reach; the rest a click away.
  if (folded) {
    return (
      <section aria-label={t('hotspot.title')} data-hot-spot={hotSpot.outcome.id}>
        {toggle(t('hotspot.summary', { count: hotSpot.ticketIds.length }))}
        {details}
        {status}
      </section>
    );
  }
  return (
    <Well isRecessed aria-labelledby="hot-spot-title" role="region" data-hot-spot={hotSpot.outcome.id}>
      <Well.Title id="hot-spot-title">{t('hotspot.title')}</Well.Title>
      <Well.Paragraph>{found}</Well.Paragraph>
      {toggle(t('hotspot.details'))}
      {details}
      {status}
    </Well>
  );
}
