/**
 * Copies each locale's media/ into the site, and — because the corpus was written on a
 * case-insensitive file system — also serves a file under the case an article links it
 * with, so `media/Foo.PNG` works on a case-sensitive web server when the file is `foo.png`.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SitePage } from './site-data.ts';

const LOCAL_URL = /\b(?:src|href)="(\/[^"?#]+)"/g;

/** The locales' media folders, as they are. One share of a build does this. */
export function copyMediaFolders(contentDir: string, outDir: string, locales: string[]): number {
  let files = 0;
  for (const locale of locales) {
    const source = join(contentDir, locale, 'media');
    if (!existsSync(source)) continue;
    cpSync(source, join(outDir, locale, 'media'), { recursive: true });
    files += readdirSync(source, { recursive: true }).length;
  }
  return files;
}

/** A copy under the case each page links a media file with, where that differs. Each share does its own pages. */
export function aliasMediaCase(contentDir: string, outDir: string, pages: SitePage[]): number {
  let aliases = 0;
  const listings = new Map<string, Map<string, string>>();
  for (const page of pages) {
    const prefix = `/${page.locale}/media/`;
    for (const match of page.html.matchAll(LOCAL_URL)) {
      const url = safeDecode(match[1]!);
      if (!url.toLowerCase().startsWith(prefix)) continue;
      const actual = mediaByLowerCase(contentDir, page.locale, listings).get(url.toLowerCase());
      const target = join(outDir, url);
      if (!actual || `/${actual}` === url || existsSync(target)) continue;
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(join(contentDir, actual), target);
      aliases++;
    }
  }
  return aliases;
}

/** `/zh-tw/media/foo.png` (lower case) → `zh-tw/media/Foo.png`, listed once per locale. */
function mediaByLowerCase(contentDir: string, locale: string, listings: Map<string, Map<string, string>>): Map<string, string> {
  let byLowerCase = listings.get(locale);
  if (!byLowerCase) {
    byLowerCase = new Map();
    const source = join(contentDir, locale, 'media');
    if (existsSync(source)) {
      for (const name of readdirSync(source, { recursive: true }).map(String)) byLowerCase.set(`/${locale}/media/${name}`.toLowerCase(), `${locale}/media/${name}`);
    }
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
