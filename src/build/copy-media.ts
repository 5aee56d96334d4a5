/**
 * Copies each locale's media/ into the site, and — because the corpus was written on a
 * case-insensitive file system — also serves a file under the case an article links it
 * with, so `media/Foo.PNG` works on a case-sensitive web server when the file is `foo.png`.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SitePage } from './site-data.ts';

const LOCAL_URL = /\b(?:src|href)="(\/[^"?#]+)"/g;

export function copyMedia(contentDir: string, outDir: string, locales: string[], pages: SitePage[]): { files: number; aliases: number } {
  let files = 0;
  let aliases = 0;
  for (const locale of locales) {
    const source = join(contentDir, locale, 'media');
    if (!existsSync(source)) continue;
    cpSync(source, join(outDir, locale, 'media'), { recursive: true });
    const byLowerCase = new Map<string, string>();
    for (const name of readdirSync(source, { recursive: true }).map(String)) {
      byLowerCase.set(`/${locale}/media/${name}`.toLowerCase(), `${locale}/media/${name}`);
      files++;
    }
    for (const page of pages) {
      if (page.locale !== locale) continue;
      for (const match of page.html.matchAll(LOCAL_URL)) {
        const url = safeDecode(match[1]!);
        if (!url.toLowerCase().startsWith(`/${locale}/media/`)) continue;
        const actual = byLowerCase.get(url.toLowerCase());
        const target = join(outDir, url);
        if (!actual || `/${actual}` === url || existsSync(target)) continue;
        mkdirSync(dirname(target), { recursive: true });
        copyFileSync(join(contentDir, actual), target);
        aliases++;
      }
    }
  }
  return { files, aliases };
}

function safeDecode(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
