/** Writes the imported files into the locale folder, creating each folder once. */
import { closeSync, constants, lstatSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isInsideContent } from '../read/inside-content.ts';
import { errorCode, type SkippedFile } from './docset-files.ts';

/** Copies files into the locale folder; a file that fails is skipped with the reason, never fatal. */
export class FolderCopy {
  private readonly made = new Set<string>();
  private readonly from: string;
  private readonly to: string;
  private readonly skipped: SkippedFile[];

  private readonly contentDir: string;

  /** `to` is a folder of `contentDir`: nothing is written that resolves outside it. */
  constructor(from: string, to: string, skipped: SkippedFile[], contentDir: string) {
    this.contentDir = contentDir;
    this.from = from;
    this.to = to;
    this.skipped = skipped;
  }

  read(file: string): Buffer | undefined {
    let bytes: Buffer | undefined;
    this.attempt(file, 'read', () => {
      bytes = readNoFollow(join(this.from, file));
    });
    return bytes;
  }

  write(file: string, bytes: Uint8Array): boolean {
    return this.attempt(file, 'written', () => writeFileSync(this.prepare(file), bytes));
  }

  copy(file: string): boolean {
    return this.attempt(file, 'copied', () => writeFileSync(this.prepare(file), readNoFollow(join(this.from, file))));
  }

  /** Where `file` goes; throws when a symbolic link already in the content folder would take it outside. */
  private prepare(file: string): string {
    const path = join(this.to, file);
    const folder = dirname(path);
    if (!this.made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      if (!isInsideContent(this.contentDir, folder))
        throw Object.assign(new Error(`${folder} leads outside the content folder`), {
          code: 'a symbolic link leads outside the content folder',
        });
      this.made.add(folder);
    }
    if (lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink())
      throw Object.assign(new Error(`${path} is a symbolic link`), { code: 'a symbolic link is in its place' });
    return path;
  }

  private attempt(file: string, verb: string, action: () => void): boolean {
    try {
      action();
      return true;
    } catch (error) {
      this.skipped.push({ file, reason: `could not be ${verb} (${errorCode(error)})` });
      return false;
    }
  }
}

/**
 * The file's bytes, refusing a symbolic link (ELOOP): the listing skipped links, and a file
 * swapped for one since must not smuggle its target in either.
 */
function readNoFollow(path: string): Buffer {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}
