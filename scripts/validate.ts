/**
 * Offline marketplace validation of a built app directory: `npm run validate` (= tsx scripts/validate.ts dist).
 * Prints one line per finding, `error: <file>: <rule>: <message>` (or `warning: …`), then a summary;
 * exits 1 when there is any error. The rules are in scripts/validate/rules.ts.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadAppDir } from './validate/load';
import { formatFinding, validateApp } from './validate/rules';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: tsx scripts/validate.ts <app directory>   (e.g. dist, after npm run build)');
  process.exit(2);
}
const root = resolve(dir);
if (!existsSync(root) || !statSync(root).isDirectory()) {
  console.error(`error: ${dir}: not a directory; run npm run build first`);
  process.exit(2);
}

const findings = validateApp(loadAppDir(root));
for (const f of findings) (f.severity === 'error' ? console.error : console.warn)(formatFinding(f));
const errors = findings.filter((f) => f.severity === 'error').length;
const warnings = findings.length - errors;
console.log(`validate ${dir}: ${errors} error(s), ${warnings} warning(s)`);
process.exitCode = errors > 0 ? 1 : 0;
