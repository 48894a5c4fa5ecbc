import { Field, Input, Radio, Textarea, Fieldset } from '@zendeskgarden/react-forms';
import { useState } from 'react';
import { isRequired } from '../../triage/packet';
import type { CollectField } from '../../triage/tree';
import { useT } from '../shell/i18n/I18nProvider';
import { Stack } from '../shell/layout';
import { problemOf } from './collect';

interface Props {
  fields: CollectField[];
  collected: Record<string, string>;
  /** Values read from the ticket's organization, shown (and said so) until the agent edits them. */
  suggested: Readonly<Record<string, string>>;
  onChange: (field: string, value: string) => void;
}

/** The data the procedure says to collect. A problem shows once the agent has left the field. */
export function CollectFields({ fields, collected, suggested, onChange }: Props) {
  const t = useT();
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  if (fields.length === 0) return null;
  // A field's problem and whether it is required can depend on another field's value, suggested ones included.
  const values = { ...suggested, ...collected };
  return (
    <Stack as="section" aria-label={t('collect.title')}>
      {fields.map((field) => {
        const value = values[field.id] ?? '';
        const fromOrganization = collected[field.id] === undefined && suggested[field.id] !== undefined;
        const problem = touched[field.id] ? problemOf(field, values) : null;
        const required = isRequired(field, values);
        const label = required ? t('collect.label.required', { label: field.label }) : field.label;
        const common = {
          value,
          validation: problem ? ('error' as const) : undefined,
          onBlur: () => setTouched((s) => ({ ...s, [field.id]: true })),
        };
        if (field.kind === 'yes_no' || field.kind === 'choice') {
          // A choice's labels are the procedure's English; yes and no are the sidebar's own words.
          const options =
            field.kind === 'choice'
              ? field.choices.map((c) => ({ id: c.id, label: c.label, lang: 'en' }))
              : [
                  { id: 'yes', label: t('collect.yes'), lang: undefined },
                  { id: 'no', label: t('collect.no'), lang: undefined },
                ];
          return (
            <Fieldset key={field.id}>
              <Fieldset.Legend>{label}</Fieldset.Legend>
              {field.help && <Field.Hint>{field.help}</Field.Hint>}
              {options.map((option) => (
                <Field key={option.id}>
                  <Radio
                    name={field.id}
                    value={option.id}
                    checked={value === option.id}
                    onChange={() => onChange(field.id, option.id)}
                    onBlur={common.onBlur}
                  >
                    <Field.Label lang={option.lang}>{option.label}</Field.Label>
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
            {/* One hint a field (Garden gives each the same id): the procedure's help, then where the value came from. */}
            {(field.help || fromOrganization) && (
              <Field.Hint>
                {field.help && <span lang="en">{field.help} </span>}
                {fromOrganization && t('collect.fromOrganization')}
              </Field.Hint>
            )}
            {field.kind === 'multiline' ? (
              <Textarea {...common} minRows={2} maxRows={8} onChange={(e) => onChange(field.id, e.target.value)} />
            ) : (
              <Input
                {...common}
                type={field.kind === 'datetime' ? 'datetime-local' : 'text'}
                required={required}
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
