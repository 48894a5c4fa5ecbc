import fc from 'fast-check';
import { academicYearIn, academicYearStart, classify, saysPhrase } from '../../src/triage/classify';
import { ENGLISH } from '../../src/app/shell/i18n/catalog';
import { READING, readingText } from '../../src/triage/evidenceText';
import { DEFAULT_SETTINGS, parseSettings } from '../../src/triage/settings';
import { READING_CODES, type Evidence } from '../../src/triage/snapshot';
import { DISTRICT_KINDS } from '../../src/triage/tree';

const today = new Date('2025-10-15T12:00:00Z');
const org = (fields: Record<string, unknown>, tags: unknown = []) => ({ id: 1, name: 'Springfield High', tags, organizationFields: fields });
/** The evidence as the note and the CLI print it: its reading in English words. */
const inEnglish = (evidence: Evidence[]) => evidence.map((e) => ({ field: e.field, value: e.value, reading: readingText(e) }));
const lastReading = (evidence: Evidence[]) => inEnglish(evidence).at(-1)?.reading;

const PARENT = { parent_account: 'Springfield Unified School District', parent_account_id: '0013000001AbCdE' };

describe('classifying the school’s organization (access step 1)', () => {
  it.each([
    ['parent account and LMS “Clever SSO District AY 2017-2018”', 'clever-sso', { ...PARENT, lms: 'Clever SSO District AY 2017-2018' }],
    ['parent account and LMS “Clever Rostering District AY 2017-2018”', 'clever-rostering', { ...PARENT, lms: 'Clever Rostering District AY 2017-2018' }],
    ['odd spacing and case “clever  sso”', 'clever-sso', { ...PARENT, lms: 'clever  sso' }],
    ['shouting with extra words “CLEVER rostering district”', 'clever-rostering', { ...PARENT, lms: 'CLEVER rostering district' }],
    ['a dropdown’s tag-like value', 'clever-sso', { ...PARENT, lms: 'clever_sso_district_ay_2017_2018' }],
    ['a multi-select list', 'clever-rostering', { ...PARENT, lms: ['canvas', 'clever_rostering_district'] }],
    ['only the Parent Account ID filled', 'clever-sso', { parent_account_id: '0013000001AbCdE', lms: 'Clever SSO' }],
    ['a parent account but an empty LMS field', 'clever-unknown-type', { ...PARENT }],
    ['a parent account and an LMS saying only “Clever”', 'clever-unknown-type', { ...PARENT, lms: 'Clever District AY 2018-2019' }],
    ['an LMS naming both integrations', 'clever-unknown-type', { ...PARENT, lms: 'Clever SSO and Clever Rostering' }],
    ['no parent account and no LMS', 'not-clever', {}],
    ['no parent account and another LMS', 'not-clever', { lms: 'Canvas' }],
    ['no parent account and an LMS naming both integrations (the kind follows the LMS)', 'clever-unknown-type', { lms: 'Clever SSO and Clever Rostering' }],
    ['no parent account and an LMS saying only “Clever” (the kind follows the LMS)', 'clever-unknown-type', { lms: 'Clever District' }],
  ])('%s → %s', (_case, kind, fields) => {
    expect(classify(org(fields), DEFAULT_SETTINGS, today).kind).toBe(kind);
  });

  it('a multi-select field’s options are read one by one: “Clever” and “Rostering” do not make “Clever Rostering”', () => {
    const split = classify(org({ ...PARENT, lms: ['Clever', 'Rostering'] }), DEFAULT_SETTINGS, today);
    expect(split.kind).toBe('clever-unknown-type');
    expect(inEnglish(split.evidence)).toContainEqual({ field: 'lms', value: 'Clever, Rostering', reading: 'mentions Clever but not which integration' });
    // One option per integration names both: the type is unclear.
    expect(classify(org({ ...PARENT, lms: ['clever_sso', 'clever_rostering'] }), DEFAULT_SETTINGS, today).kind).toBe('clever-unknown-type');
    // An academic year inside one option still counts.
    expect(classify(org({ ...PARENT, lms: ['canvas', 'Clever SSO AY 2017-2018'] }), DEFAULT_SETTINGS, today)).toMatchObject({ kind: 'clever-sso', academicYear: '2017-2018', stale: true });
  });

  it.each([false, true, 0, '0', 'false', 'None', 'n/a', '-'])('%p in Parent Account and Parent Account ID is no parent account, and the evidence says to correct the field', (value) => {
    const c = classify(org({ parent_account: value, parent_account_id: value }), DEFAULT_SETTINGS, today);
    expect(c.kind).toBe('not-clever');
    expect(c.conflict).toBe(false);
    const reading = 'names no district (a yes/no, a zero or a placeholder), so it counts as empty: correct this organization field';
    expect(inEnglish(c.evidence).slice(0, 2)).toEqual([
      { field: 'parent_account', value: String(value), reading },
      { field: 'parent_account_id', value: String(value), reading },
    ]);
    // With a Clever LMS value the fields disagree, as with an empty Parent Account.
    expect(classify(org({ parent_account: value, lms: 'Clever SSO' }), DEFAULT_SETTINGS, today)).toMatchObject({ kind: 'clever-sso', conflict: true });
  });

  it('a zero inside a real id, or a district named with digits, is a parent account', () => {
    expect(classify(org({ parent_account_id: '0013000001' }), DEFAULT_SETTINGS, today).kind).toBe('clever-unknown-type');
    expect(classify(org({ parent_account: 'District 10' }), DEFAULT_SETTINGS, today).kind).toBe('clever-unknown-type');
  });

  it('bidi overrides and zero-width characters in a field never reach the evidence (the note and the sidebar show it)', () => {
    const c = classify(org({ parent_account: 'Spring\u202efield\u202c USD', parent_account_id: '0013\u200b000001', lms: 'Clever\u2066 SSO\u2069\ufeff' }), DEFAULT_SETTINGS, today);
    expect(c.kind).toBe('clever-sso');
    expect(c.evidence.map((e) => e.value)).toEqual(['Springfield USD', '0013000001', 'Clever SSO']);
  });

  it('an organization missing, or not an object, is no organization', () => {
    for (const value of [null, undefined, 42, 'org', ['a'], true]) {
      expect(classify(value, DEFAULT_SETTINGS, today)).toEqual({
        kind: 'no-organization',
        academicYear: null,
        stale: false,
        conflict: false,
        evidence: [{ field: 'organization', value: '(none)', code: 'noOrg' }],
      });
    }
  });

  it('names each field key and value it used', () => {
    const c = classify(org({ ...PARENT, lms: 'Clever SSO District AY 2025-2026' }), DEFAULT_SETTINGS, today);
    expect(c.evidence).toEqual([
      { field: 'parent_account', value: 'Springfield Unified School District', code: 'parent' },
      { field: 'parent_account_id', value: '0013000001AbCdE', code: 'parentId' },
      { field: 'lms', value: 'Clever SSO District AY 2025-2026', code: 'sso' },
    ]);
    expect(inEnglish(c.evidence)).toEqual([
      { field: 'parent_account', value: 'Springfield Unified School District', reading: 'the school belongs to this parent account (district)' },
      { field: 'parent_account_id', value: '0013000001AbCdE', reading: 'the district has this parent account id' },
      { field: 'lms', value: 'Clever SSO District AY 2025-2026', reading: 'names the Clever SSO integration' },
    ]);
  });

  it('cuts long values to a readable length, on one line', () => {
    const c = classify(org({ ...PARENT, lms: `Clever SSO\n${'x'.repeat(10_000)}` }), DEFAULT_SETTINGS, today);
    const lms = c.evidence.find((e) => e.field === 'lms')!;
    expect(lms.value.length).toBeLessThanOrEqual(120);
    expect(lms.value).toMatch(/^Clever SSO x+…$/);
    expect(c.kind).toBe('clever-sso');
  });

  it('reads the field keys and the LMS wording from settings', () => {
    const { settings } = parseSettings({
      parent_account_field_key: 'district',
      parent_account_id_field_key: 'district_sfid',
      lms_field_key: 'integration',
      lms_sso_text: 'Clever Single Sign-On',
      lms_rostering_text: 'Clever Sync',
    });
    expect(classify(org({ district: 'Springfield', integration: 'clever single sign on 2019-20' }), settings, today).kind).toBe('clever-sso');
    expect(classify(org({ district: 'Springfield', integration: 'CLEVER SYNC' }), settings, today).kind).toBe('clever-rostering');
    expect(classify(org({ ...PARENT, lms: 'Clever SSO' }), settings, today).kind).toBe('not-clever');
  });

  it('reads the ZAF and the REST spelling of the organization fields', () => {
    expect(classify({ organization_fields: { ...PARENT, lms: 'Clever SSO' } }, DEFAULT_SETTINGS, today).kind).toBe('clever-sso');
  });
});

