import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * The real Chromium the browser tests drive (../shared/reference.md: the apt package at
 * /usr/bin/chromium; no test tool can download a browser here). `CHROMIUM_PATH` overrides.
 * playwright's `launch` gives every run a fresh temporary profile (its own --user-data-dir).
 */

/**
 * playwright-core 1.65 turns Chromium's third-party storage partitioning off (its issue 32230),
 * and this Chromium then refuses localStorage to a cross-site iframe outright ("Access is denied
 * for this document"), where agents' Chrome gives the app its partitioned storage: the app in
 * the stand-in is cross-site to its host, as in Zendesk, so resume and a kept note could not
 * be tested. Chromium keeps the last --disable-features, so this list replaces playwright's:
 * the same features, less ThirdPartyStoragePartitioning.
 */
const DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
];

export const CHROMIUM_FLAGS = [
  `--disable-features=${DISABLED_FEATURES.join(',')}`,
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
