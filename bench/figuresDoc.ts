import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withGeneratedBlock } from '../scripts/generatedBlock';
import { BUDGETS } from './budgets';
import type { Results } from './results';

/**
 * The table of bench figures in docs/performance.md, generated from bench/results.json (`npm run bench` rewrites it
 * after a run, `npm run bench:figures` from the committed results). The prose around it is written by hand and quotes no figure.
 */

export const FIGURES_START = '<!-- bench-figures:start (generated from bench/results.json; edit bench/figuresDoc.ts instead) -->';
export const FIGURES_END = '<!-- bench-figures:end -->';
export const PERFORMANCE_DOC = join(__dirname, '../docs/performance.md');

const thousands = (n: number): string => n.toLocaleString('en-US');
const ms = (n: number): string => `${Math.round(n)} ms`;
const r3 = (n: number): string => n.toFixed(3);
const KB = 1000;

export function figuresTable(results: Results): string {
  const { details, render_ratio_spread: spread } = results;
  const pairs = details.runs.pair_ratios.length;
  // The calls of the load that made the most, as the figure counts them.
  const zafCalls = details.zaf_calls_before_first_question.reduce((most, calls) => (calls.length > most.length ? calls : most), []);
  const rows: [figure: string, measured: string, budget: string, lastRun: string][] = [
    [
      '`bundle_gzip_bytes`, `baseline_gzip_bytes`, `bundle_ratio`',
      "gzip -9 bytes of the scripts `assets/iframe.html` loads at start (the build's own, not the ZAF SDK from Zendesk's CDN, not lazy chunks)",
      `ratio ≤ ${BUDGETS.bundle_ratio}`,
      `${thousands(results.bundle_gzip_bytes)} B / ${thousands(results.baseline_gzip_bytes)} B = ${r3(results.bundle_ratio)}`,
    ],
    [
      '`first_question_ms`, `baseline_render_ms`',
      "headless Chromium, a fresh browser context per load, both pages in the stand-in's host page: from the iframe's navigation (its `performance.timeOrigin`) to the animation frame that first paints the target in the frame's viewport; medians",
      '—',
      `${ms(results.first_question_ms)} / ${ms(results.baseline_render_ms)} (medians of ${pairs} loads each)`,
    ],
    [
      '`render_ratio`, `render_ratio_spread`',
      "loads in pairs, an app load and a baseline load back to back (A B, then B A, …), so a slow moment of the machine falls on both loads of a pair; the median of the pairs' ratios, and how far they spread",
      `≤ ${BUDGETS.render_ratio}`,
      `${r3(results.render_ratio)} (${pairs} pairs: p25–p75 ${r3(spread.p25)}–${r3(spread.p75)}, min–max ${r3(spread.min)}–${r3(spread.max)})`,
    ],
    [
      '`zaf_calls_to_first_question`',
      "get/set/invoke/request messages from the iframe in the host page's ZAF log before the first question is painted (the most of any load)",
      `≤ ${BUDGETS.zaf_calls_to_first_question}`,
      `${results.zaf_calls_to_first_question} (${zafCalls.map((c) => `\`${c}\``).join(', ')})`,
    ],
    [
      '`rest_calls_per_write`',
      'requests in the fake Zendesk\'s log from pressing "Write note and tags" to "Written", after walking the access procedure to an outcome',
      `≤ ${BUDGETS.rest_calls_per_write}`,
      `${results.rest_calls_per_write} (${details.write.requests.map((r) => `\`${r.method} ${r.url}\``).join(' then ')})`,
    ],
    [
      '`rest_calls_worst_write`',
      "the writer against the fake Zendesk's router on a ticket of 5,000 comments, with every request (or every write) failing each way `bench/worstWrite.ts` lists; Retry pressed for as long as it is offered; the most requests of any",
      `≤ ${BUDGETS.rest_calls_worst_write}`,
      `${results.rest_calls_worst_write} (${details.worst_write.map((f) => `${f.name}: ${f.requests} in ${f.clicks} presses, then ${f.last}`).join('; ')})`,
    ],
    [
      '`write_button_offset_px`',
      "the access procedure walked to the SSO escalation (`sso_enrollment_error`), its required fields filled, in the stand-in's 320 px sidebar of a 900 px-high browser: the top edge of \"Write note and tags\" from the top of the sidebar's page",
      `≤ ${BUDGETS.write_button_offset_px}`,
      results.write_button_offset_px === undefined ? 'not measured in this run' : `${results.write_button_offset_px} px`,
    ],
    [
      '`walk_chunks_gzip_bytes`',
      'after each app load, the suggested procedure is pressed: gzip -9 bytes of the lazy chunks the frame fetched by the time its first question is painted (the most of any load)',
      'not budgeted',
      `${thousands(results.walk_chunks_gzip_bytes)} B (${details.scripts.walk.length} chunks)`,
    ],
    [
      '`first_procedure_question_ms`',
      "from that press (the click event's time, as soon as Playwright can press) to the animation frame that paints the procedure's first question (`section[data-node]`) with an answer in the frame's viewport; median",
      'not budgeted',
      `${ms(results.first_procedure_question_ms)} (median of ${details.runs.first_procedure_question_ms.length} presses)`,
    ],
    ...insightsRows(results),
  ];
  const over = (results.bundle_gzip_bytes - results.baseline_gzip_bytes) / KB;
  const room = (BUDGETS.bundle_ratio * results.baseline_gzip_bytes - results.bundle_gzip_bytes) / KB;
  return [
    '| figure | how it is measured | budget | last run |',
    '| --- | --- | --- | --- |',
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
    '',
    `The first chunk is ${over.toFixed(1)} KB over the baseline's; ${room >= 0 ? `${room.toFixed(1)} KB of room is left under the budget` : `it is ${(-room).toFixed(1)} KB over the budget`}.`,
  ].join('\n');
}

/** The Insights page's rows, once a run measured it. */
function insightsRows(results: Results): [string, string, string, string][] {
  const { insights_requests: requests, insights_ms: insights, queue_ms: queue } = results;
  if (requests === undefined || insights === undefined || queue === undefined) return [];
  return [
    [
      '`insights_requests`',
      "requests in the fake Zendesk's log from pressing the nav bar's Insights tab to its full page (the default period), the stand-in's own districts",
      `≤ ${BUDGETS.insights_requests}`,
      String(requests),
    ],
    [
      '`insights_ms`, `queue_ms`',
      'in the same browser, from pressing the Insights tab to its full page, and then the queue’s tab to its list',
      'not budgeted',
      `${ms(insights)} / ${ms(queue)}`,
    ],
  ];
}

/** docs/performance.md with its figures table generated from `results`. */
export function withFigures(doc: string, results: Results): string {
  const updated = withGeneratedBlock(doc, FIGURES_START, FIGURES_END, figuresTable(results));
  if (updated === null) throw new Error(`docs/performance.md: the bench figures' markers are missing: ${FIGURES_START} … ${FIGURES_END}`);
  return updated;
}

export function writeFiguresDoc(results: Results): void {
  writeFileSync(PERFORMANCE_DOC, withFigures(readFileSync(PERFORMANCE_DOC, 'utf8'), results));
}
