/**
 * The command-line tool:
 *
 *   npm run --silent triage -- classify --org FILE
 *   npm run --silent triage -- walk --tree ID [--org FILE] [--answers JSON] [--settings FILE]
 *
 * One JSON document on stdout. Bad input exits non-zero with one line on stderr.
 * `today` is the real date, or CLEVER_TRIAGE_TODAY=YYYY-MM-DD (for tests).
 */
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { TREES } from '../src/trees/index';
import { classify } from '../src/triage/classify';
import { EngineError, view, walk, type WalkState } from '../src/triage/engine';
import { clip } from '../src/triage/oneLine';
import { planWrite } from '../src/triage/planWrite';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../src/triage/settings';
import { readingText } from '../src/triage/evidenceText';
import { settingProblemText } from '../src/triage/settingProblemText';
import type { Classification, Evidence } from '../src/triage/snapshot';
import { fill } from '../src/triage/treeText';
import { TREE_IDS, type TreeId } from '../src/triage/tree';

/** Bad input: reported on one line, exit 2. */
class InputError extends Error {}

/** What the user typed, as a message echoes it: one line, at most 80 characters. */
const echo = (input: string) => clip(input, 80);

/** The reference id of every CLI note, so the same walk prints the same note. */
const CLI_REF_ID = 'cli';

/** An organization or settings file is a few KB: a bigger one is a mistake, and reading it whole would be slow. */
const MAX_FILE_BYTES = 1_000_000;

function errorCode(e: unknown): string {
  return e instanceof Error && 'code' in e ? String((e as NodeJS.ErrnoException).code) : 'unreadable';
}

/**
 * A JSON file named on the command line. Only a regular file of at most MAX_FILE_BYTES is read
 * (`/dev/zero` or a FIFO would never end), and no message quotes its contents.
 */
