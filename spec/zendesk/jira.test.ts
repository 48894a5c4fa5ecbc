import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { parseSettings } from '../../src/triage/settings';
import { createJiraIssue, JIRA_AUTHORIZATION } from '../../src/zendesk/jira';
import { jiraConfig } from '../../src/zendesk/jiraConfig';
import { rest } from '../../src/zendesk/rest';
import { FAKE_ORIGIN, FakeClient } from '../support/fakeClient';

const JIRA = 'https://vhl-test.atlassian.net';
const ISSUE_URL = `${JIRA}/rest/api/2/issue`;
const config = { baseUrl: JIRA, projectKey: 'SUP' };
const input = { summary: 'Zendesk #109: school–district association\nneeds an update', description: 'School: Lincoln High School' };

interface Seen {
  body: unknown;
  authorization: string | null;
}

/** A Jira that answers every issue creation with `reply`, recording what it was sent. */
function jira(reply: () => Response) {
  const seen: Seen[] = [];
  server.use(
    http.post(ISSUE_URL, async ({ request }) => {
      seen.push({ body: await request.json(), authorization: request.headers.get('authorization') });
      return reply();
    }),
  );
  return seen;
}

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('the Jira settings', () => {
  it('offer Jira only when both the address and the project key are filled in', () => {
    expect(jiraConfig(parseSettings({}).settings)).toBeNull();
    expect(jiraConfig(parseSettings({ jira_base_url: JIRA }).settings)).toBeNull();
    expect(jiraConfig(parseSettings({ jira_project: 'SUP' }).settings)).toBeNull();
    expect(jiraConfig(parseSettings({ jira_base_url: `${JIRA}/`, jira_project: 'SUP' }).settings)).toEqual(config);
  });
});

describe('creating a Jira issue for a Tech Dev escalation', () => {
  it('posts the issue through the secure proxy, with the token as a placeholder, and gives back its key and address', async () => {
    const seen = jira(() => HttpResponse.json({ id: '10001', key: 'SUP-42', self: `${ISSUE_URL}/10001` }, { status: 201 }));
    const client = new FakeClient();
    const result = await createJiraIssue(client, config, input);

    expect(result).toEqual({ ok: true, key: 'SUP-42', url: `${JIRA}/browse/SUP-42` });
    expect(seen).toEqual([
      {
        authorization: JIRA_AUTHORIZATION,
        body: {
          fields: {
            project: { key: 'SUP' },
            issuetype: { name: 'Task' },
            summary: 'Zendesk #109: school–district association needs an update',
            description: 'School: Lincoln High School',
          },
        },
      },
    ]);
    // The app never holds the token: Zendesk's proxy fills the placeholder in.
    expect(JIRA_AUTHORIZATION).toBe('Basic {{setting.jira_token}}');
    expect(client.requests[0]).toMatchObject({ type: 'POST', secure: true, cors: false, url: ISSUE_URL });
  });

  it('never sends a typed `{{` in the body of the secure request, where Zendesk could fill the token in; other requests keep it', async () => {
    const seen = jira(() => HttpResponse.json({ key: 'SUP-43' }, { status: 201 }));
    const client = new FakeClient();
    await createJiraIssue(client, config, {
      summary: 'Zendesk #109: {{setting.jira_token}}',
      description: 'User: {{{setting.jira_token}}}\nSchool: {{ setting.jira_token }}',
    });

    const fields = (seen[0]?.body as { fields: { summary: string; description: string } }).fields;
    expect(fields.summary).toBe('Zendesk #109: { {setting.jira_token}}');
    expect(fields.description).toBe('User: { { {setting.jira_token}}}\nSchool: { { setting.jira_token }}');
    expect(client.requests[0]?.data).not.toContain('{{');
    // The header's placeholder is the app's own and stays, for Zendesk to fill.
    expect(seen[0]?.authorization).toBe(JIRA_AUTHORIZATION);

    // A request Zendesk fills no secret into (a note to the ticket) keeps the `{{` as typed.
    const sent: unknown[] = [];
    server.use(http.put(`${FAKE_ORIGIN}/api/v2/tickets/1.json`, async ({ request }) => (sent.push(await request.json()), HttpResponse.json({}))));
    const note = { ticket: { comment: { body: 'Remark: {{setting.jira_token}}', public: false } } };
    await rest(client, { method: 'PUT', url: '/api/v2/tickets/1.json', body: note });
    expect(sent).toEqual([note]);
  });

  it.each([
    [401, { errorMessages: [] }, /^Jira refused the credentials: an admin should check the Jira API token setting\. \(HTTP 401\)$/],
    [400, { errorMessages: [], errors: { issuetype: 'Specify a valid issue type' } }, /^Jira refused the issue\. \(HTTP 400: issuetype: Specify a valid issue type\)$/],
    [404, { errorMessages: ['No project could be found with key \'SUP\'.'] }, /no such project.*No project could be found/],
    [500, {}, /check in Jira whether the issue was created/],
  ])('an HTTP %i from Jira is a message naming the cause', async (status, body, message) => {
    jira(() => HttpResponse.json(body, { status }));
    expect(await createJiraIssue(new FakeClient(), config, input)).toEqual({ ok: false, message: expect.stringMatching(message) });
  });

  it('an unreachable Jira (not in the domain whitelist) is a message', async () => {
    jira(() => HttpResponse.error());
    expect(await createJiraIssue(new FakeClient(), config, input)).toEqual({ ok: false, message: expect.stringMatching(/could not be reached.*domain whitelist/) });
  });

  it('an answer without an issue key is not taken for success', async () => {
    jira(() => HttpResponse.json({ id: '10001' }, { status: 201 }));
    expect(await createJiraIssue(new FakeClient(), config, input)).toEqual({ ok: false, message: expect.stringMatching(/without the new issue’s key/) });
  });
});
