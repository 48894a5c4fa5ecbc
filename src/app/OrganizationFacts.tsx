import { Fragment } from 'react';
import { Well } from '@zendeskgarden/react-notifications';
import { MD } from '@zendeskgarden/react-typography';
import styled from 'styled-components';
import type { OrganizationSnapshot } from '../triage/snapshot';
import type { MessageKey } from './i18n/messages';
import { useSettings } from './ClientProvider';
import { useT } from './i18n/I18nProvider';

const Facts = styled.dl`
  display: grid;
  grid-template-columns: minmax(0, auto) minmax(0, 1fr);
  gap: ${(p) => p.theme.space.xxs} ${(p) => p.theme.space.sm};
  margin: ${(p) => p.theme.space.xs} 0 0;
  font-size: ${(p) => p.theme.fontSizes.sm};
  line-height: ${(p) => p.theme.lineHeights.sm};

  & dt {
    font-weight: ${(p) => p.theme.fontWeights.semibold};
  }

  & dd {
    margin: 0;
  }
`;

/** A field's value as text; anything that is not a plain value is shown as JSON text. */
function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** The organization's name and the three fields the classification reads (keys from settings). */
export function OrganizationFacts({ organization }: { organization: OrganizationSnapshot | null }) {
  const { settings } = useSettings();
  const t = useT();
  if (!organization) return <Well>{t('org.none')}</Well>;
  const fields: { label: MessageKey; key: string }[] = [
    { label: 'org.field.parentAccount', key: settings.parent_account_field_key },
    { label: 'org.field.parentAccountId', key: settings.parent_account_id_field_key },
    { label: 'org.field.lms', key: settings.lms_field_key },
  ];
  return (
    <Well role="region" aria-label={t('org.title')}>
      <MD isBold>{organization.name}</MD>
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
    </Well>
  );
}