describe('organization tags', () => {
  it('say the integration when the LMS field does not', () => {
    const c = classify(org({ ...PARENT }, ['vip', 'clever_rostering_district_ay_2024_2025']), DEFAULT_SETTINGS, today);
    expect(c).toMatchObject({ kind: 'clever-rostering', academicYear: '2024-2025', stale: true, conflict: false });
    expect(inEnglish(c.evidence)).toContainEqual({ field: 'tags', value: 'clever_rostering_district_ay_2024_2025', reading: 'names the Clever Rostering integration' });
  });

  it('do not overrule the LMS field', () => {
    expect(classify(org({ ...PARENT, lms: 'Clever SSO' }, ['clever_rostering']), DEFAULT_SETTINGS, today).kind).toBe('clever-sso');
  });

  it('that disagree leave the type unknown', () => {
    expect(classify(org({ ...PARENT }, ['clever_sso', 'clever_rostering']), DEFAULT_SETTINGS, today).kind).toBe('clever-unknown-type');
  });
});

describe('conflicts between Parent Account and LMS', () => {
  it('an LMS saying Clever with no parent account is a conflict; the kind follows the LMS', () => {
    const c = classify(org({ lms: 'Clever SSO District AY 2017-2018' }), DEFAULT_SETTINGS, today);
    expect(c).toMatchObject({ kind: 'clever-sso', conflict: true });
    expect(lastReading(c.evidence)).toMatch(/no parent account/);
  });

  it('a parent account with an LMS that is not Clever is a conflict', () => {
    const c = classify(org({ ...PARENT, lms: 'Canvas' }), DEFAULT_SETTINGS, today);
    expect(c).toMatchObject({ kind: 'clever-unknown-type', conflict: true });
    expect(c.evidence.at(-1)).toMatchObject({ code: 'parentNotClever' });
    expect(lastReading(c.evidence)).toMatch(/^the fields disagree: a parent account but the LMS field does not mention Clever/);
  });

  it.each([
    ['both integrations', 'Clever SSO and Clever Rostering AY 2024-2025'],
    ['only “Clever”', 'Clever District'],
  ])('an LMS naming %s with no parent account is a conflict of unknown type, and the evidence says the fields disagree', (_case, lms) => {
    const c = classify(org({ lms }), DEFAULT_SETTINGS, today);
    expect(c).toMatchObject({ kind: 'clever-unknown-type', conflict: true });
    expect(c.evidence.at(-1)).toMatchObject({ code: 'cleverNoParent' });
    expect(lastReading(c.evidence)).toMatch(/^the fields disagree: the LMS field or tags name Clever but there is no parent account/);
  });

  it('an empty LMS field is no conflict', () => {
    expect(classify(org({ ...PARENT }), DEFAULT_SETTINGS, today).conflict).toBe(false);
  });
});

