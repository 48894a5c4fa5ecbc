import { validateField, type FieldProblemCode } from '../../triage/packet';
import type { CollectField } from '../../triage/tree';
import type { MessageKey } from '../shell/i18n/catalog';

/**
 * The sidebar's words for what src/triage/packet.ts finds wrong with a collected value (a
 * Clever id is 24 hexadecimal characters, a Salesforce id 15 or 18 letters and digits, a
 * date is a real date and not in the future, a user is named by an id, never by a name).
 * A value in the wrong shape is refused before it is written into a note Tier 2 acts on.
 */
const MESSAGE: Readonly<Record<FieldProblemCode, MessageKey>> = {
  required: 'collect.required',
  clever_id: 'collect.invalid.clever_id',
  salesforce_id: 'collect.invalid.salesforce_id',
  datetime: 'tier2.packet.invalid.datetime',
  future_date: 'tier2.packet.invalid.future_date',
  yes_no: 'tier2.packet.invalid.yes_no',
  choice: 'collect.invalid.choice',
  identifier: 'tier2.packet.invalid.identifier',
};

export type FieldProblem = { field: CollectField; message: MessageKey };

/** What is wrong with one field's value, or null; the rest of the packet says whether it is required. */
export function problemOf(field: CollectField, collected: Record<string, string>, today: Date = new Date()): MessageKey | null {
  const problem = validateField(field, collected[field.id] ?? '', today, collected);
  return problem ? MESSAGE[problem.code] : null;
}

export function problemsOf(fields: CollectField[], collected: Record<string, string>, today: Date = new Date()): FieldProblem[] {
  return fields.flatMap((field) => {
    const message = problemOf(field, collected, today);
    return message ? [{ field, message }] : [];
  });
}
