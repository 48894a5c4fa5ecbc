import { useEffect, useMemo, useState } from 'react';
import { localizeTree } from '../../triage/localize';
import { ENGLISH_NOTE_WORDS, noteLanguage, type NoteWords } from '../../triage/planWrite';
import type { Settings } from '../../triage/settings';
import type { Language, Tree, TreeId } from '../../triage/tree';
import { fill, type FillVars, type FillWords } from '../../triage/treeText';
import { TREES } from '../../trees';
import { useSettings } from '../shell/ClientProvider';
import { useWalkContext } from './useTicketSession';

type Spanish = typeof import('./spanishProcedures');

/** The procedures in every language, and which language each reader of the walk gets. */
export interface ProcedureLanguages {
  /** The agent's (`currentUser.locale`): the walk's screens. */
  agent: Language;
  /** The requester's (`ticket.requester.locale`): the customer text offered first. */
  requester: Language;
  /** The note's: the team's language from the settings, or the agent's. */
  note: Language;
  trees: Readonly<Record<Language, Readonly<Record<TreeId, Tree>>>>;
  words: Readonly<Record<Language, NoteWords>>;
}

const treesIn = (spanish: Spanish): Record<TreeId, Tree> => ({
  access: localizeTree(TREES.access, spanish.TREE_TEXT_ES.access),
  transfers: localizeTree(TREES.transfers, spanish.TREE_TEXT_ES.transfers),
  tier2: localizeTree(TREES.tier2, spanish.TREE_TEXT_ES.tier2),
  sync: localizeTree(TREES.sync, spanish.TREE_TEXT_ES.sync),
});

/**
 * The procedures in the languages this ticket needs. Spanish comes from its own chunk, asked for only
 * when someone reads it; until it is here the walk waits (null), so a Spanish screen never flashes
 * English. A chunk that cannot be fetched leaves the procedures in English rather than waiting forever.
 */
export function useProcedureLanguages(agent: Language, requester: Language, settings: Settings): ProcedureLanguages | null {
  const note = noteLanguage(settings, agent);
  const needed = [agent, requester, note].includes('es');
  const [spanish, setSpanish] = useState<Spanish | 'failed' | null>(null);
  useEffect(() => {
    if (!needed || spanish !== null) return;
    let live = true;
    import(/* webpackChunkName: "trees-es" */ './spanishProcedures').then(
      (module) => live && setSpanish(module),
      () => live && setSpanish('failed'),
    );
    return () => {
      live = false;
    };
  }, [needed, spanish]);

  return useMemo(() => {
    if (needed && spanish === null) return null;
    const loaded = spanish === null || spanish === 'failed' ? null : spanish;
    // Without the Spanish, everyone reads (and is said to read) English.
    const available = (language: Language): Language => (loaded ? language : 'en');
    return {
      agent: available(agent),
      requester: available(requester),
      note: available(note),
      trees: { en: TREES, es: loaded ? treesIn(loaded) : TREES },
      words: { en: ENGLISH_NOTE_WORDS, es: loaded ? loaded.SPANISH_NOTE_WORDS : ENGLISH_NOTE_WORDS },
    };
  }, [agent, requester, note, needed, spanish]);
}

/**
 * The procedure's text as the agent reads it: its language (for `lang` attributes, so a screen
 * reader speaks it right) and `fill` with that language's words around the settings.
 */
export function useProcedureText(): { lang: Language; words: FillWords; fill: (text: string, vars?: FillVars) => string } {
  const { languages } = useWalkContext();
  const { settings } = useSettings();
  const lang = languages.agent;
  const words = languages.words[lang].fill;
  return { lang, words, fill: (text, vars = {}) => fill(text, settings, { ...vars, words }) };
}
