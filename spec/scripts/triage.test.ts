import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The CLI as the procedure's scenarios use it: `npm run --silent triage -- …`, run here through tsx. */

// Each case starts a real process (about 1.5 s, more on a busy machine).
jest.setTimeout(60_000);

const root = resolve(__dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const dir = mkdtempSync(join(tmpdir(), 'triage-cli-'));

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

function triage(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(tsx, ['scripts/triage.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CLEVER_TRIAGE_TODAY: '2025-10-15', ...env },
    timeout: 30_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function ok(args: string[], env?: Record<string, string>) {
  const r = triage(args, env);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown> & {
    path: { node: string; answer: string; auto: boolean }[];
    pending: { node: string; question: string; answers: string[] } | null;
    outcome: { id: string; kind: string; title: string } | null;
    note: string | null;
    tags: string[];
  };
}

const ssoOrg = file('sso.json', {
  name: 'Springfield High',
  tags: [],
  organizationFields: { parent_account: 'Springfield USD', parent_account_id: '0013000001', lms: 'Clever SSO District AY 2017-2018' },
});
/** The same district, its LMS field written this academic year (the tests' today is 2025-10-15). */
const currentSsoOrg = file('sso-current.json', {
  name: 'Springfield High',
  tags: [],
  organizationFields: { parent_account: 'Springfield USD', parent_account_id: '0013000001', lms: 'Clever SSO District AY 2025-2026' },
});
const rosteringOrg = file('rostering.json', {
  name: 'Shelbyville High',
  tags: [],
  organizationFields: { parent_account: 'Shelbyville USD', parent_account_id: '0013000002', lms: 'clever_rostering_district_ay_2025_2026' },
});

const parentOnlyOrg = file('parent-only.json', {
  name: 'Ogden High',
  tags: [],
  organizationFields: { parent_account: 'Ogden USD', parent_account_id: '0013000003', lms: '' },
});

describe('triage classify', () => {
  it('reads a Clever SSO school, with its stale academic year and the evidence', () => {
    const out = ok(['classify', '--org', ssoOrg]);
    expect(Object.keys(out)).toEqual(['kind', 'academicYear', 'stale', 'evidence']);
    expect(out).toMatchObject({ kind: 'clever-sso', academicYear: '2017-2018', stale: true });
    expect(out.evidence).toContainEqual({ field: 'lms', value: 'Clever SSO District AY 2017-2018', reading: 'names the Clever SSO integration' });
  });

  it('reads a ticket without an organization (null)', () => {
    expect(ok(['classify', '--org', file('null.json', 'null')])).toMatchObject({ kind: 'no-organization', academicYear: null, stale: false });
  });

  it('prints the contract’s keys only; the evidence says when the fields disagree', () => {
    const out = ok(['classify', '--org', file('no-parent.json', { name: 'Elm', tags: [], organizationFields: { lms: 'Clever District' } })]);
    expect(out).toEqual({ kind: 'clever-unknown-type', academicYear: null, stale: false, evidence: expect.any(Array) });
    expect(out.evidence).toContainEqual(expect.objectContaining({ reading: expect.stringMatching(/^the fields disagree: /) }));
  });

  it('never crashes on odd organization data', () => {
    const odd = file('odd.json', { tags: 'x'.repeat(10_000), organizationFields: [1, { lms: null }, 'Clever SSO'] });
    expect(ok(['classify', '--org', odd]).kind).toBe('not-clever');
  });
});

describe('triage walk', () => {
  it('stops at the first question the data cannot answer', () => {
    const out = ok(['walk', '--tree', 'access', '--org', currentSsoOrg]);
    expect(out.path).toEqual([expect.objectContaining({ node: 'access.1', answer: 'yes', auto: true })]);
    expect(out.pending).toEqual({ node: 'access.2a', question: expect.any(String), answers: ['yes', 'no'] });
    expect(out).toMatchObject({ tree: 'access', treeVersion: expect.any(Number), outcome: null, note: null, tags: [] });
    expect(Object.keys(out.classification as object)).toEqual(['kind', 'academicYear', 'stale', 'evidence']);
  });

  it('a record of an old academic year answers nothing by itself: step 1 waits for the agent', () => {
    const out = ok(['walk', '--tree', 'access', '--org', ssoOrg]);
    expect(out.path).toEqual([]);
    expect(out.pending).toMatchObject({ node: 'access.1' });
  });

  it('a parent account with an empty LMS field does not answer step 1: the agent does (check the list of launched districts)', () => {
    const out = ok(['walk', '--tree', 'access', '--org', parentOnlyOrg]);
    expect(out.path).toEqual([]);
    expect(out.pending).toMatchObject({ node: 'access.1', answers: ['yes', 'no', 'no_wants_clever'] });
  });

  it('an organization with empty fields asks step 1 before any escalation', () => {
    const out = ok(['walk', '--tree', 'access', '--org', file('empty-fields.json', { name: 'St. Agnes', tags: [], organizationFields: {} })]);
    expect(out).toMatchObject({ path: [], pending: { node: 'access.1' }, outcome: null });
  });

  it('a district of unknown type: the answer to step 7b chooses the rostering branch of step 7', () => {
    const answers = { 'access.1': 'yes', 'access.2a': 'no', 'access.2b': 'no', 'access.3': 'yes', 'access.4': 'yes', 'access.5': 'yes', 'access.6': 'yes', 'access.7b': 'yes' };
    const out = ok(['walk', '--tree', 'access', '--org', parentOnlyOrg, '--answers', JSON.stringify(answers)]);
    expect(out.path.find((s) => s.node === 'access.7')).toEqual({ node: 'access.7', question: expect.any(String), answer: 'rostering', auto: false, evidence: [] });
    expect(out.outcome).toMatchObject({ id: 'rostering_sync_escalate', kind: 'escalate_tier2' });
  });

  it('a user seeing “VHL does not recognize your school” → escalate the school–district association to Tier 2', () => {
    const out = ok(['walk', '--tree', 'access', '--org', ssoOrg, '--answers', JSON.stringify({ 'access.2a': 'no', 'access.2b': 'yes' })]);
    expect(out.outcome).toMatchObject({ kind: 'escalate_tier2' });
    expect(out.tags).toEqual(expect.arrayContaining(['clever_district_sso', 'clever_tree_access', 'clever_escalated_tier2', `clever_outcome_${out.outcome!.id}`]));
    expect(out.note).toMatch(/^\[clever-triage\] Clever Triage: .* \(access v\d+\)\nReference: clever-triage\/cli \(digest [0-9a-f]{12}\)\n/);
  });

  it('a student in a rostering district missing from the course, linked more than 24 hours ago → escalate to Tier 2', () => {
    const answers = { 'access.2a': 'no', 'access.2b': 'no', 'access.3': 'yes', 'access.4': 'yes', 'access.5': 'yes', 'access.6': 'yes', 'access.7b': 'yes' };
    const out = ok(['walk', '--tree', 'access', '--org', rosteringOrg, '--answers', JSON.stringify(answers)]);
    // Step 7: the rostering branch is chosen by the district kind.
    expect(out.path.filter((s) => s.auto).map((s) => s.node)).toEqual(['access.1', 'access.7']);
    expect(out.outcome).toMatchObject({ id: 'rostering_sync_escalate', kind: 'escalate_tier2' });
  });

  it('the agent saying the school is not in a Clever district, over the data → escalate to Tier 2 to confirm; settings from a file', () => {
    const settings = file('settings.json', { tag_prefix: 'vhl_', tier2_group_id: '22' });
    const out = ok(['walk', '--tree', 'access', '--org', ssoOrg, '--answers', JSON.stringify({ 'access.1': 'no' }), '--settings', settings]);
    expect(out.path[0]).toMatchObject({ node: 'access.1', answer: 'no', auto: false });
    expect(out.outcome).toMatchObject({ kind: 'escalate_tier2' });
    expect(out.tags).toEqual(expect.arrayContaining(['vhl_district_sso', 'vhl_tree_access', 'vhl_escalated_tier2']));
  });
});

describe('triage walk: issue 19, the procedures’ second reading', () => {
  const walkOut = (tree: string, answers: Record<string, string>, more: string[] = []) =>
    ok(['walk', '--tree', tree, '--org', ssoOrg, '--answers', JSON.stringify(answers), ...more]);

  it('Tier 2 step 2 “(This requires escalation to …)”: the lookup escalated to the supervisors, ranks of equals in order', () => {
    const settings = file('ranks.json', { role_tier2_supervisors: 'First one or Second one\nThird one\nLast resort' });
    const out = walkOut('tier2', { 'tier2.1': 'yes', 'tier2.2': 'needs_supervisor' }, ['--settings', settings]);
    expect(out.outcome).toMatchObject({ id: 'dashboard_lookup_escalate_supervisor', kind: 'escalate_supervisor' });
    expect(out.tags).toContain('clever_escalated_supervisor');
    expect(out.note).toContain('First one or Second one, then Third one, then Last resort');
  });

  it('Tier 2 step 3 No: “If necessary, escalate to [one supervisor] to mark as a returned Tier 1 escalation” — back to transfers, marked', () => {
    const settings = file('returned.json', { role_returned_escalations: 'The marker' });
    const answers = { 'tier2.1': 'yes', 'tier2.2': 'yes', 'tier2.3': 'no', 'tier2.3.origin': 'transfers', 'tier2.3.mark_transfers': 'yes' };
    const out = walkOut('tier2', answers, ['--settings', settings]);
    expect(out.outcome).toMatchObject({ id: 'returned_to_transfers_marked', kind: 'handoff' });
    expect(out.tags).toContain('clever_tier2_returned');
    expect(out.note).toContain('Escalate to The marker to mark it as a returned Tier 1 escalation');
    expect(out.note).toContain('Continue in: Tier 1: school transfers and dual enrollments');
    expect(out.note).toContain('dashboard_lookup_by');
  });

  it('Tier 2 step 3 No, no marking needed: not tagged as returned', () => {
    const out = walkOut('tier2', { 'tier2.1': 'yes', 'tier2.2': 'yes', 'tier2.3': 'no', 'tier2.3.origin': 'access', 'tier2.3.mark_access': 'no' });
    expect(out.outcome).toMatchObject({ id: 'returned_to_tier1' });
    expect(out.tags).not.toContain('clever_tier2_returned');
  });

  it('transfers step 1: “confirm with the district’s Clever admin that the user’s Clever profile has been updated” — not yet → the Clever admin', () => {
    expect(walkOut('transfers', { 'transfers.1': 'yes' }).pending).toMatchObject({ node: 'transfers.1.clever_profile', answers: ['yes', 'no'] });
    const out = walkOut('transfers', { 'transfers.1': 'yes', 'transfers.1.clever_profile': 'no' });
    expect(out.outcome).toMatchObject({ id: 'refer_district_admin_update_profile', kind: 'refer' });
  });

  it('sync: “Available to administrators with a School Plan or District Plan.”; a clean report hands off nowhere; data holds name “Don’t hold syncs like this again”', () => {
    expect(walkOut('sync', { 'sync.status': 'cannot_see_report' }).outcome).toMatchObject({ id: 'report_needs_remind_plan', kind: 'refer' });
    const clear = walkOut('sync', { 'sync.status': 'no_issue' });
    expect(clear.outcome).toMatchObject({ id: 'sync_report_clear', kind: 'resolved' });
    expect(clear.note).not.toContain('Continue in:');
    const hold = walkOut('sync', { 'sync.status': 'on_hold', 'sync.hold_type': 'data_config', 'sync.data_config_type': 'duplicate_emails' });
    expect(hold.note).toMatch(/Tell the customer:\n.*Don’t hold syncs like this again/);
  });
});

describe('issue 19, point 7: the CLI takes any answer, and marks one the district record rules out', () => {
  const outsideClever = file('outside-clever.json', { name: 'Capital City High', tags: [], organizationFields: { parent_account: '', parent_account_id: '', lms: 'Canvas' } });
  const walkWith = (org: string[], tree: string, answers: Record<string, string>) => ok(['walk', '--tree', tree, ...org, '--answers', JSON.stringify(answers)]);
  const step3 = { 'tier2.1': 'yes', 'tier2.2': 'yes', 'tier2.3': 'accurate_rostering_missing_in_vhl' };

  it('access step 7b is “Rostering only”: Tier 2 step 3’s rostering answer in an SSO district is accepted and marked against the district record', () => {
    const out = walkWith(['--org', ssoOrg], 'tier2', step3);
    expect(out.outcome).toMatchObject({ id: 'rostering_escalate_supervisor' });
    expect(out.note).toContain('- tier2.3 = accurate_rostering_missing_in_vhl [agent, against the district record]: ');
  });

  it('the same answer in a rostering district is not marked', () => {
    const out = walkWith(['--org', rosteringOrg], 'tier2', step3);
    expect(out.note).toContain('- tier2.3 = accurate_rostering_missing_in_vhl [agent]: ');
  });

  it('transfers step 1 “For Clever SSO integrations”: a school outside Clever by its record takes the integration the agent found, marked; no organization is no record, unmarked', () => {
    const answers = { 'transfers.1': 'yes', 'transfers.1.clever_profile': 'yes', 'transfers.1.integration': 'rostering' };
    expect(walkWith(['--org', outsideClever], 'transfers', answers).note).toContain('- transfers.1.integration = rostering [agent, against the district record]: ');
    expect(walkWith([], 'transfers', answers).note).toContain('- transfers.1.integration = rostering [agent]: ');
  });
});

describe('triage walk --lang es: the procedures in Spanish', () => {
  const associationAnswers = JSON.stringify({ 'access.2a': 'no', 'access.2b': 'yes' });

  it('prints the questions, the outcome and its customer text in Spanish; ids, tags and the note stay the same', () => {
    const english = ok(['walk', '--tree', 'access', '--org', ssoOrg, '--answers', associationAnswers]);
    const spanish = ok(['walk', '--tree', 'access', '--org', ssoOrg, '--answers', associationAnswers, '--lang', 'es']);
    expect(spanish.path[1]).toMatchObject({ node: 'access.2a', question: '¿Tiene el usuario dificultades con la parte de Clever del inicio de sesión (no con el acceso a VHL)?' });
    expect(spanish.outcome).toEqual({
      id: 'escalate_school_district_association',
      kind: 'escalate_tier2',
      title: 'VHL no reconoce la escuela: escalar la asociación escuela-distrito a Tier 2',
      customerText: expect.stringMatching(/^Gracias por avisarnos\. Parece que su escuela todavía no está conectada a su distrito en VHL Central/),
    });
    expect(english.outcome).toMatchObject({ customerText: expect.stringMatching(/^Thank you for letting us know\./) });
    expect((spanish.classification as { evidence: unknown[] }).evidence).toContainEqual({ field: 'lms', value: 'Clever SSO District AY 2017-2018', reading: 'nombra la integración Clever SSO' });
    // The note is the team's language (English by default), whoever reads the sidebar.
    expect(spanish.tags).toEqual(english.tags);
    expect(spanish.note).toBe(english.note);
  });

  it('with note_language agent, writes the note in --lang’s language, the settings filled in with Spanish words', () => {
    const settings = file('supervisors.json', { role_tier2_supervisors: 'Ana or Luis\nMarta', note_language: 'agent' });
    const answers = JSON.stringify({ 'tier2.1': 'yes', 'tier2.2': 'needs_supervisor' });
    const out = ok(['walk', '--tree', 'tier2', '--answers', answers, '--settings', settings, '--lang', 'es']);
    expect(out.path[1]).toMatchObject({ question: '¿Aparece el profesor, el estudiante o la escuela en la información del distrito del panel de Clever?' });
    expect(out.note).toContain('cada uno cuando los anteriores no estén disponibles: Ana o Luis, y después Marta.');
    expect(ok(['walk', '--tree', 'tier2', '--answers', answers, '--settings', settings]).note).toContain('each when the ones before are not available: Ana or Luis, then Marta.');
  });

  it('writes the note in Spanish when the settings say so, its labels still English', () => {
    const settings = file('note-es.json', { note_language: 'es' });
    const out = ok(['walk', '--tree', 'access', '--org', ssoOrg, '--answers', associationAnswers, '--settings', settings]);
    expect(out.outcome).toMatchObject({ title: 'VHL does not recognize the school: escalate the school–district association to Tier 2' });
    expect(out.note).toContain('Outcome: escalate_school_district_association (escalate_tier2): VHL no reconoce la escuela');
    expect(out.note).toContain('Tell the customer:\n  | Gracias por avisarnos.');
  });

  it('asks the pending question in Spanish', () => {
    expect(ok(['walk', '--tree', 'sync', '--lang', 'es']).pending).toEqual({
      node: 'sync.status',
      question: '¿Qué muestra el informe SIS sync report de la escuela?',
      answers: ['errors', 'alerts', 'on_hold', 'no_issue', 'cannot_see_report'],
    });
  });

  it('refuses a language it does not have', () => {
    const r = triage(['walk', '--tree', 'sync', '--lang', 'fr']);
    expect(r).toEqual({ status: 2, stdout: '', stderr: 'triage: --lang must be one of en, es\n' });
  });
});

describe('bad input: one line on stderr, a non-zero exit, nothing on stdout', () => {
  function refused(r: ReturnType<typeof triage>, message: RegExp) {
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  }

  it.each<[string, string[], RegExp]>([
    ['no command', [], /^triage: unknown command ""/],
    ['an unknown command', ['explain'], /^triage: unknown command "explain"/],
    ['an unknown flag', ['classify', '--org', ssoOrg, '--verbose'], /^triage: .*--verbose/],
    ['classify without --org', ['classify'], /^triage: classify needs --org FILE/],
    ['an unreadable file', ['classify', '--org', join(dir, 'missing.json')], /^triage: --org .*missing\.json: cannot read the file \(ENOENT\)/],
    ['a file of invalid JSON', ['classify', '--org', file('bad.json', '{"name": ')], /^triage: --org .*bad\.json: not valid JSON/],
    ['walk without --tree', ['walk'], /^triage: walk needs --tree ID/],
    ['an unknown tree', ['walk', '--tree', 'billing'], /^triage: --tree must be one of access, transfers, tier2, sync/],
    ['answers that are not JSON', ['walk', '--tree', 'access', '--answers', '{access.1: yes}'], /^triage: --answers is not valid JSON/],
    ['answers that are not an object of strings', ['walk', '--tree', 'access', '--answers', '{"access.1": true}'], /^triage: --answers must be a JSON object from node id to answer id \("access\.1" must map to an answer id\)/],
    ['answers as a list', ['walk', '--tree', 'access', '--answers', '["yes"]'], /^triage: --answers must be a JSON object/],
    ['an unknown node id in answers', ['walk', '--tree', 'access', '--answers', '{"access.9":"yes"}'], /^triage: --answers: tree access has no question "access\.9"/],
    ['"__proto__" as a node id', ['walk', '--tree', 'access', '--answers', '{"__proto__":"yes"}'], /^triage: --answers: tree access has no question "__proto__"$/m],
    ['an answer not offered', ['walk', '--tree', 'access', '--answers', '{"access.1":"maybe"}'], /^triage: --answers: "maybe" is not an answer of access\.1 \(offered: yes, no\b.*\)$/m],
    ['a settings file that is not an object', ['walk', '--tree', 'access', '--settings', file('list.json', [])], /^triage: --settings FILE must hold a JSON object/],
    ['a settings value that is wrong', ['walk', '--tree', 'access', '--settings', file('bad-settings.json', { tag_prefix: 'Bad Prefix!' })], /^triage: --settings .*: tag_prefix is not valid/],
  ])('%s', (_case, args, message) => {
    refused(triage(args), message);
  });

  it.each([['constructor', 'foo'], ['valueOf'], ['toString'], ['__proto__']])('a name of Object.prototype is no command: triage %s', (...args) => {
    const r = triage(args);
    refused(r, new RegExp(`^triage: unknown command "${args[0]}": use classify`));
    expect(r.status).toBe(2);
  });

  it.each([
    ['a device that never ends', '/dev/zero'],
    ['a directory', dir],
  ])('%s is refused as not a regular file, at once', (_case, path) => {
    const r = triage(['classify', '--org', path]);
    refused(r, /^triage: --org .*: not a regular file$/m);
    expect(r.status).toBe(2);
  });

  it('a file over the size cap is refused before it is read, and the message says the cap', () => {
    const big = file('big.json', `[${'0,'.repeat(600_000)}0]`);
    refused(triage(['classify', '--org', big]), /^triage: --org .*big\.json: 1200003 bytes, over the 1000000-byte cap$/m);
  });

  it('never prints what a file holds', () => {
    for (const content of ['{"name": "Confidential School 7731", ', 'Confidential School 7731 is not JSON']) {
      const r = triage(['walk', '--tree', 'access', '--settings', file('leaky.json', content)]);
      refused(r, /^triage: --settings .*leaky\.json: not valid JSON/);
      expect(r.stderr).not.toMatch(/Conf|7731/);
    }
  });

  it('echoes what the user typed on one line, cut to 80 characters', () => {
    const long = `${'x'.repeat(200)}\nsecond line`;
    const r = triage(['walk', '--tree', 'access', '--answers', JSON.stringify({ [long]: 'yes' })]);
    refused(r, /^triage: --answers: tree access has no question "x{79}…"$/m);
    refused(triage([`${'y'.repeat(200)}\n`]), /^triage: unknown command "y{79}…": use classify/);
  });

  it('a malformed CLEVER_TRIAGE_TODAY', () => {
    refused(triage(['classify', '--org', ssoOrg], { CLEVER_TRIAGE_TODAY: 'tomorrow' }), /^triage: CLEVER_TRIAGE_TODAY must be YYYY-MM-DD/);
  });
});
