import * as z from 'zod/mini';
import { accountPath, readFailureMessage, rest } from './rest';
import type { ZafClient } from './zaf';

/**
 * Reading a ticket's comments, newest first, page by page: how the writer finds a note it may
 * already have written, and how the Tier 2 view finds Tier 1's latest note. One copy of the
 * paging, for both. A ticket can hold 5,000 comments (50 pages), and apps get about 100 requests
 * a minute per agent: every read is bounded, by pages or by the caller's `read` refusing.
 */

/** The most a page holds (List Comments: at most 100 records a page). */
export const COMMENTS_PER_PAGE = 100;

/** The read-back's bound: the newest 500 comments, at most 5 requests per note read. */
export const NOTE_READ_MAX_PAGES = 5;

export interface TicketComment {
  id: number | null;
  /** The author's name when the page sideloaded users (`include=users`); null otherwise. */
  author: string | null;
  /** The author's role and default group when sideloaded; null otherwise (or when Zendesk did not say). */
  authorRole: string | null;
  authorGroupId: number | null;
  body: string | null;
  plainBody: string | null;
  /** null when Zendesk did not say. */
  public: boolean | null;
  createdAt: string | null;
}

const commentSchema = z.object({
  id: z.catch(z.nullish(z.int()), null),
  author_id: z.catch(z.nullish(z.int()), null),
  body: z.catch(z.nullish(z.string()), null),
  plain_body: z.catch(z.nullish(z.string()), null),
  public: z.catch(z.nullish(z.boolean()), null),
  created_at: z.catch(z.nullish(z.string()), null),
});

const commentsResponse = z.object({
  comments: z.array(z.unknown()),
  next_page: z.catch(z.nullish(z.string()), null),
  meta: z.catch(z.nullish(z.object({ has_more: z.boolean() })), null),
  links: z.catch(z.nullish(z.object({ next: z.nullish(z.string()) })), null),
  users: z.catch(
    z.array(
      z.object({
        id: z.int(),
        name: z.string(),
        role: z.catch(z.nullish(z.string()), null),
        default_group_id: z.catch(z.nullish(z.int()), null),
      }),
    ),
    [],
  ),
});

type SideloadedUser = { id: number; name: string; role?: string | null; default_group_id?: number | null };

function toComment(raw: unknown, users: readonly SideloadedUser[]): TicketComment | null {
  const parsed = commentSchema.safeParse(raw);
  if (!parsed.success) return null;
  const c = parsed.data;
  const user = users.find((u) => u.id === c.author_id);
  return {
    id: c.id ?? null,
    author: user?.name ?? null,
    authorRole: user?.role ?? null,
    authorGroupId: user?.default_group_id ?? null,
    body: c.body ?? null, plainBody: c.plain_body ?? null, public: c.public ?? null, createdAt: c.created_at ?? null };
}

export type PageRead<F extends { ok: false }> = (path: string) => Promise<{ ok: true; value: unknown } | F>;

export interface CommentSearch {
  /** Sideloads the authors, so a comment says who wrote it at no extra request (`include=users`). */
  withAuthors?: boolean;
  /** Pages read at most; unbounded (but for the caller's `read`) when absent. */
  maxPages?: number;
  /** A time (ms since the epoch) no match can be older than: paging stops at the first comment older than it. */
  notBefore?: number | null;
}

/** What a search found; `complete` is false when it stopped at `maxPages` with older comments left unread. */
export type CommentFound = { ok: true; value: TicketComment | null; complete: boolean };

/**
 * The newest comment that `match`es, or null when none does. `read` fetches one page (the
 * caller decides how it retries and may refuse, ending the search); `unreadable` is the
 * caller's failure for a page in a shape this code cannot read. A comment that is not an
 * object is skipped, not a failure. Comments are asked for newest first (`sort_order=desc`,
 * 100 a page: developer.zendesk.com/api-reference/ticketing/tickets/ticket_comments/#list-comments),
 * so the search stops at the first match.
 */
export async function findNewestComment<F extends { ok: false }>(
  read: PageRead<F>,
  ticketId: number,
  match: (comment: TicketComment) => boolean,
  unreadable: () => F,
  { withAuthors = false, maxPages = Infinity, notBefore = null }: CommentSearch = {},
): Promise<CommentFound | F> {
  let path: string | null = `/api/v2/tickets/${ticketId}/comments.json?sort_order=desc${withAuthors ? '&include=users' : ''}&per_page=${COMMENTS_PER_PAGE}`;
  for (let page = 0; path !== null; page++) {
    if (page >= maxPages) return { ok: true, value: null, complete: false };
    const answer = await read(path);
    if (!answer.ok) return answer;
    const parsed = commentsResponse.safeParse(answer.value);
    if (!parsed.success) return unreadable();
    const { comments, next_page, meta, links, users } = parsed.data;
    const pageComments = comments.map((c) => toComment(c, users)).filter((c): c is TicketComment => c !== null);
    const found = pageComments.find(match);
    if (found) return { ok: true, value: found, complete: true };
    if (notBefore !== null && pageComments.some((c) => olderThan(c, notBefore))) break;
    // Offset pages give next_page; cursor pages give meta.has_more and links.next.
    path = accountPath(next_page ?? (meta?.has_more ? links?.next : null));
  }
  return { ok: true, value: null, complete: true };
}

const olderThan = (c: TicketComment, time: number): boolean => {
  const at = c.createdAt === null ? NaN : Date.parse(c.createdAt);
  return !Number.isNaN(at) && at < time;
};

export type NoteSearch =
  | { kind: 'found'; text: string; comment: TicketComment }
  /** `complete`: false when only the newest NOTE_READ_MAX_PAGES pages were read and older comments are left. */
  | { kind: 'none'; complete: boolean }
  | { kind: 'failed'; message: string };

/**
 * The newest private note whose text `accept`s, among the ticket's newest comments (at most
 * NOTE_READ_MAX_PAGES requests). Public comments never count: a requester could write anything in one.
 */
export async function newestPrivateNote(
  client: ZafClient,
  ticketId: number,
  accept: (text: string, comment: TicketComment) => boolean,
  withAuthors = false,
): Promise<NoteSearch> {
  const textOf = (c: TicketComment): string => c.body ?? c.plainBody ?? '';
  const found = await findNewestComment(
    async (path) => {
      const answer = await rest(client, { method: 'GET', url: path });
      return answer.ok ? { ok: true as const, value: answer.body } : { ok: false as const, message: readFailureMessage(answer.failure) };
    },
    ticketId,
    (c) => c.public === false && accept(textOf(c), c),
    () => ({ ok: false as const, message: "Zendesk answered with the ticket's comments in a shape the app cannot read." }),
    { withAuthors, maxPages: NOTE_READ_MAX_PAGES },
  );
  if (!found.ok) return { kind: 'failed', message: found.message };
  return found.value ? { kind: 'found', text: textOf(found.value), comment: found.value } : { kind: 'none', complete: found.complete };
}
