/**
 * `.ci/run`'s last step: `tsx scripts/ci/counts.ts DIR STATUS`, DIR the CI_COUNTS_DIR `npm test`
 * ran with, STATUS its exit status. Prints a line per run and per uncounted failure, then
 * `tests: N passed, N failed` as the last line; exits 1 when anything failed.
 */
import { readRunFiles, summary, tally } from './tally';

const [dir, status] = process.argv.slice(2);
if (!dir || !status || !/^\d+$/.test(status)) {
  console.error('usage: tsx scripts/ci/counts.ts <CI_COUNTS_DIR> <npm test exit status>');
  process.exit(2);
}
const npmStatus = Number(status);
const total = tally(readRunFiles(dir), npmStatus);
for (const note of total.notes) console.log(note);
console.log(summary(total));
process.exitCode = total.failed > 0 || npmStatus !== 0 ? 1 : 0;
