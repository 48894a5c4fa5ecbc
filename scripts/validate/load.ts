import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { AppDir, AppFile } from './shared';

/**
 * Reads a directory into the shape the rules check. Symlinks are recorded, never followed: a symlink in an
 * upload is itself a violation, and following one could read outside the app.
 */
export function loadAppDir(root: string): AppDir {
  const files: AppFile[] = [];
  const walk = (dir: string, rel: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      const path = rel ? posix.join(rel, name) : name;
      const stat = lstatSync(full);
      if (stat.isSymbolicLink()) files.push({ path, kind: 'symlink', target: readlinkSync(full), bytes: Buffer.alloc(0) });
      else if (stat.isDirectory()) walk(full, path);
      else if (stat.isFile()) files.push({ path, kind: 'file', bytes: readFileSync(full) });
    }
  };
  walk(root, '');
  return { files };
}
