import { BUILTIN_SEED, TICKETS, USERS, XSS } from '../harness/fixtures';
import { defaultSettings } from '../harness/server';
import { zafTicket } from '../harness/zaf/shapes';
import { eventually } from './eventually';
import { PROTOCOL_APP, sessionPerFile, type Session } from './session';

/**
 * ZAF wire-protocol conformance of the stand-in's host, checked with a probe app that uses
 * only the npm SDK (e2e/fixtures/protocol-app). If these pass, an app that works here talks
 * to the host the way it would talk to Zendesk.
 */

let s: Session;
sessionPerFile((session) => (s = session), { appDir: PROTOCOL_APP });

/** Runs code inside the app iframe, with the SDK client as `client`. Passed as text so no test-side transpilation leaks in. */
async function inApp<T>(body: string): Promise<T> {
  const frame = await s.appFrame();
  return (await frame.evaluate(`(async () => { const client = window.protocolClient; ${body} })()`)) as T;
}

/** A rejected SDK promise, as plain data. */
const settle = (call: string): string =>
  `return ${call}.then((value) => ({ ok: true, value }), (e) => ({ ok: false, value: e instanceof Error ? { message: e.message } : e }));`;

function fixture<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the fixtures lack ${what}`);
  return value;
}

type Settled<T = any> = { ok: boolean; value: T }; // eslint-disable-line @typescript-eslint/no-explicit-any -- shapes asserted below

describe('registration', () => {
  it('registers the app with the ticket_sidebar context and the admin’s settings, secure ones withheld', async () => {
    s.standIn.settings = { ...defaultSettings(), jira_token: 'secret-token' };
    await s.open({ ticket: TICKETS.ssoDistrict, agent: USERS.tier1Agent });
    const context = await inApp<Record<string, unknown>>('return client.context();');
    expect(context).toMatchObject({ product: 'support', location: 'ticket_sidebar', ticketId: TICKETS.ssoDistrict });
    const metadata = await inApp<{ appId: number; installationId: number; settings: Record<string, unknown> }>('return client.metadata();');
    expect(metadata.appId).toEqual(expect.any(Number));
    expect(metadata.installationId).toEqual(expect.any(Number));
    expect(metadata.settings).toMatchObject({ parent_account_field: 'parent_account', lms_field: 'lms', tier2_group_id: 200 });
    expect(metadata.settings).not.toHaveProperty('jira_token');
    await eventually(async () => expect(await s.page.locator('#zaf-log').textContent()).toContain('zaf.app.registered'));
  });

  it('registers a nav_bar app with no ticket, where ticket paths are errors', async () => {
    await s.open({ location: 'nav_bar', agent: USERS.tier2Agent });
    const context = await inApp<Record<string, unknown>>('return client.context();');
    expect(context).toMatchObject({ product: 'support', location: 'nav_bar' });
    expect(context).not.toHaveProperty('ticketId');
    const got = await inApp<Settled>(settle("client.get('ticket.organization')"));
    expect(got).toEqual({ ok: false, value: { message: expect.stringContaining('ticket.organization') } });
  });

  it('re-registers the app with the settings saved on the host page', async () => {
    await s.open({ ticket: TICKETS.ssoDistrict });
    await s.page.locator('#settings-panel summary').click();
    await s.page.locator('#setting-lms_field').fill('lms_2');
    await s.reloadsApp(() => s.page.getByRole('button', { name: 'Save and reload app' }).click());
    await eventually(async () => expect(await inApp('return client.metadata().then((m) => m.settings.lms_field);')).toBe('lms_2'));
  });
});

describe('get', () => {
  it.each(BUILTIN_SEED.tickets.map((t) => [t.label ?? t.subject, t.id] as const))('answers the ticket and its organization in ZAF’s shape: %s', async (_label, id) => {
    await s.open({ ticket: id, agent: USERS.tier1Agent });
    const expected = zafTicket(s.standIn.model, fixture(s.standIn.model.ticket(id), `ticket ${id}`));
    const got = await inApp<Record<string, unknown>>("return client.get(['ticket.organization', 'ticket.id', 'ticket.tags', 'ticket.status', 'ticket.requester']);");
    expect(got).toEqual({
      'ticket.organization': expected.organization,
      'ticket.id': id,
      'ticket.tags': expected.tags,
      'ticket.status': expected.status,
      'ticket.requester': expected.requester,
      errors: {},
    });
    await eventually(async () => expect(await s.sidebar().locator('#org-name').textContent()).toBe(expected.organization?.name ?? 'No organization'));
  });

  it('rejects a single get of an unknown path and reports it in a batched get', async () => {
    await s.open({ ticket: TICKETS.ssoDistrict });
    expect(await inApp<Settled>(settle("client.get('ticket.nonsense')"))).toEqual({ ok: false, value: { message: expect.stringContaining('ticket.nonsense') } });
    const batch = await inApp<Settled>(settle("client.get(['ticket.id', 'ticket.nonsense'])"));
    expect(batch.ok).toBe(true);
    expect(batch.value['ticket.id']).toBe(TICKETS.ssoDistrict);
    expect(Object.keys(batch.value.errors)).toEqual(['ticket.nonsense']);
  });

  it('gives the current agent with their groups, Tier 1 or Tier 2 as picked on the host page', async () => {
    await s.open({ ticket: TICKETS.escalatedTier2, agent: USERS.tier1Agent });
    await eventually(async () => expect(await s.sidebar().locator('#current-user').textContent()).toBe('Sam Rivera (Tier 1) (Tier 1)'));
    await s.reloadsApp(() => s.page.getByLabel('Signed in as').selectOption(String(USERS.tier2Agent)));
    const user = await inApp<Record<string, unknown>>("return client.get('currentUser').then((r) => r.currentUser);");
    expect(user).toMatchObject({ id: USERS.tier2Agent, role: 'agent', locale: 'en-US', groups: [{ id: 200, name: 'Tier 2' }] });
  });
});

describe('request', () => {
  beforeEach(async () => {
    await s.open({ ticket: TICKETS.ssoDistrict, agent: USERS.tier1Agent });
  });

  const put = (ticket: Record<string, unknown>, complete = true, autoRetry = false): string =>
    settle(
      `client.request({ url: '/api/v2/tickets/${TICKETS.ssoDistrict}.json', type: 'PUT', contentType: 'application/json', data: JSON.stringify({ ticket: ${JSON.stringify(ticket)} }), httpCompleteResponse: ${complete}, autoRetry: ${autoRetry} })`,
    );

  it('answers with status, parsed JSON and headers when httpCompleteResponse is set', async () => {
    const got = await inApp<Settled>(settle(`client.request({ url: '/api/v2/tickets/${TICKETS.ssoDistrict}.json', httpCompleteResponse: true })`));
    expect(got.ok).toBe(true);
    expect(got.value).toMatchObject({ status: 200, responseJSON: { ticket: { id: TICKETS.ssoDistrict } }, headers: { 'content-type': expect.stringContaining('json') } });
  });

  it('answers with the body alone otherwise, and rejects with the xhr on an error', async () => {
    expect(await inApp<Settled>(settle(`client.request('/api/v2/organizations/501.json')`))).toMatchObject({ ok: true, value: { organization: { id: 501 } } });
    expect(await inApp<Settled>(settle(`client.request('/api/v2/organizations/9999.json')`))).toMatchObject({ ok: false, value: { status: 404 } });
  });

  it('writes as the current agent, and a stale safe_update is refused with 409', async () => {
    const { updated_at } = fixture(s.standIn.model.ticket(TICKETS.ssoDistrict), 'the SSO ticket');
    const first = await inApp<Settled>(put({ comment: { body: 'first', public: false }, safe_update: true, updated_stamp: updated_at }));
    expect(first).toMatchObject({ ok: true, value: { status: 200 } });
    expect(s.standIn.model.ticket(TICKETS.ssoDistrict)?.comments.at(-1)).toMatchObject({ body: 'first', author_id: USERS.tier1Agent, public: false });
    const stale = await inApp<Settled>(put({ comment: { body: 'second', public: false }, safe_update: true, updated_stamp: updated_at }));
    expect(stale).toMatchObject({ ok: false, value: { status: 409, responseJSON: { error: 'UpdateConflict' } } });
  });

  it('passes injected faults through: 429 with Retry-After, 500, and a dropped connection as status 0', async () => {
    s.standIn.model.faults.next(1, { kind: '429', retryAfter: 3 });
    s.standIn.model.faults.next(1, { kind: '500' });
    s.standIn.model.faults.next(1, { kind: 'drop', afterApply: true });
    const note = { comment: { body: 'ref-123', public: false } };
    expect(await inApp<Settled>(put(note))).toMatchObject({ ok: false, value: { status: 429, headers: { 'retry-after': '3' } } });
    expect(await inApp<Settled>(put(note))).toMatchObject({ ok: false, value: { status: 500 } });
    expect(await inApp<Settled>(put(note))).toMatchObject({ ok: false, value: { status: 0 } });
    expect(s.standIn.model.ticket(TICKETS.ssoDistrict)?.comments.filter((c) => c.body === 'ref-123')).toHaveLength(1);
    await s.page.locator('#requests-panel summary').click();
    await eventually(async () => expect(await s.page.locator('#request-log tr').count()).toBe(3));
  });

  it('retries a 429 after Retry-After out of the app\'s sight when the request does not say autoRetry: false, as ZAF does', async () => {
    s.standIn.model.faults.next(1, { kind: '429', retryAfter: 1 });
    const note = { comment: { body: 'ref-456', public: false } };
    expect(await inApp<Settled>(put(note, true, true))).toMatchObject({ ok: true, value: { status: 200 } });
    expect(s.standIn.model.log.find('PUT', /tickets/).map((r) => r.status)).toEqual([429, 200]);
  });

  it('refuses requests to anything but the Zendesk API, as an unreachable host', async () => {
    expect(await inApp<Settled>(settle(`client.request({ url: 'https://jira.example.com/rest/api/2/issue', httpCompleteResponse: true })`))).toMatchObject({
      ok: false,
      value: { status: 0 },
    });
  });
});

describe('invoke and events', () => {
  it('resizes the sidebar iframe, appends text to the reply box and routes to another ticket', async () => {
    await s.open({ ticket: TICKETS.ssoDistrict });
    await inApp("return client.invoke('resize', { height: '512px' });");
    await eventually(async () => expect(await s.page.locator('iframe.app-frame').evaluate((f) => getComputedStyle(f).height)).toBe('512px'));
    await inApp("return client.invoke('comment.appendText', 'Hello <b>there</b>');");
    await eventually(async () => expect(await s.page.getByLabel(/Reply box/).inputValue()).toBe('Hello <b>there</b>'));
    expect(await inApp<Settled>(settle("client.invoke('no.such.action')"))).toMatchObject({ ok: false });
    await s.reloadsApp(() => inApp(`client.invoke('routeTo', 'ticket', '${TICKETS.rosteringDistrict}'); return null;`));
    await eventually(async () => expect(await s.page.locator('#ticket-heading').textContent()).toContain(`#${TICKETS.rosteringDistrict}`));
    expect(await inApp<Record<string, unknown>>('return client.context();')).toMatchObject({ ticketId: TICKETS.rosteringDistrict });
  });

  it('fires ticket.organization.changed when the agent changes the organization, and ticket.tags.changed when tags change', async () => {
    await s.open({ ticket: TICKETS.noOrganization });
    await eventually(async () => expect(await s.sidebar().locator('#org-name').textContent()).toBe('No organization'));
    await s.page.getByLabel('Change the organization of this ticket').selectOption('502');
    await eventually(async () => expect(await s.sidebar().locator('#org-name').textContent()).toBe('Maple Middle School'));
    s.standIn.model.updateTicket(TICKETS.noOrganization, { tags: ['clever_district_rostering'] }, USERS.tier1Agent);
    await eventually(async () =>
      expect(await inApp<string[]>('return window.protocolEvents.map((e) => e.name);')).toEqual(
        expect.arrayContaining(['ticket.organization.changed', 'ticket.updated', 'ticket.tags.changed']),
      ),
    );
    const tagsEvent = await inApp<{ data: unknown }>("return window.protocolEvents.find((e) => e.name === 'ticket.tags.changed');");
    expect(tagsEvent.data).toEqual(['clever_district_rostering']);
    await eventually(async () => expect(await s.page.getByRole('list', { name: 'Ticket tags' }).textContent()).toBe('clever_district_rostering'));
  });
});

