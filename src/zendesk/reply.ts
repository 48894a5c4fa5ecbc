import type { ZafClient } from './zaf';

/**
 * Customer text into the agent's reply box, as a public reply. `comment.appendText` appends to
 * whichever composer is open, and an agent may have left it on internal note, so `comment.type`
 * is read first and switched to `publicReply` when it is anything else
 * (developer.zendesk.com/api-reference/apps/apps-support-api/ticket_sidebar/, "comment.type" and
 * "comment.appendText"). Nothing is sent: the agent reviews and submits it.
 */
export type ReplyInsert = { ok: true; switched: boolean } | { ok: false };

export async function insertIntoPublicReply(client: ZafClient, text: string): Promise<ReplyInsert> {
  // A single-path get rejects when the host cannot say; then switch all the same.
  const type = await client.get('comment.type').then((r) => r['comment.type'], () => null);
  const switched = type !== 'publicReply';
  try {
    if (switched) await client.set('comment.type', 'publicReply');
    await client.invoke('comment.appendText', text);
  } catch {
    // Not switched means not inserted: customer text must never land in a note unseen.
    return { ok: false };
  }
  return { ok: true, switched };
}

/**
 * A part of the customer text the agent must write: "[paste the district’s login instructions]",
 * in Spanish "[pegue aquí las instrucciones …]".
 */
const PLACEHOLDER = /\[((paste|pegue) [^\]]+)\]/g;

/** The mark that stops a placeholder being sent unnoticed, in the placeholder's own language. */
const FILL_IN: Readonly<Record<string, string>> = { paste: 'FILL IN', pegue: 'COMPLETAR' };

/** The placeholders in a customer text, as the agent reads them ("paste the portal URL"). */
export function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

/** The text as inserted: each placeholder marked so it cannot be sent by mistake unnoticed. */
export function markPlaceholders(text: string): string {
  return text.replace(PLACEHOLDER, (_whole, inside: string, verb: string) => `[[${FILL_IN[verb] ?? 'FILL IN'}: ${inside}]]`);
}
