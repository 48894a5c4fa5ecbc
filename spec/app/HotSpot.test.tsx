import { screen, within } from '@testing-library/react';
import { DISTRICTS } from '../../harness/insightsFixtures';
import { TREE_TEXT_ES } from '../../src/trees/es';
import { TREES } from '../../src/trees';
import { zendeskServerPerFile } from '../support/zendeskServer';
import { AGENT, org, renderApp, ticketData } from './renderApp';

zendeskServerPerFile();

/** A school of Riverside, the stand-in's hot spot: four tickets this week ended waiting for the rostering sync. */
const RIVERSIDE_SCHOOL = org('Maple Middle', { parent_account: 'Riverside County Schools', parent_account_id: DISTRICTS.riverside.id, lms: 'Clever Rostering District AY 2026-2027' });

const openAs = (locale: string) => renderApp({ data: ticketData({ currentUser: { ...AGENT, locale }, 'ticket.organization': RIVERSIDE_SCHOOL }) });

describe('the district’s hot spot, in the agent’s language', () => {
  it('an English agent reads the outcome’s English title', async () => {
    openAs('en-US');
    const spot = within(await screen.findByRole('region', { name: 'Possible district-wide problem' }, { timeout: 5000 }));
    const title = TREES.access.outcomes.rostering_wait_for_sync?.title ?? '';
    expect(spot.getByText(`4 other tickets from Riverside County Schools in 7 days ended in “${title}” (2 open).`)).toBeVisible();
  });

  it('a Spanish-speaking agent reads the same finding with the outcome’s Spanish title', async () => {
    openAs('es-419');
    const spot = within(await screen.findByRole('region', { name: 'Posible problema de todo el distrito' }, { timeout: 5000 }));
    const spanish = TREE_TEXT_ES.access.outcomes?.rostering_wait_for_sync?.title ?? '';
    expect(spanish).not.toBe('');
    expect(spot.getByText(`4 otros tickets de Riverside County Schools en 7 días terminaron en «${spanish}» (2 abiertos).`)).toBeVisible();
  });
});
