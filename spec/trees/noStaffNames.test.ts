import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_SETTINGS } from '../../src/triage/settings';
import { TREES } from '../../src/trees';

/**
 * The procedure names staff and a phone number; the app carries roles filled from settings
 * instead. The names are read from the seed itself, so a name the seed adds is caught too.
 */

const SEEDS = resolve(__dirname, '../../../shared/seeds');
const SRC = resolve(__dirname, '../../src');

function procedureSeed(): string {
  const texts = readdirSync(SEEDS).map((f) => readFileSync(join(SEEDS, f), 'utf8'));
  const seed = texts.find((t) => t.includes('Tier 1 Troubleshooting Access Issues'));
  if (seed === undefined) throw new Error(`no seed in ${SEEDS} holds the Tier 1 procedure`);
  return seed;
}

/** The people and phone numbers the seed names: the Jira recipient, the supervisor group, the support phone. */
function staffInSeed(seed: string): string[] {
  const supervisors = /TS Supervisor group \(([^)]*)\)/.exec(seed)?.[1]?.split(/,\s*/) ?? [];
  const jira = [...seed.matchAll(/\b(?:reported|escalated) to ([A-Z][a-z]+ [A-Z][a-z]+) via J(?:ira|IRA)\b/g)].map((m) => m[1] ?? '');
  const phones = [...seed.matchAll(/\b\d{3}\.\d{3}\.\d{4}\b/g)].map((m) => m[0]);
  return [...new Set([...supervisors, ...jira, ...phones])].sort();
}

/** A name is caught whole or by any of its parts ("if Herbert or Edison are not available"); a phone in any punctuation. */
function patternsFor(staff: string): RegExp[] {
  if (/^\d/.test(staff)) return [new RegExp(staff.split('.').join('\\D{0,2}'))];
  return staff.split(' ').map((part) => new RegExp(`\\b${part}\\b`));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('no staff name or phone number from the procedure in the app', () => {
  const staff = staffInSeed(procedureSeed());

  it('finds every person and phone number the seed names', () => {
    expect(staff).toEqual(['800.521.6516', 'Edison Gomez', 'Eric Mack', 'Herbert Mena', 'Julian Mantilla', 'Tina Desprez']);
  });

  it('no tree text names them', () => {
    const text = JSON.stringify(TREES);
    for (const person of staff) for (const pattern of patternsFor(person)) expect({ person, found: pattern.test(text) }).toEqual({ person, found: false });
  });

  it('no file under src/ names them', () => {
    for (const file of filesUnder(SRC)) {
      const text = readFileSync(file, 'utf8');
      for (const person of staff) {
        for (const pattern of patternsFor(person)) expect({ file, person, found: pattern.test(text) }).toEqual({ file, person, found: false });
      }
    }
  });
});

describe('Clever Support, as the seed lists it', () => {
  /** The addresses of the seed's Clever Support list ("Support email: …", "Support Help Center: clever.com", …); the phone is left out on purpose. */
  const addresses = [...procedureSeed().matchAll(/^\s*•\s*[^:\n]+:\s*([\w.-]+(?:@[\w.-]+)?\.[a-z]+)\s*$/gm)].map((m) => m[1] ?? '');

  it('is the role_clever_support default, one address a line', () => {
    expect(addresses).toEqual(['enterprise-support@clever.com', 'clever.com', 'support.clever.com']);
    const lines = DEFAULT_SETTINGS.role_clever_support.split('\n').map((line) => line.slice(line.indexOf(':') + 1).trim());
    expect(addresses.filter((a) => !lines.includes(a))).toEqual([]);
  });
});
