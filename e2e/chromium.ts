import { accessSync, constants, createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';

/**
 * Which Chromium the browser tests, the screenshots and the bench drive, in this order:
 *   1. `CHROMIUM_PATH`, when set (an error if it is not an executable: a typo should not fall through);
 *   2. an installed Chrome or Chromium at the usual places (`CHROMIUM_SEARCH_PATHS`, a PATH-style list,
 *      replaces them; set it empty to look nowhere);
 *   3. on Linux x64, the headless Chromium of the optional dependency `@sparticuz/chromium`, unpacked on first use
 *      into node_modules/.cache, where later runs find it.
 */

export const INSTALLED_PATHS: Partial<Record<NodeJS.Platform, readonly string[]>> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'],
  darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
};

export type ChromiumChoice = { from: 'CHROMIUM_PATH' | 'installed'; path: string } | { from: 'package'; packageDir: string };

/** What the choice depends on, passed in so that it can be tested on any machine. */
export interface ChromiumWorld {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  arch: string;
  isExecutable: (path: string) => boolean;
  /** Where npm installed `@sparticuz/chromium`; null when it did not (an optional dependency may be skipped). */
  packageDir: string | null;
}

export function chooseChromium(world: ChromiumWorld): ChromiumChoice {
  const { env, platform, arch, isExecutable } = world;
  const given = env.CHROMIUM_PATH;
  if (given) {
    if (!isExecutable(given)) throw new Error(`CHROMIUM_PATH=${given} is not an executable file.`);
    return { from: 'CHROMIUM_PATH', path: given };
  }
  const searched = env.CHROMIUM_SEARCH_PATHS === undefined ? (INSTALLED_PATHS[platform] ?? []) : env.CHROMIUM_SEARCH_PATHS.split(delimiter).filter(Boolean);
  const installed = searched.find(isExecutable);
  if (installed) return { from: 'installed', path: installed };
  const looked = searched.length ? `nothing executable at ${searched.join(', ')}` : 'no place to look for an installed one';
  // The package's binary is built for Linux x64 only.
  if (platform === 'linux' && arch === 'x64') {
    if (world.packageDir) return { from: 'package', packageDir: world.packageDir };
    throw new Error(`No Chromium for the browser tests (${looked}), and the optional dependency @sparticuz/chromium is not installed: run npm install, or set CHROMIUM_PATH.`);
  }
  throw new Error(`No Chromium for the browser tests (${looked}). Install Google Chrome, or set CHROMIUM_PATH to a Chrome or Chromium binary.`);
}

/**
 * Makes `dir` by running `fill` on an empty folder beside it and renaming that into place, so that a run
 * stopped halfway leaves nothing `dir` would be mistaken for, and two runs at once both end with one whole copy.
 * Returns whether it filled `dir` (false: it was there already).
 */
export async function fillOnce(dir: string, fill: (into: string) => Promise<void>): Promise<boolean> {
  if (existsSync(dir)) return false;
  mkdirSync(dirname(dir), { recursive: true });
  const partial = mkdtempSync(`${dir}.partial-`);
  try {
    await fill(partial);
    renameSync(partial, dir);
    return true;
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    // Another run renamed its copy into place first: use that one.
    if (existsSync(dir)) return false;
    throw error;
  }
}

export interface ChromiumExecutable {
  path: string;
  /** Extra environment for the browser process (the packaged Chromium's libraries and fonts). */
  env: Record<string, string>;
  /** One line for the test output: which Chromium, from where. */
  description: string;
}

const ROOT = join(__dirname, '..');
const CACHE = join(ROOT, 'node_modules/.cache/clever-triage');

function packageDir(): string | null {
  try {
    // The package's exports hide its package.json; its main file is build/cjs/index.cjs.
    return join(dirname(require.resolve('@sparticuz/chromium')), '../..');
  } catch {
    return null;
  }
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

async function unbrotli(from: string, to: NodeJS.WritableStream): Promise<void> {
  await pipeline(createReadStream(from), createBrotliDecompress(), to);
}

/**
 * The package's own executablePath() would unpack into the system's temporary folder (shared with anything else on
 * the machine) and unpack the NSS and expat libraries the binary links against only on AWS Lambda; a machine with
 * nothing but Node lacks them too. So its three archives are unpacked here, into the cache.
 */
async function unpackPackage(packageDir: string): Promise<{ dir: string; unpacked: boolean }> {
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const dir = join(CACHE, `chromium-${version}`);
  const bin = join(packageDir, 'bin');
  const { extract } = await import('tar-fs');
  const unpacked = await fillOnce(dir, async (into) => {
    await unbrotli(join(bin, 'chromium.br'), createWriteStream(join(into, 'chromium'), { mode: 0o755 }));
    await unbrotli(join(bin, 'al2023.tar.br'), extract(into)); // lib/
    await unbrotli(join(bin, 'fonts.tar.br'), extract(join(into, 'fonts')));
    // The archive's fonts.conf names /tmp/fonts; this one names where the fonts are, and the system's fonts if any.
    writeFileSync(
      join(into, 'fonts/fonts.conf'),
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n  <dir>${join(dir, 'fonts')}</dir>\n</fontconfig>\n`,
    );
  });
  return { dir, unpacked };
}

export async function findChromium(): Promise<ChromiumExecutable> {
  const choice = chooseChromium({ env: process.env, platform: process.platform, arch: process.arch, isExecutable, packageDir: packageDir() });
  if (choice.from !== 'package') return { path: choice.path, env: {}, description: `${choice.path} (${choice.from})` };
  const { dir, unpacked } = await unpackPackage(choice.packageDir);
  return {
    path: join(dir, 'chromium'),
    env: {
      LD_LIBRARY_PATH: [join(dir, 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
      FONTCONFIG_FILE: join(dir, 'fonts/fonts.conf'),
    },
    description: `${join(dir, 'chromium')} (@sparticuz/chromium, ${unpacked ? 'unpacked now' : 'unpacked by an earlier run'})`,
  };
}
