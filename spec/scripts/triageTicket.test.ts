import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../scripts/triageCli';
import { TICKET_CASES } from '../triage/ticketCases';

/**
 * `npm run --silent triage -- classify --org ORG.json --ticket TICKET.json`: the procedure the
 * ticket's words suggest and the answers they propose. The table runs through the CLI's own entry
 * (arguments, files, JSON out) in this process; the real process is run for the contract's edges.
 */

jest.setTimeout(60_000);

const root = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'triage-ticket-'));

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const org = file('org.json', {
  name: 'Lincoln High',
  tags: [],
  organizationFields: { parent_account: 'Springfield USD', parent_account_id: '0013000001', lms: 'Clever SSO District AY 2026-2027' },
});

interface Printed {
  kind: string;
  procedure: { suggested: string; why: string };
  proposals: { node: string; answer: string; quote: string }[];
}

function cli(args: string[]): { status: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const status = main(args, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } });
  return { status, stdout, stderr };
}

describe.each(TICKET_CASES.map((c, i) => [c.name, c, i] as const))('triage classify --ticket: %s', (_name, c, i) => {
  it(`prints the ${c.procedure} procedure and the proposals, each quoting its sentence exactly`, () => {
    const r = cli(['classify', '--org', org, '--ticket', file(`ticket-${i}.json`, c.ticket)]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as Printed;
    expect(out).toMatchObject({ kind: 'clever-sso', procedure: { suggested: c.procedure, why: expect.any(String) } });
    expect(out.proposals.map(({ node, answer }) => ({ node, answer }))).toEqual(c.proposals);
    const sources = [c.ticket.subject ?? '', c.ticket.description ?? '', ...(c.ticket.custom_fields ?? []).map((f) => f.value)];
    for (const p of out.proposals) expect(sources.some((s) => s.includes(p.quote))).toBe(true);
  });
});

describe('triage classify --ticket, the contract', () => {
  it('the reason quotes the words that decided the procedure', () => {
    const out = JSON.parse(cli(['classify', '--org', org, '--ticket', file('transfer.json', { description: 'A student transferred to another school.' })]).stdout) as Printed;
    expect(out.procedure).toEqual({ suggested: 'transfers', why: expect.stringContaining('“transferred”') });
  });

  it('reads the answer of the REST API as it comes ({ticket: …})', () => {
    const out = JSON.parse(cli(['classify', '--org', org, '--ticket', file('wrapped.json', { ticket: { subject: 'Our sync is on hold' } })]).stdout) as Printed;
    expect(out.procedure.suggested).toBe('sync');
    expect(out.proposals).toEqual([{ node: 'sync.status', answer: 'on_hold', quote: 'Our sync is on hold' }]);
  });

  it('reads only the fields ticket_text_fields names, when --settings names them', () => {
    const ticket = file('fields.json', { custom_fields: [{ id: 1, value: 'Our sync is on hold' }, { id: 2, value: 'VHL does not recognize your school' }] });
    const settings = file('settings.json', { ticket_text_fields: '2' });
    const out = JSON.parse(cli(['classify', '--org', org, '--ticket', ticket, '--settings', settings]).stdout) as Printed;
    expect(out.proposals.map((p) => p.node)).toEqual(['access.2b']);
  });

  it.each([
    ['a text', '"VHL does not recognize your school"'],
    ['a list', '[{"subject": "x"}]'],
    ['null', 'null'],
  ])('a TICKET file holding %s is refused with a clear message, exit 2', (_what, content) => {
    const r = cli(['classify', '--org', org, '--ticket', file('not-a-ticket.json', content)]);
    expect(r).toEqual({ status: 2, stdout: '', stderr: expect.stringMatching(/^triage: --ticket .*not a Zendesk ticket object/) });
  });

  it('as a real process: the ticket adds procedure and proposals; a ticket that is no object exits 2', () => {
    const run = (args: string[]) =>
      spawnSync(join(root, 'node_modules/.bin/tsx'), ['scripts/triage.ts', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, CLEVER_TRIAGE_TODAY: '2026-12-01' }, timeout: 30_000 });
    const ok = run(['classify', '--org', org, '--ticket', file('real.json', { description: 'They see the message “VHL DOES NOT RECOGNIZE YOUR SCHOOL” every time.' })]);
    expect(ok.status).toBe(0);
    expect(Object.keys(JSON.parse(ok.stdout) as object)).toEqual(['kind', 'academicYear', 'stale', 'evidence', 'procedure', 'proposals']);
    const bad = run(['classify', '--org', org, '--ticket', file('real-bad.json', '42')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/not a Zendesk ticket object/);
  });
});
