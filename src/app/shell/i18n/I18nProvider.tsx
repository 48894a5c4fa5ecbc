import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  FIRST_SCREEN_ENGLISH,
  loadMessages,
  supportedLocale,
  translator,
  type LaterEnglish,
  type Messages,
  type SupportedLocale,
  type Translate,
} from './strings';

interface I18n {
  locale: SupportedLocale;
  messages: Messages;
  t: Translate;
  /** A locale whose strings could not be loaded (the app stays in English). */
  failed: SupportedLocale | null;
  /** Called with `currentUser.locale` once the ticket has been read. */
  requestLocale: (locale: string | null) => void;
}

const english = translator(FIRST_SCREEN_ENGLISH);

// English without a provider, so pages shown before or without Zendesk still have words.
const I18nContext = createContext<I18n>({ locale: 'en', messages: FIRST_SCREEN_ENGLISH, t: english, failed: null, requestLocale: () => undefined });

export function useT(): Translate {
  return useContext(I18nContext).t;
}

export function useLocale(): SupportedLocale {
  return useContext(I18nContext).locale;
}

/**
 * Switches the UI to the agent's language (from `currentUser.locale`, read with the ticket).
 * Returns whether the strings for it are in place, so a screen can wait rather than flash English.
 */
export function useAgentLocale(locale: string | null): boolean {
  const { requestLocale, locale: current, failed } = useContext(I18nContext);
  useEffect(() => requestLocale(locale), [requestLocale, locale]);
  // Computed from the argument, not from the request: the render before the effect runs must wait too.
  const wanted = supportedLocale(locale);
  return current === wanted || failed === wanted;
}

interface Loaded {
  locale: SupportedLocale;
  messages: Messages;
  t: Translate;
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [wanted, setWanted] = useState<SupportedLocale>('en');
  const [loaded, setLoaded] = useState<Loaded>({ locale: 'en', messages: FIRST_SCREEN_ENGLISH, t: english });
  const [failed, setFailed] = useState<SupportedLocale | null>(null);

  useEffect(() => {
    if (wanted === loaded.locale) return;
    let live = true;
    loadMessages(wanted)
      .then((messages) => live && setLoaded({ locale: wanted, messages, t: translator(messages) }))
      // A language that fails to load leaves the app in English rather than waiting forever.
      .catch(() => live && setFailed(wanted));
    return () => {
      live = false;
    };
  }, [wanted, loaded.locale]);

  const requestLocale = useCallback((locale: string | null) => setWanted(supportedLocale(locale)), []);
  const value = useMemo(() => ({ ...loaded, failed, requestLocale }), [loaded, failed, requestLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/**
 * The strings of a screen after the first (the walk, the outcome, Tier 2, the queue): their English
 * comes with that screen's code (`english`, null until it is here) and fills what the agent's
 * language has not translated. Rendered in place from the start, so nothing below it remounts when
 * the strings arrive.
 */
export function LaterStrings({ english, children }: { english: LaterEnglish | null; children: ReactNode }) {
  const outer = useContext(I18nContext);
  const value = useMemo(() => {
    if (!english) return outer;
    const messages = { ...english, ...outer.messages };
    return { ...outer, messages, t: translator(messages) };
  }, [outer, english]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
