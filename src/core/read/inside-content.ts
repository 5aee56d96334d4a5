/**
 * errata reads and publishes only what is inside the content folder. A symbolic link is
 * judged by where it really leads: one that stays inside is followed like the file or
 * folder it names; one that leads outside — `outside.md → /etc/passwd`, `media → /home/me` —
 * is neither read nor published, and reported as `file-symlink-outside`. Everything that
 * walks the content folder (articles, media, the registry, the pretty formatter quoting a
 * line) asks here.
 */
import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { diagnostic } from '../diagnostics/rule-registry.ts';

/** Whether `path` is `folder` or below it (both already real, absolute paths). */
export function isWithin(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

const realRoots = new Map<string, string>();

/** The content folder's real path, once per process. */
export function realContentDir(contentDir: string): string {
  const key = resolve(contentDir);
  let real = realRoots.get(key);
  if (real === undefined) {
    try {
      real = realpathSync(key);
    } catch {
      // Not made yet (an import creates it): ask again next time.
      return key;
    }
    realRoots.set(key, real);
  }
  return real;
}

/**
 * Where `path` really is, when that is inside the content folder; `undefined` when it leads
 * outside. A path that does not resolve (a dangling link, a missing file) counts as inside:
 * reading it fails on its own, with nothing of the outside to show.
 */
export function realPathInside(contentDir: string, path: string): string | undefined {
  let real: string;
  try {
    real = realpathSync(resolve(contentDir, path));
  } catch {
    return resolve(contentDir, path);
  }
  return isWithin(realContentDir(contentDir), real) ? real : undefined;
}

export function isInsideContent(contentDir: string, path: string): boolean {
  return realPathInside(contentDir, path) !== undefined;
}

/** `file` relative to the content folder; `folder` when the link names a folder. */
export function symlinkOutside(file: string, folder: boolean): Diagnostic {
  const path = folder ? `${file.replace(/\/$/, '')}/` : file;
  return diagnostic({ file, line: 1, column: 1 }, 'file-symlink-outside', folder ? 'folder' : 'file', { path });
}
