import * as z from 'zod/mini';
import { rest } from './rest';
import type { ZafClient } from './zaf';

/**
 * The outcome ticket field as Zendesk describes it (Show Ticket Field,
 * https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_fields/#show-ticket-field).
 * Zendesk may ignore a value for an unknown field id without an error, and a dropdown takes only
 * one of its options' tags, so a wrong `outcome_field_id` never shows in the write's answer: it
 * is checked here instead, once per sidebar and field, for the admin who can fix it.
 */

export type TicketFieldRead =
  | { status: 'found'; type: string; active: boolean; options: string[] }
  | { status: 'missing' }
  /** Not readable now (a lost connection, a refusal): nothing is said about the setting. */
  | { status: 'unknown' };

const fieldResponse = z.object({
  ticket_field: z.object({
    type: z.string(),
    active: z.catch(z.boolean(), true),
    custom_field_options: z.catch(z.array(z.object({ value: z.string() })), []),
  }),
});

const cache = new WeakMap<ZafClient, Map<number, Promise<TicketFieldRead>>>();

export function readTicketField(client: ZafClient, id: number): Promise<TicketFieldRead> {
  const known = cache.get(client) ?? new Map<number, Promise<TicketFieldRead>>();
  cache.set(client, known);
  const cached = known.get(id);
  if (cached) return cached;
  const read = rest(client, { method: 'GET', url: `/api/v2/ticket_fields/${id}.json` }).then((answer): TicketFieldRead => {
    if (!answer.ok) return answer.failure.kind === 'http' && answer.failure.status === 404 ? { status: 'missing' } : { status: 'unknown' };
    const parsed = fieldResponse.safeParse(answer.body);
    if (!parsed.success) return { status: 'unknown' };
    const { type, active, custom_field_options } = parsed.data.ticket_field;
    return { status: 'found', type, active, options: custom_field_options.map((o) => o.value) };
  });
  known.set(id, read);
  // A read that could not be made is tried again next time.
  void read.then((r) => r.status === 'unknown' && known.delete(id));
  return read;
}

/** Field types that take any text, so any outcome id. */
const TEXT_TYPES = ['text', 'textarea'];

export type OutcomeFieldProblem = 'missing' | 'inactive' | 'type' | 'option';

/** Why the field cannot hold this outcome's id, or null when it can (or cannot be told). */
export function outcomeFieldProblem(field: TicketFieldRead, outcomeId: string): OutcomeFieldProblem | null {
  if (field.status !== 'found') return field.status === 'missing' ? 'missing' : null;
  if (!field.active) return 'inactive';
  if (field.type === 'tagger') return field.options.includes(outcomeId) ? null : 'option';
  return TEXT_TYPES.includes(field.type) ? null : 'type';
}
