import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The JavaScript a location's page loads before anything else: the `<script src>` of its
 * html that are part of the build. The ZAF SDK comes from Zendesk's CDN, the same for every
 * app, and lazy chunks load only when asked for: neither is counted there. The lazy chunks a
 * screen needed are counted apart, from the files the browser fetched for it.
 */

export interface ScriptCost {
  /** Relative to the app directory, e.g. assets/app.1a2b3c4d.js */
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface JsCost {
  scripts: ScriptCost[];
  gzipBytes: number;
}

/** The `src` of every classic or module script in the page, in document order. */
export function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>/gi)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

const isRemote = (src: string): boolean => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(src);

/** gzip at level 9 (`gzip -9`): what the bytes cost on the wire at best. */
export function gzipSize(content: Buffer): number {
  return gzipSync(content, { level: 9 }).length;
}

/** The cost of the build's files at `paths` (absolute, inside `root`). */
function costOf(root: string, paths: readonly string[]): JsCost {
  const scripts = paths.map((path): ScriptCost => {
    const content = readFileSync(path);
    return { file: path.slice(root.length + 1), bytes: content.length, gzipBytes: gzipSize(content) };
  });
  return { scripts, gzipBytes: scripts.reduce((sum, s) => sum + s.gzipBytes, 0) };
}

/** The initial JavaScript of the page at `page` (relative to `appDir`, e.g. assets/iframe.html). */
export function initialJs(appDir: string, page = 'assets/iframe.html'): JsCost {
  const html = readFileSync(join(appDir, page), 'utf8');
  const root = resolve(appDir);
  const paths = scriptSources(html)
    .filter((src) => !isRemote(src))
    .map((src) => {
      const path = resolve(dirname(join(root, page)), src.split(/[?#]/)[0] ?? src);
      if (!path.startsWith(`${root}/`)) throw new Error(`${page} loads ${src}, which is outside ${appDir}`);
      return path;
    });
  if (paths.length === 0) throw new Error(`${page} in ${appDir} loads no script of the build`);
  return costOf(root, paths);
}

/**
 * The lazy chunks among `fetched` (files the browser fetched, relative to `appDir`): the build's
 * scripts that are not part of `initial`.
 */
export function lazyJs(appDir: string, fetched: readonly string[], initial: JsCost): JsCost {
  const root = resolve(appDir);
  const atStart = new Set(initial.scripts.map((s) => s.file));
  const chunks = [...new Set(fetched)].filter((file) => file.endsWith('.js') && !atStart.has(file)).sort();
  return costOf(root, chunks.map((file) => join(root, file)));
}
