import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allowDomains } from '../../scripts/package/allowDomains';

/** `--allow-domain` on manifest.json: a new host is added (and the app must be built again); a known one changes nothing. */
describe('adding a Jira host to the domain whitelist', () => {
  let dir: string;
  let path: string;
  const whitelist = () => (JSON.parse(readFileSync(path, 'utf8')) as { domainWhitelist?: string[] }).domainWhitelist;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'allow-domain-'));
    path = join(dir, 'manifest.json');
    writeFileSync(path, `${JSON.stringify({ name: 'App' }, null, 2)}\n`);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a manifest without a whitelist gets one with the host, and says it changed', () => {
    expect(allowDomains(path, ['district.atlassian.net'])).toBe(true);
    expect(whitelist()).toEqual(['district.atlassian.net']);
  });

  it('a host already there is not added twice, and nothing is written', () => {
    allowDomains(path, ['district.atlassian.net']);
    const written = statSync(path).mtimeMs;
    expect(allowDomains(path, ['district.atlassian.net'])).toBe(false);
    expect(whitelist()).toEqual(['district.atlassian.net']);
    expect(statSync(path).mtimeMs).toBe(written);
    expect(allowDomains(path, ['district.atlassian.net', '*.example.org'])).toBe(true);
    expect(whitelist()).toEqual(['district.atlassian.net', '*.example.org']);
  });
});
