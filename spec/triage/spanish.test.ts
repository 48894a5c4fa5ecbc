import es from '../../src/app/messages/es.json';
import { classify } from '../../src/triage/classify';
import { walk } from '../../src/triage/engine';
import { localizeTree } from '../../src/triage/localize';
import { planWrite } from '../../src/triage/planWrite';
import { readNote } from '../../src/triage/readNote';
import { parseSettings } from '../../src/triage/settings';
import { READING_CODES } from '../../src/triage/snapshot';
import { SPANISH_FILL_WORDS, SPANISH_NOTE_WORDS, SPANISH_READINGS } from '../../src/triage/spanish';
import { fill } from '../../src/triage/treeText';
import { TREE_TEXT_ES } from '../../src/trees/es';
import { TREES } from '../../src/trees/index';

const settings = parseSettings({ role_tier2_supervisors: 'Ana or Luis\nMarta', role_association_owner: 'Equipo de asociaciones' }).settings;
const ssoSchool = {
  name: 'Springfield High',
  tags: [],
  organizationFields: { parent_account: 'Springfield USD', parent_account_id: '0013000001', lms: 'Clever SSO District AY 2017-2018' },
};
const classification = classify(ssoSchool, settings, new Date('2025-10-15T00:00:00Z'));

describe('a note written in Spanish', () => {
  const access = localizeTree(TREES.access, TREE_TEXT_ES.access);
  // Access step 2b Yes: VHL does not recognize the school, escalated with the association fields.
  const state = walk(access, classification, { 'access.2a': 'no', 'access.2b': 'yes' }, { refId: 'es-1' });
  const { note } = planWrite(access, state, settings, { collected: { school_name: 'Springfield High' }, remark: '', words: SPANISH_NOTE_WORDS });

  it('gives the procedure’s questions, answers, outcome, actions and customer text in Spanish, with the settings filled in', () => {
    expect(note).toContain('- access.2b = yes [agent]: ¿Tiene el usuario problemas para llegar a VHL Central Home');
    expect(note).toContain('Outcome: escalate_school_district_association (escalate_tier2): VHL no reconoce la escuela: escalar la asociación escuela-distrito a Tier 2');
    expect(note).toContain('- Escale a Tier 2 para que se notifique a Equipo de asociaciones mediante Jira.');
    expect(note).toContain('  | Gracias por avisarnos.');
    expect(note).toContain('- school_name (Nombre de la escuela): Springfield High');
  });

  it('reads the organization’s evidence and the stale academic year in Spanish', () => {
    expect(note).toContain('- lms: Clever SSO District AY 2017-2018 — nombra la integración Clever SSO');
    expect(note).toContain('Academic year: 2017-2018 — ANTIGUO: anterior al año académico actual; compruebe que el distrito sigue activo');
  });

  it('keeps the layout’s English labels, so Tier 2 reads it back like any other', () => {
    const read = readNote(note);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.note.treeTitle).toBe('Tier 1: solución de problemas de acceso');
    expect(read.note.path.map((s) => `${s.node}=${s.answer}`)).toEqual(['access.1=yes', 'access.2a=no', 'access.2b=yes']);
    expect(read.note.outcome.id).toBe('escalate_school_district_association');
    expect(read.note.packet).toMatchObject({ escalation: true, fields: expect.arrayContaining([{ id: 'school_name', label: 'Nombre de la escuela', value: 'Springfield High' }]) });
  });
});

describe('the settings in a Spanish sentence', () => {
  it('joins the supervisors’ ranks in Spanish', () => {
    expect(fill('Escale a {{role.role_tier2_supervisors}}.', settings, { words: SPANISH_FILL_WORDS })).toBe('Escale a Ana o Luis, y después Marta.');
    expect(fill('Escalate to {{role.role_tier2_supervisors}}.', settings)).toBe('Escalate to Ana or Luis, then Marta.');
  });

  it('names a link the admin left unset in Spanish', () => {
    expect(fill('Consulte {{link.link_clever_overview}}.', settings, { words: SPANISH_FILL_WORDS })).toBe(
      'Consulte el artículo Clever Overview and District Information.',
    );
  });
});

describe('the evidence’s readings in Spanish', () => {
  it('say the same in the note and the CLI as in the sidebar', () => {
    const sidebar = es as Record<string, string>;
    for (const code of READING_CODES) expect([code, SPANISH_READINGS[code]]).toEqual([code, sidebar[`evidence.${code}`]]);
  });
});
