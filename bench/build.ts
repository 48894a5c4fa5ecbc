import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * Builds the app and the Garden-Button baseline exactly as `npm run build` does (webpack-cli,
 * webpack.config.js, production mode), the baseline through the config's `entry` / `outDir`
 * options, so the two bundles differ only in what their entries import. A child process, so
 * webpack runs in plain Node wherever this is called from (jest's environments included).
 */

export const ROOT = join(__dirname, '..');
export const BASELINE_ENTRY = join(ROOT, 'bench/baseline/index.tsx');
const WEBPACK = join(ROOT, 'node_modules/webpack-cli/bin/cli.js');

export interface BuildTarget {
  /** Where the built app goes (manifest.json and assets/ inside, like dist/). */
  outDir: string;
  /** The entry module; the app's own (src/index.tsx) when absent. */
  entry?: string;
}

export async function build(target: BuildTarget): Promise<void> {
  const env = [`outDir=${target.outDir}`, ...(target.entry ? [`entry=${target.entry}`] : [])].flatMap((e) => ['--env', e]);
  try {
    await promisify(execFile)(process.execPath, [WEBPACK, '--mode', 'production', ...env], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`webpack failed for ${target.entry ?? 'the app'}:\n${stdout}${stderr}`);
  }
}

/** The bench's two builds, one after the other (webpack and swc each use the cores already). */
export async function buildBoth(dir: string): Promise<{ app: string; baseline: string }> {
  const app = join(dir, 'app');
  const baseline = join(dir, 'baseline');
  await build({ outDir: app });
  await build({ outDir: baseline, entry: BASELINE_ENTRY });
  return { app, baseline };
}
