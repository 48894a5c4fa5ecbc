import type { CollectField, CollectKind } from '../../triage/tree';
import type { MessageKey } from '../i18n/messages';

/**
 * Shapes the procedure's ids take. Clever ids are 24 hexadecimal characters; Salesforce
 * ids are 15 or 18 letters and digits. A value in another shape is refused before it is
 * written into a note Tier 2 will act on.
 */
const SHAPES: Partial<Record<CollectKind, { pattern: RegExp; message: MessageKey }>> = {
  clever_id: { pattern: /^[0-9a-f]{24}$/i, message: 'collect.invalid.clever_id' },
  salesforce_id: { pattern: /^[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?$/, message: 'collect.invalid.salesforce_id' },
};

export type FieldProblem = { field: CollectField; message: MessageKey };

/** What is wrong with one value, or null. */
export function problemOf(field: CollectField, value: string): MessageKey | null {
  const v = value.trim();
  if (v === '') return field.required ? 'collect.required' : null;
  const shape = SHAPES[field.kind];
  return shape && !shape.pattern.test(v) ? shape.message : null;
}

export function problemsOf(fields: CollectField[], collected: Record<string, string>): FieldProblem[] {
  return fields.flatMap((field) => {
    const message = problemOf(field, collected[field.id] ?? '');
    return message ? [{ field, message }] : [];
  });
}
