import { ageParts, sortByAge, toRows } from '../../../src/app/queue/rows';
import type { Tree } from '../../../src/triage/tree';
import { TREES } from '../../../src/trees';
import type { FoundTicket } from '../../../src/zendesk/search';

const NOW = Date.parse('2026-11-22T12:00:00Z');
const HOUR = 3_600_000;
const escalating = Object.values(TREES.access.outcomes).find((o) => o.escalationTags.includes('escalated_tier2'))!;
const resolved = Object.values(TREES.access.outcomes).find((o) => o.kind === 'resolved')!;

const ticket = (id: number, tags: string[], hoursOld: number | null): FoundTicket => ({
  id,
  subject: `T${id}`,
  status: 'open',
  tags,
  createdAt: hoursOld === null ? null : new Date(NOW - hoursOld * HOUR).toISOString(),
  updatedAt: null,
  organizationId: null,
  type: null,
});

describe('a queue row, from the ticket’s tags alone', () => {
  it('a Tier 1 escalation written by the app: its district, its outcome, a packet checked when written', () => {
    const [row] = toRows([ticket(1, ['clever_district_rostering', `clever_outcome_${escalating.id}`, 'clever_escalated_tier2'], 30)], TREES, 'clever_', NOW);
    expect(row).toMatchObject({ id: 1, district: 'clever-rostering', outcome: { id: escalating.id, outcome: escalating }, ageMs: 30 * HOUR, returnedBefore: false });
    expect(['complete', 'required']).toContain(row!.packet);
    expect(row!.packet).toBe(escalating.collect.every((f) => f.required === true) ? 'complete' : 'required');
  });

  it('a ticket walked twice counts its escalation, not the earlier outcome; a return before is shown', () => {
    const tags = [`clever_outcome_${resolved.id}`, `clever_outcome_${escalating.id}`, 'clever_escalated_tier2', 'clever_tier2_returned'];
    expect(toRows([ticket(2, tags, 1)], TREES, 'clever_', NOW)[0]).toMatchObject({ outcome: { id: escalating.id }, returnedBefore: true });
  });

  it('escalated by hand: no district tag, no outcome, no packet', () => {
    expect(toRows([ticket(3, ['clever_escalated_tier2'], 5)], TREES, 'clever_', NOW)[0]).toMatchObject({ district: null, outcome: null, packet: 'none' });
  });

  it('an outcome tag of another version of the procedure is named as unknown', () => {
    expect(toRows([ticket(4, ['clever_outcome_retired_outcome'], 5)], TREES, 'clever_', NOW)[0]).toMatchObject({
      outcome: { id: 'retired_outcome', outcome: null },
      packet: 'unknown',
    });
    // An object's inherited names are not outcomes.
    expect(toRows([ticket(5, ['clever_outcome_constructor'], 5)], TREES, 'clever_', NOW)[0]!.packet).toBe('unknown');
  });

  it('follows the tag prefix from settings', () => {
    const trees: Record<string, Tree> = TREES;
    expect(toRows([ticket(6, ['vhl_district_sso', 'clever_district_rostering'], 5)], trees, 'vhl_', NOW)[0]!.district).toBe('clever-sso');
  });

  it('a result without a date has no age', () => {
    expect(toRows([ticket(7, [], null)], TREES, 'clever_', NOW)[0]!.ageMs).toBeNull();
  });
});

describe('sorting the queue by age', () => {
  const rows = toRows([ticket(1, [], 2), ticket(2, [], null), ticket(3, [], 50), ticket(4, [], 2)], TREES, 'clever_', NOW);
  it('oldest first, or newest first; unknown ages last either way; ties by ticket number', () => {
    expect(sortByAge(rows, 'oldest').map((r) => r.id)).toEqual([3, 1, 4, 2]);
    expect(sortByAge(rows, 'newest').map((r) => r.id)).toEqual([1, 4, 3, 2]);
  });
  it('says hours below two days, whole days from then', () => {
    expect(ageParts(47 * HOUR)).toEqual({ unit: 'hours', value: 47 });
    expect(ageParts(49 * HOUR)).toEqual({ unit: 'days', value: 2 });
  });
});
