import JSZip from 'jszip';
import type { AppDir } from '../validate/rules';

/**
 * Zips an app directory the way Zendesk's upload expects: its files at the zip's root (manifest.json at the top,
 * not inside a folder). Entries are sorted and dated to a fixed moment, so the same build gives the same bytes.
 */
const FIXED_DATE = new Date('2000-01-01T00:00:00Z');

export async function zipApp(app: AppDir): Promise<Buffer> {
  const zip = new JSZip();
  for (const f of [...app.files].sort((a, b) => a.path.localeCompare(b.path))) {
    zip.file(f.path, f.bytes, { date: FIXED_DATE, createFolders: false });
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'UNIX' });
}

/** `<name>-<version>.zip`, from package.json's name and the manifest's version. */
export function zipName(packageName: string, version: string): string {
  const safe = (s: string): string => s.replace(/[^A-Za-z0-9._-]+/g, '-');
  return `${safe(packageName)}-${safe(version)}.zip`;
}
