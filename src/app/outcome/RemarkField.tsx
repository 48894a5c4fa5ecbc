import { Field, Textarea } from '@zendeskgarden/react-forms';
import { useT } from '../shell/i18n/I18nProvider';

/** The agent's own words for the note. */
export function RemarkField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const t = useT();
  return (
    <Field>
      <Field.Label>{t('outcome.remark')}</Field.Label>
      <Field.Hint>{t('outcome.remark.hint')}</Field.Hint>
      <Textarea value={value} minRows={2} maxRows={8} onChange={(e) => onChange(e.target.value)} />
    </Field>
  );
}
