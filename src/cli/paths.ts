/** Where the CLI finds things. */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from './usage.ts';

export function resolveContentDir(dir: string): string {
  const absolute = resolve(dir);
  if (!existsSync(absolute) || !statSync(absolute).isDirectory()) {
    throw new UsageError(`--content ${dir}: no such directory.`);
  }
  return absolute;
}
