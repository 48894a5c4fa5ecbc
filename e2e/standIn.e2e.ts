import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { defaultSettings, startStandIn, type StandIn } from '../harness/server';

/**
 * The stand-in on a trainer's machine, where any web page in the same browser can send it
 * requests: only its own page may change it, only its own names are answered, and the Jira
 * token never leaves it. Plain HTTP requests against the started server, as a browser would send them.
 */

jest.setTimeout(60_000);

const TOKEN = 'c2VjcmV0QGV4YW1wbGUuY29tOnRva2Vu';
let s: StandIn;

beforeAll(async () => {
  s = await startStandIn();
});
afterAll(() => s.close());
beforeEach(() => {
  s.reset();
  s.settings = { ...defaultSettings(), jira_token: TOKEN };
});

interface Sent {
  method?: string;
  path: string;
  host?: string;
  headers?: Record<string, string>;
  body?: string;
  /** The address to connect to (default 127.0.0.1). */
  address?: string;
}

function send({ method = 'GET', path, host, headers = {}, body, address = '127.0.0.1' }: Sent): Promise<{ status: number; body: string }> {
  return new Promise((ok, fail) => {
    const req = request({ host: address, port: s.port, method, path, headers: { Host: host ?? `localhost:${s.port}`, ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => ok({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', fail);
    req.end(body);
  });
}

const fromPage = (origin = `http://localhost:${s.port}`) => ({ 'X-Harness-Page': '1', Origin: origin, 'Content-Type': 'application/json' });
const FAULT = JSON.stringify({ n: 3, fault: { kind: '500' } });

describe('changes come only from the stand-in’s own page', () => {
  it('the host page (localhost) and the app’s origin (127.0.0.1) may queue a fault', async () => {
    expect((await send({ method: 'POST', path: '/__harness/faults', headers: fromPage(), body: FAULT })).status).toBe(200);
    expect((await send({ method: 'POST', path: '/__harness/faults', host: `127.0.0.1:${s.port}`, headers: fromPage(`http://127.0.0.1:${s.port}`), body: FAULT })).status).toBe(200);
    expect(s.model.faults.pending()).toHaveLength(2);
  });

  it.each<[string, Record<string, string>]>([
    // What a form on another site sends: a simple POST, no custom header.
    ['a cross-site form post', { Origin: 'https://evil.example', 'Content-Type': 'text/plain' }],
    ['a cross-site request with the page’s header', { ...{ 'X-Harness-Page': '1', 'Content-Type': 'application/json' }, Origin: 'https://evil.example' }],
    ['a same-origin request without the page’s header', { Origin: 'http://localhost:PORT', 'Content-Type': 'application/json' }],
  ])('%s is refused and changes nothing', async (_case, raw) => {
    const headers = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v.replace('PORT', String(s.port))]));
    for (const [method, path, body] of [
      ['POST', '/__harness/faults', FAULT],
      ['POST', '/__harness/reset', ''],
      ['POST', '/__harness/fixtures', '{}'],
      ['PUT', '/__harness/settings', '{}'],
      ['POST', '/__harness/agent-update/101', JSON.stringify({ agentId: 1, comment: { body: 'forged', public: false } })],
      ['PUT', '/api/v2/tickets/101.json', JSON.stringify({ ticket: { tags: ['forged'] } })],
    ] as const) {
      const answer = await send({ method, path, headers, body });
      expect([path, answer.status]).toEqual([path, 403]);
    }
    expect(s.model.faults.pending()).toEqual([]);
    expect(s.settings.jira_token).toBe(TOKEN);
    expect(s.model.log.all()).toEqual([]);
  });

  it('a page reached through another host name (DNS rebinding) is refused, even for reading', async () => {
    for (const host of [`evil.example:${s.port}`, 'evil.example', `localhost:${s.port + 1}`]) {
      expect((await send({ path: '/__harness/state', host })).status).toBe(403);
      expect((await send({ path: '/api/v2/tickets/101.json', host })).status).toBe(403);
    }
    expect((await send({ path: '/__harness/state', host: `127.0.0.1:${s.port}` })).status).toBe(200);
  });
});

describe('secure settings stay in the stand-in', () => {
  it('the state the page reads names the Jira token as set, never its value', async () => {
    const answer = await send({ path: '/__harness/state' });
    expect(answer.status).toBe(200);
    expect(answer.body).not.toContain(TOKEN);
    const state = JSON.parse(answer.body) as { settings: Record<string, unknown>; secureSettingsSet: string[] };
    expect(state.settings).not.toHaveProperty('jira_token');
    expect(state.secureSettingsSet).toEqual(['jira_token']);
  });

  it('saving the settings form (the token field left empty) keeps the token; the answer does not carry it', async () => {
    const answer = await send({ method: 'PUT', path: '/__harness/settings', headers: fromPage(), body: JSON.stringify({ ...defaultSettings(), tag_prefix: 'vhl_', jira_token: '' }) });
    expect(answer.status).toBe(200);
    expect(answer.body).not.toContain(TOKEN);
    expect(s.settings).toMatchObject({ tag_prefix: 'vhl_', jira_token: TOKEN });
  });
});

describe('the stand-in listens on loopback only', () => {
  it('binds 127.0.0.1 (and ::1), and no other address of the machine answers', async () => {
    expect(s.addresses.length).toBeGreaterThan(0);
    for (const address of s.addresses) expect(['127.0.0.1', '::1']).toContain(address);
    const external = Object.values(networkInterfaces())
      .flat()
      .filter((i) => i !== undefined && i.family === 'IPv4' && !i.internal)
      .map((i) => i!.address);
    for (const address of external) {
      await expect(send({ path: '/__harness/state', address })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    }
  });
});
