import manifest from '../../../manifest.json';

/**
 * The manifest's `domainWhitelist` as this package was built: ZAF does not give an app its manifest, but the package is
 * built from the repository's `manifest.json`, so the build embeds the list (webpack keeps only this property of the
 * JSON). Imported by the setup check alone, so it stays out of the first chunk.
 */
export const DOMAIN_WHITELIST: readonly string[] = (manifest as { domainWhitelist?: readonly string[] }).domainWhitelist ?? [];
