import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Adds hosts to a manifest's `domainWhitelist`, keeping its order and writing nothing when each is there already;
 * says whether any was new (the repository's build embeds the list, so a new one means building again). The
 * validator then checks they are host names.
 */
export function allowDomains(manifestPath: string, hosts: readonly string[]): boolean {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { domainWhitelist?: string[] };
  const before = manifest.domainWhitelist ?? [];
  const after = [...new Set([...before, ...hosts])];
  if (after.length === before.length) return false;
  manifest.domainWhitelist = after;
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return true;
}
