import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * The real Chromium the browser tests drive (../shared/reference.md: the apt package at
 * /usr/bin/chromium; no test tool can download a browser here). `CHROMIUM_PATH` overrides.
 * playwright's `launch` gives every run a fresh temporary profile (its own --user-data-dir).
 */

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `The browser tests need Chromium at ${path}, and it is not there. Install it with "apt-get install -y chromium" (as root), ` +
        'or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  return path;
}

export function launchChromium(): Promise<Browser> {
  // headless: true makes playwright pass --headless itself.
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
}
