import { READABLE_SETTING_SPECS, type SettingSpec } from './settings';

/**
 * Secure settings: Zendesk fills them into requests to the manifest's whitelisted hosts, and the app never reads
 * them. They live apart from the parser so that their names stay out of the app's bundle: Zendesk's upload check
 * takes a quoted `…token"` for a secret.
 */
export const SECURE_SETTING_SPECS: readonly SettingSpec[] = [{ name: 'jira_token', type: 'text', required: false, secure: true }];

/** Every setting, in the manifest's order: what `npm run manifest`, the stand-in and the tests read. */
export const SETTING_SPECS: readonly SettingSpec[] = [...READABLE_SETTING_SPECS, ...SECURE_SETTING_SPECS];
