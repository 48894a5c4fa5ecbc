import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { loadAppDir } from '../../scripts/validate/load';
import { formatFinding, pngSize, validateApp } from '../../scripts/validate/rules';
import { blankPng, validAppFiles, writeApp } from './appFixture';

/**
 * The real build, validated and zipped as an admin would upload it. Built once, into a temporary directory,
 * so the test neither needs nor disturbs dist/.
 */
const root = join(__dirname, '../..');
const node = (script: string, args: string[]): string =>
  execFileSync(process.execPath, [join(root, script), ...args], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
const tsx = (args: string[]): string => node('node_modules/tsx/dist/cli.mjs', args);

function runPackage(args: string[]): { status: number; output: string } {
  try {
    return { status: 0, output: tsx(['scripts/package.ts', ...args]) };
  } catch (e) {
    const failed = e as { status: number; stdout: string; stderr: string };
    return { status: failed.status, output: failed.stdout + failed.stderr };
  }
}

const zipName = 'clever-triage-0.1.0.zip';
let work: string;
let dist: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'package-test-'));
  dist = join(work, 'dist');
  node('node_modules/webpack-cli/bin/cli.js', ['--mode', 'production', '--env', `outDir=${dist}`]);
}, 180000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the production build', () => {
  it('passes the marketplace validation', () => {
    const errors = validateApp(loadAppDir(dist)).filter((f) => f.severity === 'error');
    expect(errors.map(formatFinding)).toEqual([]);
  });

  it('loads the ZAF SDK from Zendesk\'s CDN before the bundle', () => {
    const html = readFileSync(join(dist, 'assets/iframe.html'), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)/g)].map((m) => m[1]);
    expect(scripts[0]).toBe('https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js');
    expect(scripts.slice(1).every((src) => /assets\/app\.[0-9a-f]{8}\.js$/.test(src ?? ''))).toBe(true);
    expect(scripts.length).toBeGreaterThan(1);
  });

  it('ships no source maps and no development React', () => {
    const files = loadAppDir(dist).files;
    expect(files.filter((f) => f.path.endsWith('.map'))).toEqual([]);
    const js = files.filter((f) => f.path.endsWith('.js')).map((f) => f.bytes.toString('utf8')).join('\n');
    expect(js).not.toContain('react-dom.development');
    expect(js).not.toMatch(/sourceMappingURL/);
  });
});

describe('npm run package', () => {
  it('writes <name>-<version>.zip with the app at the zip root, and nothing from node_modules, harness or spec', async () => {
    const out = mkdtempSync(join(work, 'out-'));
    const result = runPackage(['--dist', dist, '--out', out]);
    expect(result.status).toBe(0);

    const zip = await JSZip.loadAsync(readFileSync(join(out, zipName)));
    const names = Object.keys(zip.files);
    for (const required of ['manifest.json', 'translations/en.json', 'assets/iframe.html', 'assets/logo.png', 'assets/logo-small.png']) {
      expect(names).toContain(required);
    }
    const png = async (name: string): Promise<ReturnType<typeof pngSize>> => pngSize(Buffer.from(await zip.file(name)!.async('uint8array')));
    expect(await png('assets/logo.png')).toEqual({ width: 320, height: 320 });
    expect(await png('assets/logo-small.png')).toEqual({ width: 128, height: 128 });
    expect(names.filter((n) => /(^|\/)(node_modules|harness|spec|src)\//.test(n))).toEqual([]);
    expect(names.sort()).toEqual(loadAppDir(dist).files.map((f) => f.path).sort());
  }, 60000);

  it('adds an admin\'s Jira host to domainWhitelist with --allow-domain', async () => {
    const app = writeApp(validAppFiles());
    const out = mkdtempSync(join(work, 'out-'));
    try {
      expect(runPackage(['--dist', app.dir, '--out', out, '--allow-domain', 'district-support.atlassian.net']).status).toBe(0);
      const zip = await JSZip.loadAsync(readFileSync(join(out, 'clever-triage-1.0.0.zip')));
      const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as { domainWhitelist: string[] };
      expect(manifest.domainWhitelist).toEqual(['example.atlassian.net', 'district-support.atlassian.net']);
    } finally {
      app.cleanup();
    }
  }, 60000);

  it('writes no zip when validation fails, and removes a stale one', () => {
    const app = writeApp({ ...validAppFiles(), 'assets/logo.png': blankPng(256) });
    const out = mkdtempSync(join(work, 'out-'));
    const stale = join(out, 'clever-triage-1.0.0.zip');
    writeFileSync(stale, 'an earlier, valid zip');
    try {
      const result = runPackage(['--dist', app.dir, '--out', out]);
      expect(result.status).toBe(1);
      expect(result.output).toContain('error: assets/logo.png: logos: is 256×256; must be 320×320');
      expect(result.output).toContain('no zip written');
      expect(existsSync(stale)).toBe(false);
    } finally {
      app.cleanup();
    }
  }, 60000);
});
