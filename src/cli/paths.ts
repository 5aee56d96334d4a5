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

/** `--out`: a folder to build into; an empty value would be the working directory. */
export function resolveOutDir(dir: string): string {
  if (dir.trim() === '')
    throw new UsageError('--out needs a folder, e.g. --out dist (an empty value would mean the working directory).');
  return resolve(dir);
}

/** `--site`: the absolute http(s) URL the site is served from, e.g. https://docs.example.com. */
export function siteUrl(value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (
    !url ||
    (url.protocol !== 'https:' && url.protocol !== 'http:') ||
    !url.hostname ||
    url.search ||
    url.hash ||
    url.username ||
    url.password
  ) {
    throw new UsageError(
      `--site takes the absolute http(s) URL the site is served from, e.g. https://docs.example.com (got "${value}").`,
    );
  }
  return value;
}