function readJsonFile(flag: string, file: string): unknown {
  const named = `${flag} ${echo(file)}`;
  let text: string;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new InputError(`${named}: not a regular file`);
    if (stat.size > MAX_FILE_BYTES) throw new InputError(`${named}: ${stat.size} bytes, over the ${MAX_FILE_BYTES}-byte cap`);
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${named}: cannot read the file (${errorCode(e)})`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    // V8's message quotes the text around the fault: only where it is goes out.
    const at = e instanceof Error ? /at position (\d+)/.exec(e.message)?.[1] : undefined;
    throw new InputError(`${named}: not valid JSON${at === undefined ? '' : ` (at character ${at})`}`);
  }
}

const todaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'CLEVER_TRIAGE_TODAY must be YYYY-MM-DD')
  .transform((s) => new Date(`${s}T00:00:00Z`))
  .refine((d) => Number.isFinite(d.getTime()), 'CLEVER_TRIAGE_TODAY is not a real date');

function today(): Date {
  const env = process.env.CLEVER_TRIAGE_TODAY;
  if (env === undefined || env === '') return new Date();
  const parsed = todaySchema.safeParse(env);
  if (!parsed.success) throw new InputError(parsed.error.issues[0]?.message ?? 'CLEVER_TRIAGE_TODAY is not valid');
  return parsed.data;
}

const treeSchema = z.enum(TREE_IDS as [TreeId, ...TreeId[]], { error: () => `--tree must be one of ${TREE_IDS.join(', ')}` });
const answersSchema = z.record(z.string(), z.string());
const settingsFileSchema = z.record(z.string(), z.unknown(), { error: () => '--settings FILE must hold a JSON object' });

function firstIssue(error: z.ZodError): string {
  return error.issues[0]?.message ?? 'invalid input';
}

function loadSettings(file: string | undefined): Settings {
  if (file === undefined) return DEFAULT_SETTINGS;
  const raw = settingsFileSchema.safeParse(readJsonFile('--settings', file));
  if (!raw.success) throw new InputError(firstIssue(raw.error));
  const { settings, problems } = parseSettings(raw.data);
  const [problem] = problems;
  if (problem) throw new InputError(`--settings ${echo(file)}: ${problem.setting} ${settingProblemText(problem)}`);
  return settings;
}

function loadOrg(file: string | undefined): unknown {
  return file === undefined ? null : readJsonFile('--org', file);
}

/**
 * The classification as the contract prints it. `conflict` stays inside the app (it stops the
 * auto-answers); the evidence already says when the fields disagree.
 */
function printed({ kind, academicYear, stale, evidence }: Classification) {
  return { kind, academicYear, stale, evidence: printedEvidence(evidence) };
}

/** Evidence as the contract prints it: field, value and the English reading (its code is the sidebar's). */
function printedEvidence(evidence: readonly Evidence[]) {
  return evidence.map((e) => ({ field: e.field, value: e.value, reading: readingText(e) }));
}

function runClassify(args: string[]): unknown {
  const { values } = parseArgs({ args, options: { org: { type: 'string' } }, strict: true, allowPositionals: false });
  if (values.org === undefined) throw new InputError('classify needs --org FILE');
  return printed(classify(loadOrg(values.org), DEFAULT_SETTINGS, today()));
}

function runWalk(args: string[]): unknown {
  const { values } = parseArgs({
    args,
    options: { tree: { type: 'string' }, org: { type: 'string' }, answers: { type: 'string' }, settings: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  });
  if (values.tree === undefined) throw new InputError('walk needs --tree ID');
  const treeId = treeSchema.safeParse(values.tree);
  if (!treeId.success) throw new InputError(firstIssue(treeId.error));
  let answersJson: unknown = {};
  if (values.answers !== undefined) {
    try {
      answersJson = JSON.parse(values.answers);
    } catch {
      throw new InputError('--answers is not valid JSON');
    }
  }
  const checked = answersSchema.safeParse(answersJson);
  if (!checked.success) {
    const where = checked.error.issues[0]?.path.map(String).join('.');
    throw new InputError(`--answers must be a JSON object from node id to answer id${where ? ` ("${echo(where)}" must map to an answer id)` : ''}`);
  }
  // From the parsed JSON's own entries, not zod's copy, which drops a "__proto__" key: the engine refuses it as an unknown node.
  const answers = Object.fromEntries(Object.entries(answersJson as Record<string, string>));

  const settings = loadSettings(values.settings);
  const tree = TREES[treeId.data];
  const classification = classify(loadOrg(values.org), settings, today());
  let state: WalkState;
  try {
    state = walk(tree, classification, answers, { refId: CLI_REF_ID });
  } catch (e) {
    if (e instanceof EngineError) throw new InputError(`--answers: ${e.message}`);
    throw e;
  }
  const { path, pending, outcome } = view(tree, state);
  const plan = outcome ? planWrite(tree, state, settings, { collected: {}, remark: '' }) : null;

  return {
    tree: tree.id,
    treeVersion: tree.version,
    classification: printed(classification),
    path: path.map((s) => ({
      node: s.node,
      question: fill(tree.nodes[s.node]?.question ?? '', settings),
      answer: s.answer,
      auto: s.source === 'auto',
      evidence: printedEvidence(s.evidence),
    })),
    pending: pending ? { node: pending.id, question: fill(pending.question, settings), answers: pending.answers.map((a) => a.id) } : null,
    outcome: outcome ? { id: outcome.id, kind: outcome.kind, title: fill(outcome.title, settings) } : null,
    note: plan?.note ?? null,
    tags: plan?.tags ?? [],
  };
}

// A Map, not an object: `triage constructor` must not find Object.prototype's.
const COMMANDS = new Map<string, (args: string[]) => unknown>([
  ['classify', runClassify],
  ['walk', runWalk],
]);

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  try {
    const run = command === undefined ? undefined : COMMANDS.get(command);
    if (!run) throw new InputError(`unknown command "${echo(command ?? '')}": use classify --org FILE, or walk --tree ID [--org FILE] [--answers JSON] [--settings FILE]`);
    process.stdout.write(`${JSON.stringify(run(rest), null, 2)}\n`);
    return 0;
  } catch (e) {
    // parseArgs reports unknown flags and missing values with a TypeError whose code starts ERR_PARSE_ARGS.
    const isArgError = e instanceof Error && 'code' in e && String((e as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS');
    if (e instanceof InputError || isArgError) {
      // parseArgs quotes the flag it refuses: the whole line is held to one line and a sane length too.
      process.stderr.write(`triage: ${clip(e.message, 400)}\n`);
      return 2;
    }
    throw e;
  }
}

process.exitCode = main(process.argv.slice(2));
