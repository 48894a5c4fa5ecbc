import { localizeTree } from '../../src/triage/localize';
import { TREE_TEXT_ES } from '../../src/trees/es';
import { TREES } from '../../src/trees/index';
import { markPlaceholders, placeholders } from '../../src/zendesk/reply';

describe('the parts of a customer text the agent must write', () => {
  it('are marked in the reply in the text’s language, so neither is sent unnoticed', () => {
    expect(markPlaceholders('Here they are: [paste the login instructions].')).toBe('Here they are: [[FILL IN: paste the login instructions]].');
    expect(markPlaceholders('Aquí están: [pegue aquí las instrucciones].')).toBe('Aquí están: [[COMPLETAR: pegue aquí las instrucciones]].');
    expect(placeholders('[pegue aquí la URL del portal] o [paste the link]')).toEqual(['pegue aquí la URL del portal', 'paste the link']);
  });

  it('are every bracketed part of every customer text, in English and in Spanish', () => {
    const texts = Object.values(TREES).flatMap((tree) =>
      [tree, localizeTree(tree, TREE_TEXT_ES[tree.id])].flatMap((t) => Object.values(t.outcomes).flatMap((o) => o.customerGuidance ?? [])),
    );
    const marked = texts.filter((text) => text.includes('['));
    expect(marked.length).toBeGreaterThanOrEqual(6);
    for (const text of marked) expect([text, placeholders(text).length]).toEqual([text, text.match(/\[[^\]]+\]/g)?.length]);
  });
});
