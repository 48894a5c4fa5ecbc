import { chromium, type Browser } from 'playwright-core';
import { findChromium, type ChromiumExecutable } from './chromium';

/**
 * The real Chromium the browser tests drive, found by ./chromium.ts. playwright's `launch` gives
 * every run a fresh temporary profile (its own --user-data-dir).
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

/** `found` for a caller that has already looked (to say which Chromium runs). */
export async function launchChromium(found?: ChromiumExecutable): Promise<Browser> {
  found ??= await findChromium();
  // headless: true makes playwright pass --headless itself.
  return chromium.launch({ executablePath: found.path, env: { ...process.env, ...found.env }, headless: true, args: CHROMIUM_FLAGS });
}
