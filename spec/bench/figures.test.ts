import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkBudgets, ratio, roundRatio } from '../../bench/budgets';
import { gzipSize, initialJs, lazyJs, scriptSources } from '../../bench/bundle';
import { median, quantile, spread } from '../../bench/stats';
import { answersToWritableOutcome } from '../../bench/write';
import { callsUntil, zafCallOf } from '../../bench/zafLog';
import type { Outcome, Tree } from '../../src/triage/tree';
import { TREES } from '../../src/trees';

/** Runs `fn` in a throwaway build folder (with its assets/), removed after. */
function inBuild(fn: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'bench-build-'));
  try {
    mkdirSync(join(dir, 'assets'));
    fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('initial JavaScript: the scripts the page loads at start', () => {
  it('reads every script src of the page, quoted or not, in order', () => {
    const html = `<script src="https://static.zdassets.com/zaf_sdk.min.js"></script><script src=../assets/app.1.js></script><script defer src='vendor.js'></script>`;
    expect(scriptSources(html)).toEqual(['https://static.zdassets.com/zaf_sdk.min.js', '../assets/app.1.js', 'vendor.js']);
  });

  it('counts the build’s own scripts gzipped, not the CDN SDK, and not a lazy chunk the page never names', () => {
    inBuild((dir) => {
      const app = Buffer.from('console.log("app");'.repeat(50));
      writeFileSync(join(dir, 'assets/app.1.js'), app);
      writeFileSync(join(dir, 'assets/outcome.2.js'), 'console.log("lazy");');
      writeFileSync(
        join(dir, 'assets/iframe.html'),
        '<script src=https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js></script><script src=../assets/app.1.js></script>',
      );
      const js = initialJs(dir);
      expect(js.scripts).toEqual([{ file: 'assets/app.1.js', bytes: app.length, gzipBytes: gzipSize(app) }]);
      expect(js.gzipBytes).toBe(gzipSize(app));
      expect(js.gzipBytes).toBeLessThan(app.length);
    });
  });

  it('counts as lazy chunks the build’s scripts fetched beyond the initial ones, each once', () => {
    inBuild((dir) => {
      writeFileSync(join(dir, 'assets/iframe.html'), '<script src=app.1.js></script>');
      writeFileSync(join(dir, 'assets/app.1.js'), 'console.log("app");');
      const walk = Buffer.from('console.log("walk");'.repeat(20));
      writeFileSync(join(dir, 'assets/walk.2.js'), walk);
      writeFileSync(join(dir, 'assets/logo.png'), 'png');
      const fetched = ['assets/iframe.html', 'assets/app.1.js', 'assets/walk.2.js', 'assets/logo.png', 'assets/walk.2.js'];
      expect(lazyJs(dir, fetched, initialJs(dir))).toEqual({
        scripts: [{ file: 'assets/walk.2.js', bytes: walk.length, gzipBytes: gzipSize(walk) }],
        gzipBytes: gzipSize(walk),
      });
    });
  });

  it('refuses a page that loads nothing of the build', () => {
    inBuild((dir) => {
      writeFileSync(join(dir, 'assets/iframe.html'), '<script src=https://example.com/x.js></script>');
      expect(() => initialJs(dir)).toThrow(/loads no script of the build/);
    });
  });
});

describe('ZAF calls in the host page’s message log', () => {
  const guid = '"appGuid":"g","instanceGuid":"g"';
  it('counts get, set, invoke and request from the app; not the handshake, events, or the host’s replies', () => {
    expect(zafCallOf(`app→host {"id":1,"request":"get","params":["ticket.id"],${guid}}`)).toBe('get');
    expect(zafCallOf(`app→host {"id":2,"request":"set","params":{"ticket.subject":"x"},${guid}}`)).toBe('set');
    expect(zafCallOf(`app→host {"id":3,"request":"invoke","params":{"resize":[{"height":"4px"}]},${guid}}`)).toBe('invoke');
    expect(zafCallOf(`app→host {"key":"request:1","message":{"url":"/api/v2/tickets/1.json"},${guid}}`)).toBe('request');
    expect(zafCallOf(`app→host {"key":"iframe.handshake","message":{"version":"2.0.9"},${guid}}`)).toBeNull();
    expect(zafCallOf(`app→host {"key":"iframe.on:request:1.done","message":{"subscriberCount":1},${guid}}`)).toBeNull();
    expect(zafCallOf('host→app {"id":1,"result":{"errors":{}}}')).toBeNull();
  });

  it('still knows a call whose line the log cut short', () => {
    const long = 'x'.repeat(700);
    expect(zafCallOf(`app→host {"key":"request:4","message":{"data":"${long}"}`.slice(0, 600) + '…')).toBe('request');
    expect(zafCallOf(`app→host {"id":9,"request":"set","params":{"a":"${long}"}`.slice(0, 600) + '…')).toBe('set');
    expect(zafCallOf(`app→host {"key":"iframe.on:x","message":{"a":"${long}"}`.slice(0, 600) + '…')).toBeNull();
  });

  it('keeps only the calls that arrived by the moment the question was painted', () => {
    const log = [
      { at: 10, text: `app→host {"key":"iframe.handshake",${guid}}` },
      { at: 20, text: `app→host {"id":1,"request":"get","params":[],${guid}}` },
      { at: 30, text: `app→host {"id":2,"request":"invoke","params":{},${guid}}` },
    ];
    expect(callsUntil(log, 25)).toEqual(['get']);
    expect(callsUntil(log, 30)).toEqual(['get', 'invoke']);
  });
});

describe('figures and budgets', () => {
  it('takes the median of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });

  it('interpolates quantiles between the nearest values, and spreads over quartiles and extremes', () => {
    expect(quantile([4, 1, 3, 2], 0.25)).toBe(1.75);
    expect(quantile([4, 1, 3, 2], 1)).toBe(4);
    expect(() => quantile([1], 1.5)).toThrow();
    expect(spread([5, 1, 9, 3, 7])).toEqual({ min: 1, p25: 3, p75: 7, max: 9 });
  });

  it('rounds a ratio up, so rounding never meets a budget', () => {
    expect(ratio(14001, 10000)).toBe(1.401);
    expect(ratio(14000, 10000)).toBe(1.4);
    expect(roundRatio(1.39501)).toBe(1.396);
  });

  it('passes a figure at its limit and fails one above it', () => {
    const checks = checkBudgets({ bundle_ratio: 1.4, render_ratio: 1.51, zaf_calls_to_first_question: 1, rest_calls_per_write: 3, rest_calls_worst_write: 11, write_button_offset_px: 900, insights_requests: 40 });
    expect(checks.filter((c) => !c.ok).map((c) => c.key)).toEqual(['render_ratio', 'rest_calls_per_write', 'rest_calls_worst_write']);
    expect(checkBudgets({ bundle_ratio: 1, render_ratio: 1, zaf_calls_to_first_question: 1, rest_calls_per_write: 2, rest_calls_worst_write: 10, write_button_offset_px: 900, insights_requests: 41 }).find((c) => !c.ok)?.key).toBe('insights_requests');
  });

  it('fails a budget whose figure the run did not measure (a run that skipped the outcome or the Insights page)', () => {
    const checks = checkBudgets({ bundle_ratio: 1.4, render_ratio: 1.5, zaf_calls_to_first_question: 1, rest_calls_per_write: 2, rest_calls_worst_write: 10 });
    expect(checks.filter((c) => !c.ok).map((c) => c.key)).toEqual(['write_button_offset_px', 'insights_requests']);
  });
});

describe('the answers the bench gives to reach an outcome it can write', () => {
  const outcome = (id: string, over: Partial<Outcome> = {}): Outcome => ({
    id,
    kind: 'resolved',
    title: id,
    agentActions: [],
    customerGuidance: null,
    collect: [],
    warnings: [],
    escalationTags: [],
    ...over,
  });
  const node = (id: string, answers: [string, string][]) => ({
    id,
    step: id,
    question: id,
    check: '',
    where: [],
    answers: answers.map(([answer, next]) => ({ id: answer, label: answer, next })),
  });

  it('avoids outcomes that need typed data or hand off, and takes the shortest way', () => {
    const tree: Tree = {
      id: 'access',
      version: 1,
      title: 't',
      source: 's',
      root: 'a',
      nodes: { a: node('a', [['needs_data', 'o1'], ['deeper', 'b'], ['handoff', 'o3']]), b: node('b', [['long', 'c'], ['done', 'o2']]), c: node('c', [['x', 'o2']]) },
      outcomes: {
        o1: outcome('o1', { collect: [{ id: 'f', label: 'f', kind: 'text', required: true }] }),
        o2: outcome('o2'),
        o3: outcome('o3', { kind: 'handoff', handoff: { kind: 'procedure', label: 'elsewhere' } }),
      },
    };
    expect(Object.fromEntries(answersToWritableOutcome(tree))).toEqual({ a: 'deeper', b: 'done', c: 'x' });
  });

  it('from every question of the access procedure (the one the bench writes from) it reaches one', () => {
    const tree = TREES.access;
    const policy = answersToWritableOutcome(tree);
    for (const id of Object.keys(tree.nodes)) {
      let at = id;
      for (let steps = 0; tree.nodes[at]; steps += 1) {
        expect(steps).toBeLessThan(Object.keys(tree.nodes).length);
        const answer = tree.nodes[at]?.answers.find((a) => a.id === policy.get(at));
        expect(answer).toBeDefined();
        at = answer?.next ?? '';
      }
      const end = tree.outcomes[at];
      expect(end?.kind).not.toBe('handoff');
      expect(end?.collect.filter((f) => f.required)).toEqual([]);
    }
  });
});
