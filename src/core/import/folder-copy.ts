/** Writes the imported files into the locale folder, creating each folder once. */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { errorCode, type SkippedFile } from './docset-files.ts';

/** Copies files into the locale folder; a file that fails is skipped with the reason, never fatal. */
export class FolderCopy {
  private readonly made = new Set<string>();
  private readonly from: string;
  private readonly to: string;
  private readonly skipped: SkippedFile[];

  constructor(from: string, to: string, skipped: SkippedFile[]) {
    this.from = from;
    this.to = to;
    this.skipped = skipped;
  }

  read(file: string): Buffer | undefined {
    let bytes: Buffer | undefined;
    this.attempt(file, 'read', () => {
      bytes = readFileSync(join(this.from, file));
    });
    return bytes;
  }

  write(file: string, bytes: Uint8Array): boolean {
    return this.attempt(file, 'written', () => writeFileSync(this.prepare(file), bytes));
  }

  copy(file: string): boolean {
    return this.attempt(file, 'copied', () => copyFileSync(join(this.from, file), this.prepare(file)));
  }

  private prepare(file: string): string {
    const path = join(this.to, file);
    const folder = dirname(path);
    if (!this.made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.made.add(folder);
    }
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
