import { Fragment } from 'react';
import { MD } from '@zendeskgarden/react-typography';
import styled from 'styled-components';
import type { OrganizationSnapshot } from '../../triage/snapshot';
import type { MessageKey } from '../shell/i18n/catalog';
import { useSettings } from '../shell/ClientProvider';
import { useT } from '../shell/i18n/I18nProvider';
import { Panel } from '../shell/layout';

/** Each label above its value: beside it, a 320 px sidebar leaves too little room for an 18-character id. */
const Facts = styled.dl`
  margin: ${(p) => p.theme.space.xs} 0 0;
  font-size: ${(p) => p.theme.fontSizes.sm};
  line-height: ${(p) => p.theme.lineHeights.sm};

  & dt {
    font-weight: ${(p) => p.theme.fontWeights.semibold};
  }

  & dd {
    margin: 0 0 ${(p) => p.theme.space.xxs};
    overflow-wrap: anywhere;
  }
`;

/** Longer values are cut: a pasted essay in a field must not push the procedure off screen. */
const MAX_CHARS = 160;

/** A field's value as text, on one line; anything that is not a plain value is shown as JSON text. */
function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  const text = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_CHARS ? `${flat.slice(0, MAX_CHARS - 1)}…` : flat;
}

/** The three fields the classification reads (keys from settings), with their labels. */
export function OrganizationFields({ organization }: { organization: OrganizationSnapshot }) {
  const { settings } = useSettings();
  const t = useT();
  const fields: { label: MessageKey; key: string }[] = [
    { label: 'org.field.parentAccount', key: settings.parent_account_field_key },
    { label: 'org.field.parentAccountId', key: settings.parent_account_id_field_key },
    { label: 'org.field.lms', key: settings.lms_field_key },
  ];
  return (
    <Facts>
      {fields.map(({ label, key }) => {
        const value = shown(organization.organizationFields[key]);
        return (
          <Fragment key={label}>
            <dt>{t(label)}</dt>
            <dd data-field={key}>{value === '' ? t('org.field.empty') : value}</dd>
          </Fragment>
        );
      })}
    </Facts>
  );
}

/** The organization's name and its fields, as the first screen shows them. */
export function OrganizationFacts({ organization }: { organization: OrganizationSnapshot | null }) {
  const t = useT();
  if (!organization) return <Panel>{t('org.none')}</Panel>;
  return (
    <Panel role="region" aria-label={t('org.title')}>
      <MD isBold>{organization.name}</MD>
      <OrganizationFields organization={organization} />
    </Panel>
  );
}
