import { USERS } from '../../harness/fixtures';
import { zafGet, type HostContext } from '../../harness/zaf/api';
import type { ZendeskModel } from '../../harness/zendesk/model';
import { SNAPSHOT_PATHS } from '../../src/zendesk/readSnapshot';
import { FakeClient } from '../support/fakeClient';

/**
 * A fake client whose `get` data is a fixture ticket of the shared fake Zendesk, as the
 * stand-in's host would answer it; its `request()` reaches the same model through msw.
 */
export function modelClient(
  model: ZendeskModel,
  ticketId: number,
  opts: { userId?: number; settings?: Record<string, unknown> } = {},
): FakeClient {
  const ctx: HostContext = { location: 'ticket_sidebar', ticketId, currentUserId: opts.userId ?? USERS.tier1Agent };
  const { errors, ...data } = zafGet(model, ctx, SNAPSHOT_PATHS);
  return new FakeClient({
    context: { ticketId },
    settings: opts.settings ?? {},
    data,
    errors: Object.fromEntries(Object.entries(errors).map(([path, e]) => [path, e.message])),
  });
}
