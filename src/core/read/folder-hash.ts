/**
 * One hash over a folder's files, names and bytes: what the caches between builds (the check's,
 * the render's, the search documents') compare to know that errata's code or the content's
 * registry is the one their entries were made with.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REGISTRY_FOLDER } from './content-files.ts';

/** Every file below `dir` that `include` takes (by its path below `dir`); a missing folder hashes as empty. */
export function folderHash(dir: string, include: (name: string) => boolean = () => true): string {
  const hash = createHash('sha1');
  try {
    for (const name of readdirSync(dir, { recursive: true }).map(String).sort()) {
      if (!include(name)) continue;
      try {
        hash
          .update(name)
          .update('\0')
          .update(readFileSync(join(dir, name)));
      } catch {
        // A folder entry: its files are listed on their own.
      }
    }
  } catch {
    // No such folder.
  }
  return hash.digest('base64url');
}

/** The content's error-code registry, as a hash of its files. */
export function registryVersion(contentDir: string): string {
  return folderHash(join(contentDir, REGISTRY_FOLDER));
}
