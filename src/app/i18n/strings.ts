import en from '../translations/en.json';

/**
 * UI strings. English is bundled; every other language is its own chunk, loaded only
 * for agents who use it. The procedure text (trees) stays in English by design.
 */
export type MessageKey = keyof typeof en;
export type Messages = Readonly<Record<MessageKey, string>>;
export type Vars = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

export type SupportedLocale = 'en' | 'es';

export const ENGLISH: Messages = en;

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
  if (locale === 'en') return ENGLISH;
  const translated: Partial<Record<string, unknown>> = (
    await import(/* webpackChunkName: "i18n-es" */ '../translations/es.json')
  ).default;
  const merged: Record<string, string> = { ...ENGLISH };
  for (const key of Object.keys(ENGLISH)) {
    const value = translated[key];
    if (typeof value === 'string' && value !== '') merged[key] = value;
  }
  return merged as Messages;
}

/** A message with its values, kept as data and translated where it is shown. A value may be a message itself. */
export interface Said {
  key: MessageKey;
  vars?: Readonly<Record<string, string | number | Said>>;
}

export function say(t: Translate, said: Said): string {
  const vars: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(said.vars ?? {})) vars[name] = typeof value === 'object' ? say(t, value) : value;
  return t(said.key, vars);
}

/** Fills `{name}` placeholders; an unknown placeholder is left visible, never dropped. */
export function translator(messages: Messages): Translate {
  return (key, vars) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = vars?.[name];
      return value === undefined ? whole : String(value);
    });
}
