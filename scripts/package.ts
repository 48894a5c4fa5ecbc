/**
 * `npm run package` (= npm run build && tsx scripts/package.ts): validates dist/ and zips it as
 * <name>-<version>.zip at the repository root, ready for Admin Center > Apps and integrations > Zendesk Support
 * apps > Upload private app. A failed validation writes no zip (and removes a stale one of the same name).
 *
 *   --allow-domain <host>  add a host to manifest.json's domainWhitelist first (your Jira site, for the secure token);
 *                          repeatable. The build embeds the list for the setup check, so for the repository's dist/
 *                          the host is written into manifest.json and the app rebuilt; another --dist only has its
 *                          own manifest.json changed
 *   --dist <dir>           the built app (default dist)
 *   --out <dir>            where the zip goes (default the repository root)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { allowDomains } from './package/allowDomains';
import { zipApp, zipName } from './package/zip';
import { loadAppDir } from './validate/load';
import { formatFinding, validateApp } from './validate/rules';

const root = join(__dirname, '..');

function options(argv: string[]): { dist: string; out: string; allowDomains: string[] } {
  const opts = { dist: join(root, 'dist'), out: root, allowDomains: [] as string[] };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (value === undefined || !['--dist', '--out', '--allow-domain'].includes(flag ?? '')) {
      throw new Error(`unknown or incomplete option "${flag}" (options: --dist DIR, --out DIR, --allow-domain HOST)`);
    }
    if (flag === '--dist') opts.dist = resolve(value);
    else if (flag === '--out') opts.out = resolve(value);
    else opts.allowDomains.push(value);
    i += 1;
  }
  return opts;
}

/**
 * The repository's own build embeds manifest.json's whitelist in the setup check, so a new host goes into
 * manifest.json and the app is built again: the zip and the check then hold the same list.
 */
function allowDomainsInBuild(dist: string, hosts: string[]): void {
  if (hosts.length === 0) return;
  if (dist !== join(root, 'dist')) {
    allowDomains(join(dist, 'manifest.json'), hosts);
    return;
  }
  if (!allowDomains(join(root, 'manifest.json'), hosts)) return;
  console.log(`package: added ${hosts.join(', ')} to manifest.json's domainWhitelist; building again`);
  const build = spawnSync('npx', ['webpack', '--mode', 'production'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the build with the new domainWhitelist failed');
}

async function main(): Promise<number> {
  const opts = options(process.argv.slice(2));
  if (!existsSync(join(opts.dist, 'manifest.json'))) {
    console.error(`error: ${relative(root, opts.dist) || '.'}: no manifest.json; run npm run build first`);
    return 1;
  }
  allowDomainsInBuild(opts.dist, opts.allowDomains);
  const version = (JSON.parse(readFileSync(join(opts.dist, 'manifest.json'), 'utf8')) as { version?: unknown }).version;
  const { name } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string };
  const zipPath = join(opts.out, zipName(name, typeof version === 'string' ? version : 'unversioned'));

  const app = loadAppDir(opts.dist);
  const findings = validateApp(app);
  for (const f of findings) (f.severity === 'error' ? console.error : console.warn)(formatFinding(f));
  const errors = findings.filter((f) => f.severity === 'error').length;
  if (errors > 0) {
    if (existsSync(zipPath)) rmSync(zipPath);
    console.error(`package: ${errors} validation error(s); no zip written`);
    return 1;
  }
  const zip = await zipApp(app);
  writeFileSync(zipPath, zip);
  console.log(`package: wrote ${relative(process.cwd(), zipPath)} (${app.files.length} files, ${Math.round(zip.length / 1024)} KiB)`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  },
);
