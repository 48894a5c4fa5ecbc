import { localizeTree } from '../../src/triage/localize';
import type { TreeText } from '../../src/triage/tree';
import { TREE_TEXT_ES } from '../../src/trees/es';
import { TREES } from '../../src/trees/index';
import { fixtureTree } from './fixtures/trees';
import { fixtureTreeEs } from './fixtures/treeText';

describe('a tree in Spanish', () => {
  const es = localizeTree(fixtureTree, fixtureTreeEs);

  it('asks the questions, offers the answers and says what to check in Spanish', () => {
    const step = es.nodes['transfers.1']!;
    expect(step.question).toBe('¿Está la escuela en un distrito con Clever?');
    expect(step.check).toBe('Revise el registro de la organización.');
    expect(step.where).toEqual([{ kind: 'link', link: 'link_user_search', label: 'Búsqueda de usuarios' }]);
    expect(step.answers.map((a) => a.label)).toEqual(['Sí', 'No']);
  });

  it('keeps the English tree’s structure: ids, next steps, auto-answers, kinds, tags', () => {
    const shape = (t: typeof es) => JSON.stringify(t, (key, value: unknown) => (['title', 'question', 'check', 'label', 'agentActions', 'customerGuidance', 'warnings'].includes(key) ? undefined : value));
    expect(shape(es)).toBe(shape(fixtureTree));
  });

  it('gives the outcome’s title, actions, warnings, customer text, fields and handoff in Spanish, placeholders untouched', () => {
    const o = es.outcomes.not_clever!;
    expect(o.title).toBe('No es un distrito con Clever: escalar a Tier 2');
    expect(o.warnings).toEqual(['NO desactive la cuenta ni la vuelva a crear.']);
    expect(o.customerGuidance).toBe('Consulte a {{role.role_clever_support}} o vea {{link.link_clever_overview}}.');
    expect(o.collect.map((f) => f.label)).toEqual(['Nombre de la escuela', 'Detalles']);
    expect(es.outcomes.continue_in_tier2!.handoff).toEqual({ kind: 'tree', tree: 'tier2', label: 'Escalados de Tier 2' });
  });

  it('shows the English where a translation has a gap, never a key or nothing', () => {
    const gap = structuredClone(fixtureTreeEs) as { -readonly [K in keyof TreeText]: TreeText[K] };
    gap.nodes = { ...gap.nodes, 'transfers.2': { ...gap.nodes['transfers.2']!, question: '' } };
    expect(localizeTree(fixtureTree, gap).nodes['transfers.2']!.question).toBe('Is the new school listed?');
  });

  it('leaves the tree as it is with no translation (English)', () => {
    expect(localizeTree(fixtureTree, undefined)).toBe(fixtureTree);
  });

  it('translates a real choice field’s choices and a hint (Tier 2’s Jira recipient)', () => {
    const jira = localizeTree(TREES.tier2, TREE_TEXT_ES.tier2).outcomes.escalate_via_jira!;
    const recipient = jira.collect.find((f) => f.id === 'jira_recipient');
    expect(recipient?.kind === 'choice' && recipient.choices.map((c) => c.label)).toEqual([
      'Tech Dev',
      'El responsable de las asociaciones: actualizar asociaciones entre escuelas y distritos',
    ]);
    expect(jira.collect.find((f) => f.id === 'school_name')?.help).toBe('Obligatorio para actualizar una asociación entre escuela y distrito.');
  });
});
