import en from '../../messages/en.json';
import type enLater from '../../messages/en.later.json';

/**
 * UI strings. The first screen's English (en.json) is bundled; the English of the screens after
 * it (en.later.json: the walk, the outcome, Tier 2, the queue) comes with their code, through
 * `LaterStrings`; every other language is loaded only for agents who use it. The
 * procedure text (trees) stays in English by design.
 */
export type MessageKey = keyof typeof en | keyof typeof enLater;
/** A catalog: the first screen's keys at least, the later screens' once their code has brought them. */
export type Messages = Readonly<Partial<Record<MessageKey, string>>>;
export type LaterEnglish = Readonly<Record<keyof typeof enLater, string>>;
export type Vars = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

export type SupportedLocale = 'en' | 'es';

/** What the first screen says in English: the first screen's bundle holds these strings only. */
export const FIRST_SCREEN_ENGLISH: Readonly<Record<keyof typeof en, string>> = en;

/** Zendesk locales look like `en-US`, `es`, `es-419`: the language part decides. */
export function supportedLocale(locale: unknown): SupportedLocale {
  const language = typeof locale === 'string' ? locale.trim().toLowerCase().split(/[-_]/)[0] : '';
  return language === 'es' ? 'es' : 'en';
}

/**
 * The messages of a language, English filling any key the translation lacks, so a
 * half-translated file shows English words rather than key names.
 */
export async function loadMessages(locale: SupportedLocale): Promise<Messages> {
  if (locale === 'en') return FIRST_SCREEN_ENGLISH;
  const translated: Partial<Record<string, unknown>> = (
    await import(/* webpackChunkName: "i18n-es" */ '../../messages/es.json')
  ).default;
  // Every key of the translation, the later screens' too (their English fallback comes with their code).
  const merged: Record<string, string> = { ...FIRST_SCREEN_ENGLISH };
  for (const [key, value] of Object.entries(translated)) {
    if (typeof value === 'string' && value !== '') merged[key] = value;
  }
  return merged;
}

/** A message with its values, kept as data and translated where it is shown. A value may be a message itself. */
export interface Message {
  key: MessageKey;
  vars?: Readonly<Record<string, string | number | Message>>;
}

export function say(t: Translate, said: Message): string {
  const vars: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(said.vars ?? {})) vars[name] = typeof value === 'object' ? say(t, value) : value;
  return t(said.key, vars);
}

/**
 * Fills `{name}` placeholders; an unknown placeholder is left visible, never dropped. A key whose
 * strings have not come yet shows as itself (screens wait for their strings, so none should).
 */
export function translator(messages: Messages): Translate {
  return (key, vars) =>
    (messages[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = vars?.[name];
      return value === undefined ? whole : String(value);
    });
}
