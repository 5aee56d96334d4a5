/**
 * The files of a locale whose number follows its number of articles: its list pages
 * (`/<locale>/articles/<n>/`, src/site/data/locale-index.ts) and its sitemap files after the
 * first (`sitemap-<n>.xml`, src/site/data/sitemap.ts). An incremental build that writes the
 * locale pages again removes the earlier ones first, so a locale that shrank keeps no page
 * past its last (a full build starts from an empty folder anyway).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const NUMBERED = /^(?:articles|sitemap-\d+\.xml)$/;

/** Paths relative to `outDir`. */
export function numberedLocalePages(outDir: string, locales: readonly string[]): string[] {
  return locales.flatMap((locale) => {
    const dir = join(outDir, locale);
    return existsSync(dir)
      ? readdirSync(dir)
          .filter((name) => NUMBERED.test(name))
          .map((name) => `${locale}/${name}`)
      : [];
  });
}
