import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

/**
 * The stand-in's browser code, bundled in memory at server start with the esbuild that tsx
 * already ships: the host script (TypeScript) and the ZAF SDK from npm, which is CommonJS
 * source with no browser build, wrapped so it sets `window.ZAFClient` like the CDN script.
 */

export const ROOT = join(__dirname, '..');

/** Where production loads the SDK from; the stand-in never lets a page fetch it. */
export const CDN_SDK = /https:\/\/static\.zdassets\.com\/zendesk_app_framework_sdk\/[^"'\s]*?zaf_sdk(?:\.min)?\.js/g;
export const LOCAL_SDK_PATH = '/harness/zaf_sdk.js';

export interface BrowserAssets {
  hostJs: string;
  sdkJs: string;
}

async function bundle(entry: string, globalName?: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    ...(globalName ? { globalName } : {}),
    logLevel: 'silent',
  });
  const out = result.outputFiles[0];
  if (!out) throw new Error(`esbuild produced nothing for ${entry}`);
  return out.text;
}

export async function buildBrowserAssets(): Promise<BrowserAssets> {
  const sdkEntry = require.resolve('zendesk_app_framework_sdk');
  const [hostJs, sdkJs] = await Promise.all([bundle(join(ROOT, 'harness/host/host.ts')), bundle(sdkEntry, 'ZAFClient')]);
  return { hostJs, sdkJs };
}

/** Swaps the CDN SDK for the local copy in an app page. */
export function rewriteAppHtml(html: string): string {
  return html.replace(CDN_SDK, LOCAL_SDK_PATH);
}

export interface AppLocations {
  ticket_sidebar: string;
  nav_bar: string | null;
}

/** The app's location URLs from its manifest (relative to the app root), or the defaults. */
export function appLocations(appDir: string): AppLocations {
  const fallback: AppLocations = { ticket_sidebar: 'assets/iframe.html', nav_bar: null };
  const file = join(appDir, 'manifest.json');
  if (!existsSync(file)) return fallback;
  try {
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { location?: { support?: Record<string, { url?: unknown }> } };
    const url = (name: string): string | null => {
      const u = manifest.location?.support?.[name]?.url;
      return typeof u === 'string' && !/^https?:/.test(u) ? u : null;
    };
    return { ticket_sidebar: url('ticket_sidebar') ?? fallback.ticket_sidebar, nav_bar: url('nav_bar') };
  } catch {
    return fallback;
  }
}

/** Labels and help text for settings from the app's translations, when there are any. */
export function settingLabels(): Record<string, { label?: string; helpText?: string }> {
  const file = join(ROOT, 'translations/en.json');
  if (!existsSync(file)) return {};
  try {
    const json = JSON.parse(readFileSync(file, 'utf8')) as { app?: { parameters?: Record<string, { label?: string; helpText?: string }> } };
    return json.app?.parameters ?? {};
  } catch {
    return {};
  }
}
