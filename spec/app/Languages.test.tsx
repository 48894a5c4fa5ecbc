import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import en from '../../src/app/messages/en.json';
import enLater from '../../src/app/messages/en.later.json';
import es from '../../src/app/messages/es.json';
import { ENGLISH, loadMessages, supportedLocale } from '../../src/app/shell/i18n/catalog';
import { TREES } from '../../src/trees';
import { AGENT, answerLabel, org, pendingAnswers, renderApp, SSO_ORG, ticketData } from './renderApp';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('languages', () => {
  // English is two files (the first screen's, and the later screens' that come with their chunks); Spanish is one.
  it('Spanish has every English string, with the same placeholders, and nothing else', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(ENGLISH).sort());
    for (const [key, text] of Object.entries(ENGLISH)) {
      expect([key, placeholders(es[key as keyof typeof es])]).toEqual([key, placeholders(text)]);
    }
  });

  it('the first screen’s English and the later screens’ are two halves: no key in both', () => {
    expect(Object.keys(en).filter((key) => key in enLater)).toEqual([]);
  });

  it('the locale comes from the agent’s profile, by language, with English for any other', async () => {
    expect(['es', 'es-419', 'ES-es', 'en-US', 'fr', '', null].map(supportedLocale)).toEqual(['es', 'es', 'es', 'en', 'en', 'en', 'en']);
    expect((await loadMessages('es'))['procedure.title']).toBe('Elija un procedimiento');
  });

  it('a Spanish-speaking agent sees the sidebar in Spanish, while the procedure itself stays in English', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp({ data: ticketData({ currentUser: { ...AGENT, locale: 'es-419' }, 'ticket.organization': SSO_ORG }) });
    expect(await screen.findByRole('heading', { name: 'Elija un procedimiento' })).toBeVisible();
    expect(screen.getByRole('region', { name: 'Distrito' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: `${TREES.access.title} (sugerido)` }));
    expect(screen.getByText('Qué comprobar')).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: /Clever portion of the login process/ })).toBeVisible();
    expect(pendingAnswers().getByRole('button', { name: answerLabel('access.2a', 'yes') })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Atrás' })).toBeVisible();
  });

  it('a Spanish-speaking agent reads the district’s evidence in Spanish (the field keys and values as they are)', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp({ data: ticketData({ currentUser: { ...AGENT, locale: 'es' }, 'ticket.organization': org('Elm School', { lms: 'Clever SSO District AY 2017-2018' }) }) });
    const district = within(await screen.findByRole('region', { name: 'Distrito' }));
    await user.click(district.getByRole('button', { name: 'Evidencia' }));
    const list = within(await district.findByRole('list', { name: 'Evidencia' }));
    expect(list.getByText('parent_account: (vacío) — sin cuenta principal')).toBeVisible();
    expect(list.getByText('lms: Clever SSO District AY 2017-2018 — nombra la integración Clever SSO')).toBeVisible();
    expect(list.getByText(/^lms: 2017-2018 — un año académico anterior al actual \(\d{4}-\d{4}\): compruebe/)).toBeVisible();
    expect(list.getByText(/^parent_account: \(vacío\) — los campos no coinciden: el campo LMS o las etiquetas nombran Clever/)).toBeVisible();
    expect(screen.queryByText(/names the Clever|no parent account|fields disagree/)).toBeNull();
  });

  it('a Spanish-speaking agent reads what is wrong with a setting in Spanish', async () => {
    renderApp({
      settings: { tag_prefix: 'Bad Prefix!', tier2_group_id: 'Tier 2' },
      data: ticketData({ currentUser: { ...AGENT, locale: 'es-419' }, 'ticket.organization': SSO_ORG }),
    });
    expect(await screen.findByText('Revise la configuración de la aplicación')).toBeVisible();
    expect(
      screen.getByText('tag_prefix: no es válido (solo letras minúsculas, dígitos y guiones bajos); se usa el valor predeterminado "clever_"'),
    ).toBeVisible();
    expect(screen.getByText('tier2_group_id: no es válido (debe ser un número entero); se ignora')).toBeVisible();
    expect(screen.queryByText(/is not valid|ignored|using the default/)).toBeNull();
  });

  it('an agent in another language gets English', async () => {
    renderApp({ data: ticketData({ currentUser: { ...AGENT, locale: 'fr-FR' } }) });
    expect(await screen.findByRole('heading', { name: 'Choose a procedure' })).toBeVisible();
  });
});
