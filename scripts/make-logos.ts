/**
 * Draws the app's logos into assets/ (logo.png 320×320, logo-small.png 128×128, logo.svg).
 * Usage: npx tsx scripts/make-logos.ts [--check]   (--check: fail if the committed files differ from the drawing)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { logoFiles } from './logo/draw';

const root = join(__dirname, '..');
const check = process.argv.includes('--check');
let stale = 0;

for (const [file, bytes] of Object.entries(logoFiles())) {
  const path = join(root, file);
  if (check) {
    let current: Buffer | null = null;
    try {
      current = readFileSync(path);
    } catch {
      current = null;
    }
    if (!current || !current.equals(bytes)) {
      console.error(`error: ${file}: out of date; run npx tsx scripts/make-logos.ts`);
      stale += 1;
    }
  } else {
    writeFileSync(path, bytes);
    console.log(`wrote ${file}`);
  }
}
process.exitCode = stale > 0 ? 1 : 0;
