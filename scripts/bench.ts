/**
 * `npm run bench`: the app against the least a Garden sidebar app can be (bench/baseline), in one run.
 *
 *   1. builds both with webpack.config.js, production mode, into bench/.build/{app,baseline}
 *   2. initial JavaScript of each location page, gzip -9, and their ratio
 *   3. headless Chromium, --runs pairs of loads (default 15, at least 7), an app load and a
 *      baseline load back to back in each, alternating which goes first: from the iframe's
 *      navigation to the first question painted in the frame's viewport (the app) and to the
 *      button painted (the baseline), both in the local Zendesk stand-in's host page. The medians
 *      of each; render_ratio is the median of the pairs' ratios (a slow moment of the machine
 *      falls on both loads of a pair, so it cancels out), with their spread
 *   4. the ZAF calls (get/set/invoke/request) that reached the host before the first question, and
 *      the REST requests of one happy-path write (the fake Zendesk's request log), and of the worst
 *      write: Zendesk failing every request, Retries included, on a 5,000-comment ticket (no browser)
 *   5. the SSO escalation outcome (sso_enrollment_error, its required fields filled) in the 320 px
 *      sidebar of a 900 px-high browser: the write button's top edge from the top of the sidebar's page
 *   6. the nav bar: the Insights page's requests for a full page (budgeted) and its time against the queue's
 *   7. not budgeted: after each app load, the suggested procedure is pressed; the time from the
 *      press to its first question painted, and the lazy chunks fetched by then (gzip -9)
 *   8. prints a table, writes bench/results.json and docs/performance.md's figures; exits 1 when a budget is missed
 *
 *   --runs N   pairs of timed loads (≥ 7)
 */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../e2e/browser';
import { findChromium } from '../e2e/chromium';
import { TICKETS, USERS } from '../harness/fixtures';
import { startStandIn, type StandIn } from '../harness/server';
import { BASELINE_BUTTON_LABEL } from '../bench/baseline/label';
import { BUDGETS, ratio, roundRatio } from '../bench/budgets';
import { buildBoth, ROOT } from '../bench/build';
import { initialJs, lazyJs } from '../bench/bundle';
import { instrumentScript } from '../bench/page/bundle';
import type { VisibleTarget } from '../bench/page/types';
import { writeFiguresDoc } from '../bench/figuresDoc';
import { measureInterleaved, type Subject } from '../bench/render';
import { budgetChecks, formatTable, resultsSchema, type Results } from '../bench/results';
import { median, spread, type Spread } from '../bench/stats';
import { writeButtonOffset } from '../bench/outcomeLayout';
import { measureInsights } from '../bench/insights';
import { restCallsPerWrite } from '../bench/write';
import { restCallsWorstWrite } from '../bench/worstWrite';
import { SSO_ENROLLMENT_ERROR } from '../e2e/walker';
import { ENGLISH, translator } from '../src/app/shell/i18n/catalog';
import { TREES } from '../src/trees';

const MIN_RUNS = 7;
const DEFAULT_RUNS = 15;

function runsOption(argv: string[]): number {
  if (argv.length === 0) return DEFAULT_RUNS;
  const [flag, value] = argv;
  const runs = Number(value);
  if (flag !== '--runs' || argv.length !== 2 || !Number.isInteger(runs) || runs < MIN_RUNS) {
    throw new Error(`usage: npm run bench [-- --runs N]   (N a whole number ≥ ${MIN_RUNS})`);
  }
  return runs;
}

/**
 * The first question the sidebar asks an agent on a ticket is which procedure to follow: the
 * "Choose a procedure" region with its buttons, once the ticket is read and its district
 * classified. That is the app's first answerable screen, the one every ticket gets.
 */
const FIRST_QUESTION: VisibleTarget = { role: 'region', name: ENGLISH['procedure.title'] };
const BASELINE_BUTTON: VisibleTarget = { role: 'button', name: BASELINE_BUTTON_LABEL };
/** The procedure the first question suggests for this ticket, and the walk's question it opens on. */
const SUGGESTED: VisibleTarget = { role: 'button', name: translator(ENGLISH)('procedure.option.suggested', { title: TREES.access.title }) };
const WALK_QUESTION: VisibleTarget = { role: 'region', selector: 'section[data-node]' };
/** A Clever SSO district's ticket, opened by a Tier 1 agent: the everyday case. */
const QUERY = { location: 'ticket_sidebar', ticket: String(TICKETS.ssoDistrict), agent: String(USERS.tier1Agent) };

const round1 = (n: number): number => Math.round(n * 10) / 10;
const roundSpread = (s: Spread): Spread => ({ min: roundRatio(s.min), p25: roundRatio(s.p25), p75: roundRatio(s.p75), max: roundRatio(s.max) });

