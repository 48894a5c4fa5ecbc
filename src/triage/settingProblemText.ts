import { TAG_MAX_CHARS, TAG_PREFIX_MAX_CHARS, type InvalidCheck, type SettingProblem } from './settings';

/**
 * A setting problem in English, as the CLI and the local harness print it. The sidebar says the
 * same from the codes, in the agent's language (`settings.*` in the translations); this module
 * stays out of its bundle.
 */
export const INVALID_CHECK_TEXT: Readonly<Record<InvalidCheck | 'other', string>> = {
  text: 'must be text',
  blank: 'must not be blank',
  whole: 'must be a whole number',
  positive: 'must be a positive number',
  url: 'must be a URL',
  https: 'must start with https://',
  fieldKey: 'letters, digits and underscores only',
  tagPrefix: 'lowercase letters, digits and underscores only',
  tagPrefixLength: `at most ${TAG_PREFIX_MAX_CHARS} characters, so that every tag stays within Zendesk's ${TAG_MAX_CHARS}`,
  atLeastOne: 'must name at least one',
  jiraKey: 'an uppercase Jira project key such as SUP',
  language: 'en, es or agent',
  other: 'invalid',
};

/** What is wrong and what the app does instead, e.g. `is not valid (must be a URL); ignored`. */
export function settingProblemText({ check, fallback }: SettingProblem): string {
  return `is not valid (${INVALID_CHECK_TEXT[check]}); ${fallback.kind === 'default' ? `using the default "${fallback.value}"` : 'ignored'}`;
}
