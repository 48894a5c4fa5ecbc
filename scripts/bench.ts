/**
 * `npm run bench`: the app against the least a Garden sidebar app can be (bench/baseline), in one run.
 *
 *   1. builds both with webpack.config.js, production mode, into bench/.build/{app,baseline}
 *   2. initial JavaScript of each location page, gzip -9, and their ratio
 *   3. headless Chromium, the two interleaved, --runs loads each (default 9, at least 7): from the
 *      iframe's navigation to the first question painted (the app) and to the button painted (the
 *      baseline), both in the local Zendesk stand-in's host page; the medians and their ratio
 *   4. the ZAF calls (get/set/invoke/request) that reached the host before the first question, and
 *      the REST requests of one happy-path write (the fake Zendesk's request log)
 *   5. prints a table, writes bench/results.json; exits 1 when a budget is missed
 *
 *   --runs N   timed loads of each page (≥ 7)
 */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../e2e/browser';
import { TICKETS, USERS } from '../harness/fixtures';
import { startStandIn, type StandIn } from '../harness/server';
import { BASELINE_BUTTON_LABEL } from '../bench/baseline/label';
import { BUDGETS, ratio } from '../bench/budgets';
import { buildBoth, ROOT } from '../bench/build';
import { initialJs } from '../bench/bundle';
import { instrumentScript } from '../bench/page/bundle';
import type { VisibleTarget } from '../bench/page/types';
import { measureInterleaved, type Subject } from '../bench/render';
import { budgetChecks, formatTable, resultsSchema, type Results } from '../bench/results';
import { median } from '../bench/stats';
import { restCallsPerWrite } from '../bench/write';
import { ENGLISH } from '../src/app/i18n/messages';
import { TREES } from '../src/trees';

const MIN_RUNS = 7;

function runsOption(argv: string[]): number {
  if (argv.length === 0) return 9;
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
/** A Clever SSO district's ticket, opened by a Tier 1 agent: the everyday case. */
const QUERY = { location: 'ticket_sidebar', ticket: String(TICKETS.ssoDistrict), agent: String(USERS.tier1Agent) };

const round1 = (n: number): number => Math.round(n * 10) / 10;

async function main(): Promise<void> {
  const runs = runsOption(process.argv.slice(2));
  const buildDir = join(ROOT, 'bench/.build');

  console.log('building the app and the baseline (webpack.config.js, production)…');
  const dirs = await buildBoth(buildDir);
  const appJs = initialJs(dirs.app);
  const baselineJs = initialJs(dirs.baseline);

  const standIns: StandIn[] = [];
  const browser = await launchChromium();
  try {
    const app = await startStandIn({ appDir: dirs.app });
    standIns.push(app);
    const baseline = await startStandIn({ appDir: dirs.baseline });
    standIns.push(baseline);
    const subjects: [Subject, Subject] = [
      { name: 'app', standIn: app, target: FIRST_QUESTION, query: QUERY },
      { name: 'baseline', standIn: baseline, target: BASELINE_BUTTON, query: QUERY },
    ];
    console.log(`timing ${runs} loads of each, interleaved, in ${browser.version()}…`);
    const timed = await measureInterleaved(browser, await instrumentScript(), subjects, runs);
    const appRuns = timed.filter((r) => r.subject === 'app');
    const baselineRuns = timed.filter((r) => r.subject === 'baseline');

    console.log('walking to an outcome and writing it…');
    const write = await restCallsPerWrite(browser, app, TREES.access, QUERY);

    const firstQuestionMs = median(appRuns.map((r) => r.ms));
    const baselineMs = median(baselineRuns.map((r) => r.ms));
    const results: Results = resultsSchema.parse({
      bundle_gzip_bytes: appJs.gzipBytes,
      baseline_gzip_bytes: baselineJs.gzipBytes,
      bundle_ratio: ratio(appJs.gzipBytes, baselineJs.gzipBytes),
      first_question_ms: round1(firstQuestionMs),
      baseline_render_ms: round1(baselineMs),
      render_ratio: ratio(firstQuestionMs, baselineMs),
      // The most any load made: the figure holds for every run, not for a lucky one.
      zaf_calls_to_first_question: Math.max(...appRuns.map((r) => r.zafCalls.length)),
      rest_calls_per_write: write.requests.length,
      budgets: { ...BUDGETS },
      details: {
        measured_at: new Date().toISOString(),
        first_question: `${FIRST_QUESTION.role} "${FIRST_QUESTION.name}" with its answer buttons, ticket ${QUERY.ticket}, agent ${QUERY.agent}`,
        baseline_target: `${BASELINE_BUTTON.role} "${BASELINE_BUTTON.name}"`,
        runs: { app_ms: appRuns.map((r) => round1(r.ms)), baseline_ms: baselineRuns.map((r) => round1(r.ms)) },
        scripts: { app: appJs.scripts, baseline: baselineJs.scripts },
        zaf_calls_before_first_question: appRuns.map((r) => r.zafCalls),
        write,
        environment: { node: process.version, chromium: browser.version(), cpus: cpus().length, platform: process.platform },
      },
    });
    writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\n${formatTable(results)}\n\nwritten: bench/results.json`);
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
