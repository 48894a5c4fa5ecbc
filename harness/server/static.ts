import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { rewriteAppHtml, ROOT, type BrowserAssets } from '../assets';
import { CONTENT_TYPES, send } from './http';

/** Files: the host page (harness/host) at / and /harness/*, the built app under /app. */

export async function hostFile(res: ServerResponse, pathname: string, assets: BrowserAssets): Promise<void> {
  switch (pathname) {
    case '/':
    case '/index.html':
      return send(res, 200, await readFile(join(ROOT, 'harness/host/index.html')), CONTENT_TYPES['.html'] as string);
    case '/harness/host.css':
      return send(res, 200, await readFile(join(ROOT, 'harness/host/host.css')), CONTENT_TYPES['.css'] as string);
    case '/harness/host.js':
      return send(res, 200, assets.hostJs, CONTENT_TYPES['.js'] as string);
    case '/harness/zaf_sdk.js':
      return send(res, 200, assets.sdkJs, CONTENT_TYPES['.js'] as string);
    default:
      return send(res, 404, 'Not found', CONTENT_TYPES['.txt'] as string);
  }
}

/** A file of the built app, its pages with the CDN SDK swapped for the local copy. */
export async function appFile(res: ServerResponse, appDir: string, relative: string): Promise<void> {
  const root = resolve(appDir);
  const file = resolve(root, decodeURIComponent(relative));
  if (!file.startsWith(root + sep)) return send(res, 403, 'Forbidden', CONTENT_TYPES['.txt'] as string);
  if (!existsSync(file)) {
    const hint = existsSync(root) ? '' : ` The app is not built: run "npm run build" (looked in ${root}).`;
    return send(res, 404, `Not found: /app/${relative}.${hint}`, CONTENT_TYPES['.txt'] as string);
  }
  const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
  const content = await readFile(file);
  return send(res, 200, type.startsWith('text/html') ? rewriteAppHtml(content.toString('utf8')) : content, type);
}
