import { Fragment } from 'react';
import { MD } from '@zendeskgarden/react-typography';
import styled from 'styled-components';
import type { OrganizationSnapshot } from '../triage/snapshot';
import type { MessageKey } from './i18n/messages';
import { useSettings } from './ClientProvider';
import { useT } from './i18n/I18nProvider';
import { Panel } from './layout';

const Facts = styled.dl`
  display: grid;
  grid-template-columns: max-content minmax(0, 1fr);
  gap: ${(p) => p.theme.space.xxs} ${(p) => p.theme.space.sm};
  margin: ${(p) => p.theme.space.xs} 0 0;
  font-size: ${(p) => p.theme.fontSizes.sm};
  line-height: ${(p) => p.theme.lineHeights.sm};

  & dt {
    font-weight: ${(p) => p.theme.fontWeights.semibold};
  }

  & dd {
    margin: 0;
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

/** The organization's name and the three fields the classification reads (keys from settings). */
export function OrganizationFacts({ organization }: { organization: OrganizationSnapshot | null }) {
  const { settings } = useSettings();
  const t = useT();
  if (!organization) return <Panel>{t('org.none')}</Panel>;
  const fields: { label: MessageKey; key: string }[] = [
    { label: 'org.field.parentAccount', key: settings.parent_account_field_key },
    { label: 'org.field.parentAccountId', key: settings.parent_account_id_field_key },
    { label: 'org.field.lms', key: settings.lms_field_key },
  ];
  return (
    <Panel role="region" aria-label={t('org.title')}>
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
    </Panel>
  );
}
