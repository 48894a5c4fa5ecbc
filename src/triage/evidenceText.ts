import type { Evidence, ReadingCode } from './snapshot';

/**
 * What each reading of classify()'s evidence says in English: the note and the CLI print these
 * words. The sidebar says the same from the codes in the agent's language (`evidence.*` in the
 * translations); this module stays off its first screen. `{current}` is the current academic year.
 */
export const READING: Readonly<Record<ReadingCode, string>> = {
  noOrg: 'the ticket has no organization',
  noParent: 'no parent account',
  parent: 'the school belongs to this parent account (district)',
  notADistrict: 'names no district (a yes/no, a zero or a placeholder), so it counts as empty: correct this organization field',
  noParentId: 'no parent account id',
  parentId: 'the district has this parent account id',
  noLms: 'no LMS value',
  sso: 'names the Clever SSO integration',
  rostering: 'names the Clever Rostering integration',
  both: 'names both Clever SSO and Clever Rostering, so the integration type is unclear',
  clever: 'mentions Clever but not which integration',
  none: 'does not mention a Clever integration',
  oldYear: 'an academic year older than the current one ({current}): check the district is still live',
  parentNotClever: 'the fields disagree: a parent account but the LMS field does not mention Clever; check the school in support tools',
  cleverNoParent: 'the fields disagree: the LMS field or tags name Clever but there is no parent account; check the school in support tools',
};

/** A piece of evidence's reading in English words (a walk saved before the codes brings its own). */
export function readingText(evidence: Evidence): string {
  if (!('code' in evidence)) return evidence.reading;
  const { code, vars } = evidence;
  return READING[code].replace(/\{(\w+)\}/g, (whole, name: string) => vars?.[name] ?? whole);
}
