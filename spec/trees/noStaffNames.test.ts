import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_SETTINGS } from '../../src/triage/settings';
import { TREES } from '../../src/trees';

/**
 * The written procedure the trees come from names staff (the Jira recipients, the supervisor group's members) and a
 * support phone number; the app carries roles filled from settings instead. These are the ones it names.
 */
const STAFF = ['800.521.6516', 'Edison Gomez', 'Eric Mack', 'Herbert Mena', 'Julian Mantilla', 'Tina Desprez'];

/** The addresses of the procedure's Clever Support list; its phone is left out on purpose. */
const CLEVER_SUPPORT = ['enterprise-support@clever.com', 'clever.com', 'support.clever.com'];

const SRC = resolve(__dirname, '../../src');

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
  it('would catch a name by any of its parts and the phone in any punctuation', () => {
    const caught = (text: string) => STAFF.filter((person) => patternsFor(person).some((p) => p.test(text)));
    expect(caught('if Herbert or Edison are not available, call (800) 521-6516')).toEqual(['800.521.6516', 'Edison Gomez', 'Herbert Mena']);
    expect(caught('Mackenzie, Ericsson, 800.521.65')).toEqual([]);
  });

  it('no tree text names them', () => {
    const text = JSON.stringify(TREES);
    for (const person of STAFF) for (const pattern of patternsFor(person)) expect({ person, found: pattern.test(text) }).toEqual({ person, found: false });
  });

  it('no file under src/ names them', () => {
    for (const file of filesUnder(SRC)) {
      const text = readFileSync(file, 'utf8');
      for (const person of STAFF) {
        for (const pattern of patternsFor(person)) expect({ file, person, found: pattern.test(text) }).toEqual({ file, person, found: false });
      }
    }
  });
});

describe('Clever Support, as the procedure lists it', () => {
  it('is the role_clever_support default, one address a line', () => {
    const lines = DEFAULT_SETTINGS.role_clever_support.split('\n').map((line) => line.slice(line.indexOf(':') + 1).trim());
    expect(CLEVER_SUPPORT.filter((a) => !lines.includes(a))).toEqual([]);
  });
});
