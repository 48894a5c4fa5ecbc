import { Field, Textarea } from '@zendeskgarden/react-forms';
import { useState } from 'react';
import { DisclosureButton } from '../shell/DisclosureButton';
import { useT } from '../shell/i18n/I18nProvider';

/** The agent's own words for the note: optional, so folded until asked for (or already written in). */
export function RemarkField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const t = useT();
  const [open, setOpen] = useState(value.trim() !== '');
  return (
    <div>
      <DisclosureButton expanded={open} controls="remark-field" onToggle={() => setOpen((v) => !v)}>
        {t('outcome.remark')}
      </DisclosureButton>
      <div id="remark-field" hidden={!open}>
        <Field>
          <Field.Label>{t('outcome.remark')}</Field.Label>
          <Field.Hint>{t('outcome.remark.hint')}</Field.Hint>
          <Textarea value={value} minRows={2} maxRows={8} onChange={(e) => onChange(e.target.value)} />
        </Field>
      </div>
    </div>
  );
}
