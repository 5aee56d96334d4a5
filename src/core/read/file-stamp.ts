/**
 * What says a file is the one read before without reading it again: its inode, size and
 * modification and change times, as git's index does. A build after a one-article change
 * otherwise reads and hashes every file of the docset twice (the check cache, the staleness
 * pass) only to learn they did not change: ~1.5 s of a 3.8 s check on the five-locale corpus,
 * where looking up the stamps takes ~0.5 s.
 *
 * A stamp is only given for a file that last changed well before it is taken. A file written
 * in the same moment it is read could be written again within the file system's time
 * granularity (a second or two on some) without its times moving; such a file has no stamp,
 * and is read and hashed as before. The change time is set by the system on every write
 * and cannot be set back, so a tool that restores a modification time still changes the stamp.
 */
import { statSync, type Stats } from 'node:fs';

/** How long after its last change a file's stamp is trusted: above any file system's time granularity. */
const TRUSTED_AFTER_MS = 3000;

/** The stamp of `path`, taken before reading it; undefined when it cannot be trusted or the file cannot be read. */
export function fileStamp(path: string): string | undefined {
  try {
    return stampOf(statSync(path));
  } catch {
    return undefined;
  }
}

/** The stamp in a file's stats (from the descriptor it is read through, which costs no second look-up of its path). */
export function stampOf(stats: Stats, now = Date.now()): string | undefined {
  if (!stats.isFile() || Math.max(stats.mtimeMs, stats.ctimeMs) > now - TRUSTED_AFTER_MS) return undefined;
  return `${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}`;
}
