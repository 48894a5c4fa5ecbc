import type { Settings } from '../../../triage/settings';
import type { Classification } from '../../../triage/snapshot';
import type { DistrictKind } from '../../../triage/tree';
import type { MessageKey, Message } from '../../shell/i18n/catalog';

export const KIND_LABEL: Record<DistrictKind, MessageKey> = {
  'clever-sso': 'district.kind.clever-sso',
  'clever-rostering': 'district.kind.clever-rostering',
  'clever-unknown-type': 'district.kind.clever-unknown-type',
  'not-clever': 'district.kind.not-clever',
  'no-organization': 'district.kind.no-organization',
};

/** Garden hues; the label always says the same in words. */
export const KIND_HUE: Record<DistrictKind, string> = {
  'clever-sso': 'blue',
  'clever-rostering': 'green',
  'clever-unknown-type': 'yellow',
  'not-clever': 'grey',
  'no-organization': 'red',
};

/** How classify() writes the value of an empty field in its evidence. */
const EMPTY = '(empty)';

/**
 * One line on why the badge says what it says, from the evidence classify() gave: the
 * field that decided is named by its label, as the organization card shows it, with its value
 * (the evidence names its key, for the admin who set it).
 */
export function badgeReason(classification: Classification, settings: Settings): Message {
  const value = (field: string) => classification.evidence.find((e) => e.field === field)?.value ?? '';
  const lms = value(settings.lms_field_key);
  const parent = value(settings.parent_account_field_key);
  const fromTags = classification.evidence.find((e) => e.field === 'tags');
  switch (classification.kind) {
    case 'clever-sso':
    case 'clever-rostering':
      return fromTags
        ? { key: 'district.reason.fromTags', vars: { tags: fromTags.value } }
        : { key: 'district.reason.fromLms', vars: { value: lms } };
    case 'clever-unknown-type':
      // No parent account: the kind came from an LMS value (or tags) naming Clever but not which integration.
      if (parent === EMPTY && value(settings.parent_account_id_field_key) === EMPTY) {
        return fromTags
          ? { key: 'district.reason.fromTags', vars: { tags: fromTags.value } }
          : { key: 'district.reason.unknownTypeNoParent', vars: { value: lms } };
      }
      return lms === EMPTY
        ? { key: 'district.reason.unknownTypeNoLms', vars: { parent } }
        : { key: 'district.reason.unknownType', vars: { parent, value: lms } };
    case 'not-clever':
      return lms === EMPTY ? { key: 'district.reason.notCleverNoLms' } : { key: 'district.reason.notClever', vars: { value: lms } };
    case 'no-organization':
      return { key: 'district.reason.noOrganization' };
  }
}
