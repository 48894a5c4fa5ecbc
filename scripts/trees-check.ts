/**
 * `npm run trees:check`: the trees keep the contracts of src/triage/checkTrees.ts, their diagrams in
 * docs/trees/ are up to date, and their Spanish (src/trees/es/) translates every string (src/triage/checkTreeText.ts). One line per problem on stderr and a non-zero exit on any.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SAME_IN_SPANISH, TREE_TEXT_ES } from '../src/trees/es/index';
import { TREES } from '../src/trees/index';
import { PHRASES } from '../src/trees/phrases';
import { checkPhrases } from '../src/triage/checkPhrases';
import { checkTreeTexts } from '../src/triage/checkTreeText';
import { checkTrees, formatProblem } from '../src/triage/checkTrees';
import { diagramPath } from '../src/triage/diagram';

const root = resolve(__dirname, '..');
const diagrams = Object.fromEntries(
  Object.values(TREES).map((tree) => {
    const file = resolve(root, diagramPath(tree));
    return [tree.id, existsSync(file) ? readFileSync(file, 'utf8') : null];
  }),
);

const problems = [
  ...checkTrees(TREES, { diagrams }),
  ...checkTreeTexts(TREES, { es: TREE_TEXT_ES }, { es: SAME_IN_SPANISH }),
  ...checkPhrases(TREES, PHRASES),
];
if (problems.length > 0) {
  for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
  process.stderr.write(`trees:check: ${problems.length} problem(s)\n`);
  process.exit(1);
}
const nodes = Object.values(TREES).reduce((n, t) => n + Object.keys(t.nodes).length, 0);
const outcomes = Object.values(TREES).reduce((n, t) => n + Object.keys(t.outcomes).length, 0);
const phrases = Object.values(PHRASES).reduce((n, rules) => n + rules.length, 0);
process.stdout.write(`trees:check: ${Object.keys(TREES).length} trees, ${nodes} questions, ${outcomes} outcomes in English and Spanish, ${phrases} ticket phrases: all good\n`);
