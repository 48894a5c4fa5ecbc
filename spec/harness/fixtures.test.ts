import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILTIN_SEED, loadFixtures, parseFixtures } from '../../harness/fixtures';

const tempFile = (content: string): string => {
  const file = join(mkdtempSync(join(tmpdir(), 'fixtures-')), 'extra.json');
  writeFileSync(file, content);
  return file;
};

describe('fixtures', () => {
  it('the built-in fixtures are valid and complete', () => {
    const { seed, problems } = loadFixtures();
    expect(problems).toEqual([]);
    expect(seed.tickets.map((t) => t.label)).toEqual(BUILTIN_SEED.tickets.map((t) => t.label));
  });

  it('names a bad record, skips it, and keeps the good ones', () => {
    const { seed, problems } = parseFixtures(
      { organizations: [{ id: 9, name: 'Good' }, { id: 'ten', name: 3 }], widgets: [] },
      'extra.json',
    );
    expect(seed.organizations.map((o) => o.name)).toEqual(['Good']);
    expect(problems).toEqual([
      'extra.json: unknown key "widgets" (expected groups, users, organizations, tickets, ticket_fields, organization_fields)',
      expect.stringMatching(/^extra\.json: organizations\[1\] \(id "ten"\): id: .+; name: /),
    ]);
  });

  it('an unreadable file leaves the built-in fixtures working and says why', () => {
    const { seed, problems } = loadFixtures(tempFile('{ not json'));
    expect(seed.tickets).toHaveLength(BUILTIN_SEED.tickets.length);
    expect(problems).toEqual([expect.stringContaining('could not be read as JSON')]);
  });

  it('adds and replaces records from a file by id, and reports a ticket naming an organization that does not exist', () => {
    const file = tempFile(
      JSON.stringify({
        organizations: [{ id: 501, name: 'Renamed High School' }],
        tickets: [{ id: 900, subject: 'extra', requester_id: 2001, organization_id: 777 }],
      }),
    );
    const { seed, problems } = loadFixtures(file);
    expect(seed.organizations.find((o) => o.id === 501)?.name).toBe('Renamed High School');
    expect(seed.tickets.find((t) => t.id === 900)?.status).toBe('open');
    expect(problems).toEqual([`${file}: ticket 900 names organization 777, which is not in the fixtures`]);
  });
});
