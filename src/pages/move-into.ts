/** Moving laid-out pages into a site folder: the build's publish step and dev's layout runs. */
import { copyFileSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Moves every file below `from` to the same place below `to`, replacing what is there (a
 * rename replaces a file whole: a reader sees the old file or the new one). Across file
 * systems (EXDEV) the file is copied beside its target first, then renamed over it.
 */
export function moveInto(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) {
      const there = statSync(target, { throwIfNoEntry: false });
      // A whole new folder moves at once; into an existing one, file by file.
      if (!there && renameOrCopy(source, target, true)) continue;
      if (there && !there.isDirectory()) rmSync(target, { force: true });
      moveInto(source, target);
    } else {
      const there = statSync(target, { throwIfNoEntry: false });
      if (there?.isDirectory()) rmSync(target, { recursive: true, force: true });
      renameOrCopy(source, target, false);
    }
  }
}

/** Renames; across file systems copies instead (a folder: returns false, to be moved file by file). */
function renameOrCopy(source: string, target: string, folder: boolean): boolean {
  try {
    renameSync(source, target);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    if (folder) {
      mkdirSync(target, { recursive: true });
      return false;
    }
    const temporary = `${target}.errata-${process.pid}.tmp`;
    copyFileSync(source, temporary);
    renameSync(temporary, target);
    return true;
  }
}