describe('negated wording', () => {
  it.each([
    ['Not Clever SSO'],
    ['Clever non-SSO district'],
    ['no Clever Rostering'],
    ['not a Clever Rostering district'],
    ['no longer Clever SSO'],
  ])('“%s” names no integration', (lms) => {
    const c = classify(org({ ...PARENT, lms }), DEFAULT_SETTINGS, today);
    expect(c.kind).toBe('clever-unknown-type');
    expect(inEnglish(c.evidence).find((e) => e.field === 'lms')?.reading).not.toMatch(/names the Clever (SSO|Rostering) integration/);
  });

  it('a negated integration beside a plain one reads as the plain one', () => {
    expect(classify(org({ ...PARENT, lms: 'Clever Rostering, not Clever SSO' }), DEFAULT_SETTINGS, today).kind).toBe('clever-rostering');
    expect(classify(org({ ...PARENT, lms: 'NOT clever_sso; CLEVER  SSO District' }), DEFAULT_SETTINGS, today).kind).toBe('clever-sso');
  });

  it('“Non-Clever” does not mention Clever: with a parent account it is a conflict, without one no Clever district', () => {
    expect(classify(org({ ...PARENT, lms: 'Non-Clever school' }), DEFAULT_SETTINGS, today)).toMatchObject({ kind: 'clever-unknown-type', conflict: true });
    expect(classify(org({ lms: 'Non-Clever school' }), DEFAULT_SETTINGS, today)).toMatchObject({ kind: 'not-clever', conflict: false });
  });

  it('a negated tag names nothing either', () => {
    expect(classify(org({ ...PARENT }, ['not_clever_sso']), DEFAULT_SETTINGS, today).kind).toBe('clever-unknown-type');
  });

  it('a word that merely ends in “no” does not negate', () => {
    expect(classify(org({ ...PARENT, lms: 'Reno Clever SSO District' }), DEFAULT_SETTINGS, today).kind).toBe('clever-sso');
  });
});

