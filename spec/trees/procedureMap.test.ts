import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TREE_IDS } from '../../src/triage/tree';
import { TREES } from '../../src/trees';

/** docs/procedure-map.md is what people read to trust the trees: it must name what the trees hold, and nothing else. */

const map = readFileSync(resolve(__dirname, '../../docs/procedure-map.md'), 'utf8');
const decisions = map.slice(map.indexOf('## Decisions'));
const quoted = new Set([...map.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? ''));

describe('the procedure map', () => {
  it('names every question and every outcome of every tree', () => {
    const missing = Object.values(TREES).flatMap((t) => [...Object.keys(t.nodes), ...Object.keys(t.outcomes)].filter((id) => !quoted.has(id)));
    expect(missing).toEqual([]);
  });

  it('names no question the trees do not have', () => {
    const nodeLike = new RegExp(`^(${TREE_IDS.join('|')})\\.[a-z0-9_.]+$`);
    const nodes = new Set(Object.values(TREES).flatMap((t) => Object.keys(t.nodes)));
    expect([...quoted].filter((q) => nodeLike.test(q) && !nodes.has(q))).toEqual([]);
  });

  it('lists, among its decisions, every outcome that records one', () => {
    const decided = Object.values(TREES).flatMap((t) => Object.values(t.outcomes).filter((o) => o.decision !== undefined).map((o) => o.id));
    expect(decided.filter((id) => !decisions.includes(`\`${id}\``))).toEqual([]);
  });
});
