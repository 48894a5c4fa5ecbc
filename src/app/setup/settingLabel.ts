import type { MessageKey, Translate } from '../shell/i18n/strings';

/** A setting as Admin Center labels it (the marketplace translations' `app.parameters.<name>.label`, kept equal by a test). */
export function settingLabel(t: Translate, setting: string): string {
  return t(`settingLabel.${setting}` as MessageKey);
}