describe('the academic year', () => {
  it.each([
    ['Clever SSO District AY 2017-2018', '2017-2018'],
    ['Clever SSO District 2017-18', '2017-2018'],
    ['Clever SSO AY17-18', '2017-2018'],
    ['clever_sso_district_ay_2017_2018', '2017-2018'],
    ['Clever SSO 2017/2018', '2017-2018'],
    ['AY 2016-2017, renewed AY 2019-2020', '2019-2020'],
    ['Clever SSO', null],
    ['Clever SSO District 12 13', null],
    ['Clever SSO 2017-2019', null],
    ['Clever SSO 2018', null],
  ])('in “%s” is %s', (text, year) => {
    expect(academicYearIn(text)?.label ?? null).toBe(year);
  });

  it.each([
    ['2025-06-30', 2024],
    ['2025-07-01', 2025],
    ['2026-01-15', 2025],
  ])('on %s the current academic year starts in %i (1 July – 30 June)', (date, start) => {
    expect(academicYearStart(new Date(`${date}T00:00:00Z`))).toBe(start);
  });

  it('is stale when older than the current academic year', () => {
    const lms = { ...PARENT, lms: 'Clever SSO District AY 2024-2025' };
    expect(classify(org(lms), DEFAULT_SETTINGS, new Date('2025-06-30T00:00:00Z')).stale).toBe(false);
    const later = classify(org(lms), DEFAULT_SETTINGS, new Date('2025-07-01T00:00:00Z'));
    expect(later.stale).toBe(true);
    expect(later.evidence).toContainEqual({ field: 'lms', value: '2024-2025', code: 'oldYear', vars: { current: '2025-2026' } });
    expect(inEnglish(later.evidence)).toContainEqual({ field: 'lms', value: '2024-2025', reading: 'an academic year older than the current one (2025-2026): check the district is still live' });
  });

  it('is never stale against an invalid date', () => {
    expect(classify(org({ ...PARENT, lms: 'Clever SSO AY 2010-2011' }), DEFAULT_SETTINGS, new Date('nope')).stale).toBe(false);
  });
});

describe('the matcher', () => {
  it('allows one extra word between the words of the wording, not more', () => {
    expect(saysPhrase('clever_district_sso', 'Clever SSO')).toBe(true);
    expect(saysPhrase('Clever SSO; Canvas Rostering', 'Clever Rostering')).toBe(false);
  });

  it('does not take a negated mention, before the wording or as the word inside it', () => {
    expect(saysPhrase('Not Clever SSO', 'Clever SSO')).toBe(false);
    expect(saysPhrase('clever_non_sso', 'Clever SSO')).toBe(false);
    expect(saysPhrase('without the Clever SSO', 'Clever SSO')).toBe(false);
    expect(saysPhrase('Not yet live: Clever SSO', 'Clever SSO')).toBe(true);
  });
});

describe('properties', () => {
  const anyValue = fc.oneof(fc.anything(), fc.string({ maxLength: 10_000 }), fc.array(fc.string()), fc.constant(null));
  const anyOrg = fc.oneof(
    anyValue,
    fc.record({ tags: anyValue, organizationFields: fc.oneof(anyValue, fc.dictionary(fc.constantFrom('parent_account', 'parent_account_id', 'lms', 'x'), anyValue)) }),
  );

  it('is total and deterministic over any input', () => {
    fc.assert(
      fc.property(anyOrg, fc.date({ noInvalidDate: false }), (input, day) => {
        const a = classify(input, DEFAULT_SETTINGS, day);
        expect(DISTRICT_KINDS).toContain(a.kind);
        expect(classify(input, DEFAULT_SETTINGS, day)).toEqual(a);
        for (const e of a.evidence) {
          expect(READING_CODES).toContain('code' in e ? e.code : undefined);
          expect(readingText(e)).not.toMatch(/\{\w+\}/);
          expect(typeof e.value).toBe('string');
          expect(e.value.length).toBeLessThanOrEqual(120);
        }
      }),
    );
  });

  it('survives 10,000-character values in every field', () => {
    const long = 'Clever SSO AY 2017-2018 '.repeat(420).slice(0, 10_000);
    const c = classify(org({ parent_account: long, parent_account_id: long, lms: long }, [long]), DEFAULT_SETTINGS, today);
    expect(c).toMatchObject({ kind: 'clever-sso', academicYear: '2017-2018' });
  });

  it('survives an organization whose getters throw', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); }, has: () => true, getOwnPropertyDescriptor: () => { throw new Error('boom'); } });
    expect(classify({ organizationFields: hostile, tags: hostile }, DEFAULT_SETTINGS, today).kind).toBe('not-clever');
  });
});

describe('readings as codes', () => {
  it('every code has its English words, and the sidebar’s English says the same', () => {
    expect(Object.keys(READING).sort()).toEqual([...READING_CODES].sort());
    for (const code of READING_CODES) expect([code, ENGLISH[`evidence.${code}`]]).toEqual([code, READING[code]]);
  });

  it('a walk saved before the codes keeps its English reading', () => {
    expect(readingText({ field: 'lms', value: 'Canvas', reading: 'does not mention a Clever integration' })).toBe('does not mention a Clever integration');
  });
});
