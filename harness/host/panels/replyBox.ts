import { byId } from '../dom';
import { agentUpdate, page, shared, toast, type Composer } from '../page';

/**
 * The ticket's reply box: what the app inserts, its composer ("Reply as", `comment.type`),
 * and the two buttons that post as the agent.
 */

const PATH = 'comment.type';

/**
 * `comment.type` is the reply box's state, kept by this page: get gives `publicReply` or
 * `internalNote`, set switches it (developer.zendesk.com/api-reference/apps/apps-support-api/ticket_sidebar/,
 * "comment.type"). Every other path goes to the fake Zendesk.
 */
export async function composerData(request: 'get' | 'set', params: unknown, forward: (rest: unknown) => Promise<Record<string, unknown>>): Promise<Record<string, unknown>> {
  const inTicket = page.location === 'ticket_sidebar' && shared.view !== null;
  if (request === 'get' && Array.isArray(params) && params.includes(PATH)) {
    const others = params.filter((path) => path !== PATH);
    const answer = others.length > 0 ? await forward(others) : { errors: {} };
    return inTicket ? { ...answer, [PATH]: shared.composer } : { ...answer, errors: { ...(answer.errors as object), [PATH]: { name: 'ApiError', message: `Could not find handler for: "${PATH}"` } } };
  }
  if (request === 'set' && params !== null && typeof params === 'object' && PATH in params) {
    const { [PATH]: value, ...others } = params as Record<string, unknown>;
    const answer = Object.keys(others).length > 0 ? await forward(others) : { errors: {} };
    if (!inTicket || (value !== 'publicReply' && value !== 'internalNote')) {
      return { ...answer, errors: { ...(answer.errors as object), [PATH]: { name: 'ApiError', message: `comment.type must be publicReply or internalNote, got ${JSON.stringify(value)}` } } };
    }
    setComposer(value);
    return { ...answer, [PATH]: value };
  }
  return forward(params);
}

/** `comment.appendText`: appends to whichever composer is open. */
export function appendToReply(text: string): void {
  const box = byId<HTMLTextAreaElement>('reply-box');
  box.value += text;
  toast(`The app inserted text into the reply box (${shared.composer === 'publicReply' ? 'public reply' : 'internal note'}).`);
}

function setComposer(value: Composer): void {
  shared.composer = value;
  byId<HTMLSelectElement>('composer-type').value = value;
}

/** Back to the composer the open ticket starts with (the fixtures say which). */
export function resetComposer(): void {
  setComposer(shared.state.tickets.find((t) => t.id === page.ticketId)?.composer ?? 'publicReply');
}

export function clearReplyBox(): void {
  byId<HTMLTextAreaElement>('reply-box').value = '';
}

export function wireReplyBox(): void {
  byId<HTMLFormElement>('reply-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const box = byId<HTMLTextAreaElement>('reply-box');
    if (box.value.trim() === '') return;
    const isPublic = (e.submitter as HTMLButtonElement | null)?.value === 'public';
    void agentUpdate({ comment: { body: box.value, public: isPublic } }).then(() => {
      box.value = '';
    });
  });
  byId<HTMLSelectElement>('composer-type').addEventListener('change', (e) => setComposer((e.target as HTMLSelectElement).value as Composer));
}
