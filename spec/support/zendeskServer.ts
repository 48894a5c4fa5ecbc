import { setupServer, type SetupServer } from 'msw/node';
import { BUILTIN_SEED } from '../../harness/fixtures';
import { ZendeskModel, type ModelOptions } from '../../harness/zendesk/model';
import { zendeskHandlers } from '../../harness/zendesk/msw';
import { FAKE_ORIGIN } from './fakeClient';

/**
 * The fake Zendesk for a test file: the stand-in's model answering `FAKE_ORIGIN/api/v2/*` through msw, one server
 * for the file. After each test, handlers a test added with `server.use` are gone and the model is back to the
 * built-in seed. A request nothing answers fails the test.
 */
export function zendeskServerPerFile(options: ModelOptions = {}): { model: ZendeskModel; server: SetupServer } {
  const model = new ZendeskModel(BUILTIN_SEED, options);
  const server = setupServer(...zendeskHandlers(model, FAKE_ORIGIN));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    model.reset(BUILTIN_SEED); // a test may have loaded another seed
  });
  afterAll(() => server.close());
  return { model, server };
}
