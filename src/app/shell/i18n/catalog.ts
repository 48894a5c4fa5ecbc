import en from '../../messages/en.json';
import enLater from '../../messages/en.later.json';
import type { MessageKey } from './strings';

/**
 * The UI strings as tools and tests use them (the bench, the browser tests): every English string
 * in one catalog, with the app's own functions. The app imports `./strings`, which holds only the
 * first screen's English: importing this module would put every later screen's words in the
 * first screen's bundle.
 */
export * from './strings';

export const ENGLISH: Readonly<Record<MessageKey, string>> = { ...en, ...enLater };
