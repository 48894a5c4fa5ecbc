import { join } from 'node:path';
import webpack, { type Configuration, type Stats } from 'webpack';

/**
 * Builds the app and the Garden-Button baseline with the one webpack config the app ships
 * with (webpack.config.js, its `entry` / `outDir` options), in production mode, so the two
 * bundles differ only in what their entries import.
 */

export const ROOT = join(__dirname, '..');
export const BASELINE_ENTRY = join(ROOT, 'bench/baseline/index.tsx');

type ConfigFactory = (env: { entry?: string; outDir?: string }, argv: { mode?: string }) => Configuration;

// The config is CommonJS at the root (webpack-cli reads it as it is): required, not imported.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const configFactory = require(join(ROOT, 'webpack.config.js')) as ConfigFactory;

export interface BuildTarget {
  /** Where the built app goes (manifest.json and assets/ inside, like dist/). */
  outDir: string;
  /** The entry module; the app's own (src/index.tsx) when absent. */
  entry?: string;
}

export function configFor(target: BuildTarget): Configuration {
  return configFactory({ outDir: target.outDir, ...(target.entry ? { entry: target.entry } : {}) }, { mode: 'production' });
}

function run(config: Configuration): Promise<Stats> {
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (!stats) return reject(new Error('webpack returned no stats'));
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true, colors: false })));
      resolve(stats);
    });
  });
}

export async function build(target: BuildTarget): Promise<Stats> {
  return run(configFor(target));
}

/** The bench's two builds, one after the other (webpack and swc each use the cores already). */
export async function buildBoth(dir: string): Promise<{ app: string; baseline: string }> {
  const app = join(dir, 'app');
  const baseline = join(dir, 'baseline');
  await build({ outDir: app });
  await build({ outDir: baseline, entry: BASELINE_ENTRY });
  return { app, baseline };
}
