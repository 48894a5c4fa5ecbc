import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chooseChromium, fillOnce, INSTALLED_PATHS, type ChromiumWorld } from '../../e2e/chromium';

const PACKAGE = '/repo/node_modules/@sparticuz/chromium';

/** A Linux x64 machine with the package installed and the given executables; `over` changes any of it. */
function world(executables: string[], over: Partial<ChromiumWorld> = {}): ChromiumWorld {
  return { env: {}, platform: 'linux', arch: 'x64', isExecutable: (path) => executables.includes(path), packageDir: PACKAGE, ...over };
}

describe('which Chromium the browser tests drive', () => {
  it('takes CHROMIUM_PATH before an installed one', () => {
    expect(chooseChromium(world(['/opt/mine/chrome', '/usr/bin/chromium'], { env: { CHROMIUM_PATH: '/opt/mine/chrome' } }))).toEqual({
      from: 'CHROMIUM_PATH',
      path: '/opt/mine/chrome',
    });
  });

  it('fails on a CHROMIUM_PATH that is not an executable, rather than quietly using another browser', () => {
    expect(() => chooseChromium(world(['/usr/bin/chromium'], { env: { CHROMIUM_PATH: '/opt/typo' } }))).toThrow('CHROMIUM_PATH=/opt/typo is not an executable file.');
  });

  it('takes the first installed browser at the usual places on Linux, in their order', () => {
    expect(chooseChromium(world(['/usr/bin/google-chrome-stable', '/usr/bin/google-chrome']))).toEqual({ from: 'installed', path: '/usr/bin/google-chrome' });
    expect(chooseChromium(world(['/usr/bin/chromium', '/usr/bin/google-chrome']))).toEqual({ from: 'installed', path: '/usr/bin/chromium' });
  });

  it('finds Google Chrome in /Applications on macOS', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(chooseChromium(world([chrome, '/usr/bin/chromium'], { platform: 'darwin', arch: 'arm64' }))).toEqual({ from: 'installed', path: chrome });
  });

  it('falls back to the packaged Chromium on Linux x64 when nothing is installed', () => {
    expect(chooseChromium(world([]))).toEqual({ from: 'package', packageDir: PACKAGE });
  });

  it('looks only where CHROMIUM_SEARCH_PATHS says, and nowhere when it is empty', () => {
    expect(chooseChromium(world(['/usr/bin/chromium', '/x/chrome'], { env: { CHROMIUM_SEARCH_PATHS: '/y/chrome:/x/chrome' } }))).toEqual({
      from: 'installed',
      path: '/x/chrome',
    });
    expect(chooseChromium(world(['/usr/bin/chromium'], { env: { CHROMIUM_SEARCH_PATHS: '' } }))).toEqual({ from: 'package', packageDir: PACKAGE });
  });

  it('says to run npm install when the package was skipped on Linux x64', () => {
    expect(() => chooseChromium(world([], { packageDir: null }))).toThrow(
      `No Chromium for the browser tests (nothing executable at ${INSTALLED_PATHS.linux?.join(', ')}), and the optional dependency @sparticuz/chromium is not installed: run npm install, or set CHROMIUM_PATH.`,
    );
  });

  it('asks for an installed Chrome where the package has no binary (Linux arm64, macOS, Windows)', () => {
    const needsChrome = /Install Google Chrome, or set CHROMIUM_PATH/;
    expect(() => chooseChromium(world([], { arch: 'arm64' }))).toThrow(needsChrome);
    expect(() => chooseChromium(world([], { platform: 'darwin' }))).toThrow(needsChrome);
    expect(() => chooseChromium(world([], { platform: 'win32' }))).toThrow('No Chromium for the browser tests (no place to look for an installed one).');
  });
});

describe('the cache the packaged Chromium is unpacked into', () => {
  let parent: string;
  beforeEach(() => {
    parent = mkdtempSync(join(tmpdir(), 'chromium-cache-test-'));
  });
  afterEach(() => rmSync(parent, { recursive: true, force: true }));

  const writeBinary = async (into: string): Promise<void> => writeFileSync(join(into, 'chromium'), 'binary');

  it('is filled on first use and reused after', async () => {
    const dir = join(parent, 'cache/chromium-1');
    const fill = jest.fn(writeBinary);
    expect(await fillOnce(dir, fill)).toBe(true);
    expect(await fillOnce(dir, fill)).toBe(false);
    expect(fill).toHaveBeenCalledTimes(1);
    expect(readFileSync(join(dir, 'chromium'), 'utf8')).toBe('binary');
  });

  it('keeps nothing of an unpacking that failed halfway, so the next run starts over', async () => {
    const dir = join(parent, 'chromium-1');
    await expect(
      fillOnce(dir, async (into) => {
        writeFileSync(join(into, 'chromium'), 'half');
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(readdirSync(parent)).toEqual([]);
    expect(await fillOnce(dir, writeBinary)).toBe(true);
  });

  it('ends with one whole copy when two runs unpack at once', async () => {
    const dir = join(parent, 'chromium-1');
    const results = await Promise.all([fillOnce(dir, writeBinary), fillOnce(dir, writeBinary)]);
    expect(results.sort()).toEqual([false, true]);
    expect(readdirSync(parent)).toEqual(['chromium-1']);
    expect(existsSync(join(dir, 'chromium'))).toBe(true);
  });
});
