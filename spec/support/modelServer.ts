import { setupServer } from 'msw/node';
import type { ZendeskModel } from '../../harness/zendesk/model';
import { zendeskHandlers } from '../../harness/zendesk/msw';
import { FAKE_ORIGIN } from './fakeClient';

/**
 * The fake Zendesk behind msw for a test file: listening for the file, its handlers and data
 * back to the seed after each test (a request nothing answers fails the test). Returns the server
 * for a test's own `server.use(...)`.
 */
export function serveModel(model: ZendeskModel): ReturnType<typeof setupServer> {
  const server = setupServer(...zendeskHandlers(model, FAKE_ORIGIN));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    model.reset();
  });
  afterAll(() => server.close());
  return server;
}
