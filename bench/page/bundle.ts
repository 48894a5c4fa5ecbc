import { join } from 'node:path';
import { build } from 'esbuild';
import { TARGET_GLOBAL, type Watch } from './types';

/**
 * The instrument as one browser script, bundled with the esbuild tsx ships (as harness/assets.ts
 * does for the host page). Handing Playwright a script text, not a function, keeps tsx's
 * helpers (`__name`) out of the page.
 */
export async function instrumentScript(): Promise<string> {
  const result = await build({
    entryPoints: [join(__dirname, 'instrument.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    logLevel: 'silent',
  });
  const out = result.outputFiles[0];
  if (!out) throw new Error('esbuild produced nothing for bench/page/instrument.ts');
  return out.text;
}

/** The init script for one run: what to watch for, then the instrument that reads it. */
export function initScript(instrument: string, watch: Watch): string {
  return `window[${JSON.stringify(TARGET_GLOBAL)}] = ${JSON.stringify(watch)};\n${instrument}`;
}