describe('safety', () => {
  it('serves the app with the npm SDK in place of the CDN script', async () => {
    const html = await (await fetch(`${s.standIn.url}/app/assets/iframe.html`)).text();
    expect(html).toContain('src="/harness/zaf_sdk.js"');
    expect(html).not.toContain('static.zdassets.com');
    await s.open({ ticket: TICKETS.ssoDistrict });
    // afterEach checks that nothing, the CDN included, was fetched from outside the machine.
  });

  it('shows hostile markup as text in the app and on the host page, and runs none of it', async () => {
    await s.open({ ticket: TICKETS.hostile });
    const org = fixture(s.standIn.model.organization(506), 'the hostile organization');
    await eventually(async () => expect(await s.sidebar().locator('#org-name').textContent()).toBe(org.name));
    await s.sidebar().getByText(XSS.script).first().waitFor({ state: 'visible' });
    await eventually(async () => expect(await s.page.locator('#ticket-heading').textContent()).toContain(XSS.img));
    await eventually(async () => expect(await s.page.locator('#conversation').textContent()).toContain(XSS.svg));
    expect(await s.page.evaluate('window.__xss')).toBeUndefined();
    expect(await (await s.appFrame()).evaluate('window.__xss')).toBeUndefined();
    expect(await s.page.locator('img, svg, script:not([src])').count()).toBe(0);
  });

  it('reports fixtures it cannot read and keeps working', async () => {
    await s.open({ ticket: TICKETS.ssoDistrict });
    await s.page.locator('#fixtures-panel summary').click();
    await s.page.getByLabel('Fixtures JSON').fill('{"tickets": [{"id": "x"}]}');
    await s.page.getByRole('button', { name: 'Load', exact: true }).click();
    await eventually(async () => expect(await s.page.getByRole('list', { name: 'Fixture load result' }).textContent()).toContain('tickets[0] (id "x")'));
    await s.page.getByLabel('Ticket', { exact: true }).selectOption(String(TICKETS.rosteringDistrict));
    await eventually(async () => expect(await s.sidebar().locator('#org-name').textContent()).toBe('Maple Middle School'));
  });
});
