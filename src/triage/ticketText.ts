/**
 * What the customer wrote, as the app reads it: the subject, the description (the ticket's first
 * comment) and the values of the ticket fields an admin names (`ticket_text_fields`). Texts stay
 * texts: nothing interprets markup, and every quote taken from them is an exact substring. The
 * first screen needs only this; reading sentences is src/triage/sentences.ts, loaded with the walk.
 */

export interface TicketText {
  subject: string;
  description: string;
  /** The named fields that hold text, in the order the setting names them. */
  fields: { id: number; value: string }[];
}

export const NO_TICKET_TEXT: TicketText = { subject: '', description: '', fields: [] };

/**
 * A Zendesk comment holds at most 64 KB: past that a text is no customer's sentence, and the work
 * on it stays bounded whatever arrives.
 */
export const MAX_TEXT_CHARS = 65_536;

/** The texts in reading order: subject, description, then the fields. */
export function textsOf(text: TicketText): string[] {
  return [text.subject, text.description, ...text.fields.map((f) => f.value)].map((t) => t.slice(0, MAX_TEXT_CHARS));
}
