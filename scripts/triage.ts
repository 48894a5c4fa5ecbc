/**
 * The command-line tool (scripts/triageCli.ts):
 *
 *   npm run --silent triage -- classify --org FILE [--ticket FILE] [--settings FILE]
 *   npm run --silent triage -- walk --tree ID [--org FILE] [--answers JSON] [--settings FILE] [--lang en|es]
 */
import { main } from './triageCli';

process.exitCode = main(process.argv.slice(2));
