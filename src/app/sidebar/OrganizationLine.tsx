import { useState } from 'react';
import type { OrganizationSnapshot } from '../../triage/snapshot';
import { useT } from '../shell/i18n/I18nProvider';
import { OrganizationFacts, OrganizationFields } from './OrganizationFacts';
import { DisclosureButton } from '../shell/DisclosureButton';

/**
 * The organization during a walk: one line (its name) opening to its fields, so the question
 * and its answers come into view without scrolling past what the first screen already showed.
 */
export function OrganizationLine({ organization }: { organization: OrganizationSnapshot | null }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  if (!organization) return <OrganizationFacts organization={null} />;
  return (
    <section aria-label={t('org.title')}>
      <DisclosureButton expanded={open} controls="org-fields" onToggle={() => setOpen((v) => !v)}>
        {t('org.line', { name: organization.name })}
      </DisclosureButton>
      <div id="org-fields" hidden={!open}>
        <OrganizationFields organization={organization} />
      </div>
    </section>
  );
}
