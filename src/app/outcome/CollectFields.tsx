import { Field, Input, Radio, Textarea, Fieldset } from '@zendeskgarden/react-forms';
import { useState } from 'react';
import type { CollectField } from '../../triage/tree';
import { useT } from '../i18n/I18nProvider';
import { Stack } from '../layout';
import { problemOf } from './collect';

interface Props {
  fields: CollectField[];
  collected: Record<string, string>;
  onChange: (field: string, value: string) => void;
}

/** The data the procedure says to collect. A problem shows once the agent has left the field. */
export function CollectFields({ fields, collected, onChange }: Props) {
  const t = useT();
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  if (fields.length === 0) return null;
  return (
    <Stack as="section" aria-label={t('collect.title')}>
      {fields.map((field) => {
        const value = collected[field.id] ?? '';
        const problem = touched[field.id] ? problemOf(field, value) : null;
        const label = field.required ? t('collect.label.required', { label: field.label }) : field.label;
        const common = {
          value,
          validation: problem ? ('error' as const) : undefined,
          onBlur: () => setTouched((s) => ({ ...s, [field.id]: true })),
        };
        if (field.kind === 'yes_no') {
          return (
            <Fieldset key={field.id}>
              <Fieldset.Legend>{label}</Fieldset.Legend>
              {(['yes', 'no'] as const).map((answer) => (
                <Field key={answer}>
                  <Radio
                    name={field.id}
                    value={answer}
                    checked={value === answer}
                    onChange={() => onChange(field.id, answer)}
                    onBlur={common.onBlur}
                  >
                    <Field.Label>{t(answer === 'yes' ? 'collect.yes' : 'collect.no')}</Field.Label>
                  </Radio>
                </Field>
              ))}
              {problem && <Field.Message validation="error">{t(problem)}</Field.Message>}
            </Fieldset>
          );
        }
        return (
          <Field key={field.id}>
            <Field.Label>{label}</Field.Label>
            {field.help && <Field.Hint>{field.help}</Field.Hint>}
            {field.kind === 'multiline' ? (
              <Textarea {...common} minRows={2} maxRows={8} onChange={(e) => onChange(field.id, e.target.value)} />
            ) : (
              <Input
                {...common}
                type={field.kind === 'datetime' ? 'datetime-local' : 'text'}
                required={field.required}
                onChange={(e) => onChange(field.id, e.target.value)}
              />
            )}
            {problem && <Field.Message validation="error">{t(problem)}</Field.Message>}
          </Field>
        );
      })}
    </Stack>
  );
}
