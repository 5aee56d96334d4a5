/**
 * Copies each locale's media/ into the site, and — because the corpus was written on a
 * case-insensitive file system — also serves a file under the case an article links it
 * with, so `media/Foo.PNG` works on a case-sensitive web server when the file is `foo.png`.
 */
import { copyFileSync, existsSync, mkdirSync, statSync, utimesSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { mediaFiles } from '../../core/media/media-files.ts';
import type { SitePage } from '../../page-data/site-data.ts';

const LOCAL_URL = /\b(?:src|href)="(\/[^"?#]+)"/g;

/**
 * The locales' media folders, as they are: files whose size and time already match are
 * left alone, so a rebuild into the same output copies only what changed. `publishedDir`: the
 * site an incremental build updates, compared with (the copies go to `outDir`, its staging
 * folder). Returns the number of files copied.
 */
export function copyMediaFolders(contentDir: string, outDir: string, locales: string[], publishedDir = outDir): number {
  let copied = 0;
  for (const locale of locales) {
    // Only what the core publishes: safe types, inside the content folder (core/media/media-files.ts).
    for (const file of mediaFiles(contentDir, locale).files) {
      const from = join(contentDir, file);
      const to = join(outDir, file);
      const before = statSync(from);
      const after = statSync(join(publishedDir, file), { throwIfNoEntry: false });
      if (after && after.size === before.size && after.mtimeMs === before.mtimeMs) continue;
      mkdirSync(dirname(to), { recursive: true });
      copyFileSync(from, to);
      utimesSync(to, before.atime, before.mtime);
      copied++;
    }
  }
  return copied;
}

/**
 * A copy under the case each page links a media file with, where that differs: call the
 * returned function with each page written and its body HTML (read once, for both).
 */
export function mediaCaseAliases(
  contentDir: string,
  outDir: string,
  publishedDir = outDir,
): (page: SitePage, html: string) => void {
  const listings = new Map<string, Map<string, string>>();
  return (page, html) => {
    const prefix = `/${page.locale}/media/`;
    for (const match of html.matchAll(LOCAL_URL)) {
      const url = safeDecode(match[1]!);
      if (!url.toLowerCase().startsWith(prefix)) continue;
      const actual = mediaByLowerCase(contentDir, page.locale, listings).get(url.toLowerCase());
      const target = join(outDir, url);
      if (!actual || `/${actual}` === url || existsSync(target) || existsSync(join(publishedDir, url))) continue;
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(join(contentDir, actual), target);
    }
  };
}

/** `/zh-tw/media/foo.png` (lower case) → `zh-tw/media/Foo.png`, listed once per locale. */
function mediaByLowerCase(
  contentDir: string,
  locale: string,
  listings: Map<string, Map<string, string>>,
): Map<string, string> {
  let byLowerCase = listings.get(locale);
  if (!byLowerCase) {
    byLowerCase = new Map();
    for (const file of mediaFiles(contentDir, locale).files) byLowerCase.set(`/${file}`.toLowerCase(), file);
    listings.set(locale, byLowerCase);
  }
  return byLowerCase;
}

function safeDecode(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
