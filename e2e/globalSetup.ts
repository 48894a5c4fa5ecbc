import { findChromium } from './chromium';

/** Finds the Chromium (unpacking the packaged one on first use) before any test file starts, and says which one runs. */
export default async function globalSetup(): Promise<void> {
  const found = await findChromium();
  console.log(`\nChromium for the browser tests: ${found.description}`);
}
