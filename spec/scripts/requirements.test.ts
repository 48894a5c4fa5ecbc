import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatJson } from '../../scripts/manifest/generate';
import { requirements } from '../../scripts/validate/requirements';
import { REQUIREMENT, requirementsFor } from '../../src/triage/requirements';
import { DEFAULT_SETTINGS } from '../../src/triage/settings';

const root = join(__dirname, '../..');
const read = (file: string): string => readFileSync(join(root, file), 'utf8');

type View = { title: string; all: Array<{ field: string; operator: string; value: string }>; output: { sort_by: string; sort_order: string } };
const viewsOf = (json: unknown) => (json as { views: Record<string, View> }).views;

describe('requirements.json: what Zendesk creates at install', () => {
  it('is what npm run manifest writes, with the tags of the default prefix', () => {
    expect(read('requirements.json')).toBe(formatJson(requirementsFor(DEFAULT_SETTINGS.tag_prefix)));
  });

  it('"Clever: escalated to Tier 2" shows open tickets tagged clever_escalated_tier2, oldest first', () => {
    const view = viewsOf(JSON.parse(read('requirements.json')))[REQUIREMENT.escalatedView];
    expect(view?.title).toBe('Clever: escalated to Tier 2');
    expect(view?.all).toEqual([
      { field: 'status', operator: 'less_than', value: 'solved' },
      { field: 'current_tags', operator: 'includes', value: 'clever_escalated_tier2' },
    ]);
    expect(view?.output).toMatchObject({ sort_by: 'created', sort_order: 'asc' });
  });

  it('"Clever: returned to Tier 1" shows open tickets tagged clever_tier2_returned', () => {
    const view = viewsOf(JSON.parse(read('requirements.json')))[REQUIREMENT.returnedView];
    expect(view?.title).toBe('Clever: returned to Tier 1');
    expect(view?.all).toContainEqual({ field: 'current_tags', operator: 'includes', value: 'clever_tier2_returned' });
  });

  it('declares a text ticket field for the outcome id', () => {
    const fields = (JSON.parse(read('requirements.json')) as { ticket_fields: Record<string, { type: string }> }).ticket_fields;
    expect(fields[REQUIREMENT.outcomeField]?.type).toBe('text');
  });

  it("another prefix gives the views that prefix's tags", () => {
    const values = Object.values(viewsOf(requirementsFor('vhl_'))).map((v) => v.all[1]?.value);
    expect(values).toEqual(['vhl_escalated_tier2', 'vhl_tier2_returned']);
  });

  it('passes the validator’s requirements rule', () => {
    const app = { files: [{ path: 'requirements.json', kind: 'file' as const, bytes: Buffer.from(read('requirements.json')) }] };
    expect(requirements(app)).toEqual([]);
  });
});
