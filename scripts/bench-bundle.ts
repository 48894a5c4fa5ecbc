/**
 * The bundle budget alone, in about 30 s: builds the app and the baseline as `npm run bench` does and prints the
 * first chunk's gzip size against BUDGETS.bundle_ratio. For checking a change's cost while working; `npm run bench`
 * stays the measurement of record.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUDGETS, ratio } from '../bench/budgets';
import { buildBoth } from '../bench/build';
import { initialJs } from '../bench/bundle';

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-bundle-'));
  try {
    const { app, baseline } = await buildBoth(dir);
    const appBytes = initialJs(app).gzipBytes;
    const baseBytes = initialJs(baseline).gzipBytes;
    const limit = Math.floor(baseBytes * BUDGETS.bundle_ratio);
    const r = ratio(appBytes, baseBytes);
    console.log(`first chunk ${appBytes} B gzip, baseline ${baseBytes} B, ratio ${r} (budget ${BUDGETS.bundle_ratio}: ≤ ${limit} B, room ${limit - appBytes} B)`);
    process.exitCode = r <= BUDGETS.bundle_ratio ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
