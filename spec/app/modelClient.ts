import { USERS } from '../../harness/fixtures';
import { zafGet, type HostContext, type OrgFieldsShape } from '../../harness/zaf/api';
import type { ZendeskModel } from '../../harness/zendesk/model';
import { orgFieldPath, SNAPSHOT_PATHS } from '../../src/zendesk/readSnapshot';
import { FakeClient } from '../support/fakeClient';

/** The organization field keys of the default settings, read as `customField:` paths too. */
const DEFAULT_FIELD_KEYS = ['parent_account', 'parent_account_id', 'lms'];

/**
 * A fake client whose `get` data is a fixture ticket of the shared fake Zendesk, as the
 * stand-in's host would answer it (`orgFields`: which shape it gives the organization's fields
 * in); its `request()` reaches the same model through msw.
 */
export function modelClient(
  model: ZendeskModel,
  ticketId: number,
  opts: { userId?: number; settings?: Record<string, unknown>; orgFields?: OrgFieldsShape; installationId?: number } = {},
): FakeClient {
  const ctx: HostContext = { location: 'ticket_sidebar', ticketId, currentUserId: opts.userId ?? USERS.tier1Agent };
  const { errors, ...data } = zafGet(model, ctx, [...SNAPSHOT_PATHS, ...DEFAULT_FIELD_KEYS.map(orgFieldPath)], opts.orgFields);
  return new FakeClient({
    context: { ticketId },
    settings: opts.settings ?? {},
    ...(opts.installationId !== undefined && { installationId: opts.installationId }),
    data,
    errors: Object.fromEntries(Object.entries(errors).map(([path, e]) => [path, e.message])),
  });
}