async function main(): Promise<void> {
  const runs = runsOption(process.argv.slice(2));
  const buildDir = join(ROOT, 'bench/.build');

  console.log('building the app and the baseline (webpack.config.js, production)…');
  const dirs = await buildBoth(buildDir);
  const appJs = initialJs(dirs.app);
  const baselineJs = initialJs(dirs.baseline);

  const standIns: StandIn[] = [];
  const chromium = await findChromium();
  console.log(`Chromium: ${chromium.description}`);
  const browser = await launchChromium(chromium);
  try {
    const app = await startStandIn({ appDir: dirs.app });
    standIns.push(app);
    const baseline = await startStandIn({ appDir: dirs.baseline });
    standIns.push(baseline);
    const subjects: [Subject, Subject] = [
      { name: 'app', standIn: app, target: FIRST_QUESTION, query: QUERY, then: { press: SUGGESTED, target: WALK_QUESTION } },
      { name: 'baseline', standIn: baseline, target: BASELINE_BUTTON, query: QUERY },
    ];
    console.log(`timing ${runs} pairs of loads, interleaved, in ${browser.version()}…`);
    const pairs = await measureInterleaved(browser, await instrumentScript(), subjects, runs);
    const appRuns = pairs.map((p) => p.app);
    const baselineRuns = pairs.map((p) => p.baseline);
    const pairRatios = pairs.map((p) => p.app.ms / p.baseline.ms);
    const walks = appRuns.map((r) => {
      if (!r.afterPress) throw new Error('an app load did not time the walk');
      return { ms: r.afterPress.ms, chunks: lazyJs(dirs.app, r.afterPress.fetched, appJs) };
    });
    // The most any load fetched, as for the ZAF calls.
    const walkJs = walks.map((w) => w.chunks).reduce((most, chunks) => (chunks.gzipBytes > most.gzipBytes ? chunks : most));

    console.log('walking to an outcome and writing it…');
    const write = await restCallsPerWrite(browser, app, TREES.access, QUERY);
    console.log('writing against a failing Zendesk…');
    const worst = await restCallsWorstWrite();
    console.log('measuring where the SSO escalation puts its write button…');
    const button = await writeButtonOffset(browser, app, { tree: TREES.access, steps: SSO_ENROLLMENT_ERROR, outcome: 'sso_enrollment_error', query: QUERY });

    console.log('opening the Insights page and the queue in the nav bar…');
    const insights = await measureInsights(browser, app);

    const firstQuestionMs = median(appRuns.map((r) => r.ms));
    const baselineMs = median(baselineRuns.map((r) => r.ms));
    const results: Results = resultsSchema.parse({
      bundle_gzip_bytes: appJs.gzipBytes,
      baseline_gzip_bytes: baselineJs.gzipBytes,
      bundle_ratio: ratio(appJs.gzipBytes, baselineJs.gzipBytes),
      first_question_ms: round1(firstQuestionMs),
      baseline_render_ms: round1(baselineMs),
      render_ratio: roundRatio(median(pairRatios)),
      // The most any load made: the figure holds for every run, not for a lucky one.
      zaf_calls_to_first_question: Math.max(...appRuns.map((r) => r.zafCalls.length)),
      rest_calls_per_write: write.requests.length,
      rest_calls_worst_write: worst.requests,
      write_button_offset_px: button.px,
      insights_requests: insights.insights_requests,
      insights_ms: insights.insights_ms,
      queue_ms: insights.queue_ms,
      render_ratio_spread: roundSpread(spread(pairRatios)),
      walk_chunks_gzip_bytes: walkJs.gzipBytes,
      first_procedure_question_ms: round1(median(walks.map((w) => w.ms))),
      budgets: { ...BUDGETS },
      details: {
        measured_at: new Date().toISOString(),
        first_question: `${FIRST_QUESTION.role} "${FIRST_QUESTION.name}" and one of its answer buttons, at least partly in the frame's viewport, ticket ${QUERY.ticket}, agent ${QUERY.agent}`,
        baseline_target: `${BASELINE_BUTTON.role} "${BASELINE_BUTTON.name}"`,
        first_procedure_question: `from pressing "${SUGGESTED.name}" to its first question (${WALK_QUESTION.selector}) painted, as soon as the press is possible`,
        runs: {
          app_ms: appRuns.map((r) => round1(r.ms)),
          baseline_ms: baselineRuns.map((r) => round1(r.ms)),
          pair_ratios: pairRatios.map(roundRatio),
          first_procedure_question_ms: walks.map((w) => round1(w.ms)),
        },
        scripts: { app: appJs.scripts, baseline: baselineJs.scripts, walk: walkJs.scripts },
        zaf_calls_before_first_question: appRuns.map((r) => r.zafCalls),
        write,
        worst_write: worst.failures,
        write_button: { outcome: button.outcome, sidebar_width_px: button.sidebarWidthPx, viewport_height_px: button.viewportHeightPx },
        insights: insights.details,
        environment: { node: process.version, chromium: browser.version(), cpus: cpus().length, platform: process.platform },
      },
    });
    writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
    writeFiguresDoc(results);
    console.log(`\n${formatTable(results)}\n\nwritten: bench/results.json, docs/performance.md (its figures)`);
    const missed = budgetChecks(results).filter((c) => !c.ok);
    if (missed.length > 0) {
      console.error(`over budget: ${missed.map((c) => `${c.key} ${c.value} > ${c.limit}`).join(', ')}`);
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
    await Promise.all(standIns.map((s) => s.close()));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
