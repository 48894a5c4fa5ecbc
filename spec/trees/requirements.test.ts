import { view, walk } from '../../src/triage/engine';
import { checkPacket, isRequired, outcomeForDistrict } from '../../src/triage/packet';
import type { Classification } from '../../src/triage/snapshot';
import { DISTRICT_KINDS, TREE_IDS, type DistrictKind } from '../../src/triage/tree';
import { TREES } from '../../src/trees';
import { allPaths } from '../triage/helpers/paths';

/**
 * What each outcome requires before it can be written, against the organizations that can reach
 * it. A field the organization cannot have must not be required there: an agent would have to
 * invent it to write the note.
 */

const classification = (kind: DistrictKind): Classification => ({ kind, academicYear: null, stale: false, conflict: false, evidence: [] });

/** Fields about the school's district, and Clever ids: a school outside any Clever district has none of them. */
const DISTRICT_FIELD = /^district_|clever_id$/;

/**
 * The answers that say the school is in a district: access step 1 “Yes — a Clever district”,
 * transfers step 1 (a transfer “within the Clever district”), Tier 2 step 1 (the district's
 * integration was approved). Past them the district exists, whatever the organization record says.
 */
const IN_A_DISTRICT: readonly string[] = ['access.1=yes', 'transfers.1=yes', 'tier2.1=yes', 'tier2.1=no_not_live'];

/** Organizations that may belong to no district: no parent account on the record, or no record. */
const NO_DISTRICT_ON_RECORD: readonly DistrictKind[] = ['not-clever', 'no-organization'];

describe('every outcome’s required fields, against the organizations that reach it', () => {
  // Each path to an outcome that asks about the district or a Clever id.
  const cases = TREE_IDS.flatMap((id) =>
    allPaths(TREES[id]).flatMap((path) => {
      const outcome = TREES[id].outcomes[path.outcome];
      const districtFields = (outcome?.collect ?? []).filter((f) => DISTRICT_FIELD.test(f.id));
      return districtFields.length === 0 ? [] : [{ id, path, outcome: path.outcome }];
    }),
  );

  it('finds the outcomes that ask about the district or a Clever id (the audit covers them)', () => {
    expect(new Set(cases.map((c) => `${c.id}/${c.outcome}`))).toEqual(
      new Set([
        'access/refer_sales_new_integration',
        'access/escalate_integration_status',
        'access/escalate_school_district_association',
        'access/sso_enrollment_error',
        'access/rostering_sync_escalate',
        'access/escalate_other_content',
        'transfers/sso_transfer_escalate',
        'tier2/rostering_escalate_supervisor',
        'tier2/dashboard_lookup_escalate_supervisor',
        'tier2/not_in_district_data',
        'tier2/escalate_via_jira',
      ]),
    );
  });

  it.each(NO_DISTRICT_ON_RECORD)('for a school with no district on record (%s), a district field is required only past an answer that says there is one', (kind) => {
    const wrong = cases.flatMap(({ id, path, outcome }) => {
      if (path.answers.some((a) => IN_A_DISTRICT.includes(`${a.node}=${a.answer}`))) return [];
      const settled = outcomeForDistrict(TREES[id].outcomes[outcome]!, kind);
      // With every choice of the packet made, so a field required by a choice counts too.
      const choices = Object.fromEntries(settled.collect.flatMap((f) => (f.kind === 'choice' ? f.choices.map((c) => [f.id, c.id]) : [])));
      return settled.collect.filter((f) => DISTRICT_FIELD.test(f.id) && isRequired(f, choices)).map((f) => `${outcome}.${f.id} via ${path.answers.map((a) => `${a.node}=${a.answer}`).join(' ')}`);
    });
    expect(wrong).toEqual([]);
  });

  it('settles every field for every organization: none is left depending on the district', () => {
    for (const id of TREE_IDS) {
      for (const outcome of Object.values(TREES[id].outcomes)) {
        for (const kind of DISTRICT_KINDS) {
          const open = outcomeForDistrict(outcome, kind).collect.filter((f) => typeof f.required === 'object' && 'unlessDistrict' in f.required);
          expect(open.map((f) => `${outcome.id}.${f.id}`)).toEqual([]);
        }
      }
    }
  });
});

describe('access step 1 “No”: the school and, when it has one, its district', () => {
  const SCHOOL_ONLY = { school_name: 'Maple Academy' };
  const requiredProblems = (kind: DistrictKind, step1: string) => {
    const state = walk(TREES.access, classification(kind), { 'access.1': step1 });
    const outcome = view(TREES.access, state).outcome;
    if (!outcome) throw new Error(`access.1=${step1} reached no outcome`);
    return checkPacket(outcome.collect, SCHOOL_ONLY).entries.filter((e) => e.problem?.code === 'required').map((e) => e.field.id);
  };

  it.each([
    ['no_wants_clever', 'refer to Sales'],
    ['no', 'escalate the integration status to Tier 2'],
  ])('%s (%s) is written with the school alone when the record names no district, or there is no record', (step1) => {
    expect(requiredProblems('not-clever', step1)).toEqual([]);
    expect(requiredProblems('no-organization', step1)).toEqual([]);
  });

  it.each([['no_wants_clever'], ['no']])('%s still asks for the district of a school whose record has a parent account', (step1) => {
    expect(requiredProblems('clever-unknown-type', step1)).toEqual(['district_name']);
  });

  it('the same outcome object for one organization, render after render', () => {
    const outcome = TREES.access.outcomes.refer_sales_new_integration!;
    expect(outcomeForDistrict(outcome, 'not-clever')).toBe(outcomeForDistrict(outcome, 'not-clever'));
    expect(outcomeForDistrict(TREES.access.outcomes.sso_enrollment_error!, 'not-clever')).toBe(TREES.access.outcomes.sso_enrollment_error);
  });
});
