/**
 * A content directory's pages, locale by locale, the way `errata build` prepares them for
 * Astro (check, publishable files, render through the cache): what the search index hook
 * receives, without running Astro.
 */
import { join } from 'node:path';
import { reportFile } from '../../../src/pipeline/build-report.ts';
import { preparePages, type PrepareOptions } from '../../../src/pages/prepare-pages.ts';
import type { SitePage } from '../../../src/page-data/site-data.ts';
import { siteFacts } from '../../../src/pages/site-facts.ts';
import { checkContent } from '../../../src/core/check/check-content.ts';
import type { Registry } from '../../../src/core/codes/registry.ts';

export const REPO = new URL('../../../', import.meta.url).pathname;

export interface PreparedLocales {
  registry: Registry;
  pages: Map<string, SitePage[]>;
}

/** `cacheDir`: the render cache; a benchmark gives its own, since builds running beside it rewrite the repository's. */
export async function preparedLocales(
  contentDir: string,
  locales?: string[],
  cacheDir = join(REPO, '.errata-cache'),
): Promise<PreparedLocales> {
  const set = await checkContent({ contentDir, locales });
  // The files a --keep-going build publishes.
  const published = new Set(set.files.filter((f) => reportFile(f, true).status === 'built').map((f) => f.file));
  const facts = siteFacts(contentDir, set.registry, 'https://errata.example');
  const pages = new Map<string, SitePage[]>();
  for (const locale of set.locales) {
    const articles = set.articles.filter((a) => a.locale === locale && published.has(a.file));
    pages.set(locale, await preparePagesWithHtml({ contentDir, articles, facts, cacheDir }));
  }
  return { registry: set.registry, pages };
}

/** Pages with their body HTML in memory, as Astro gets them (a few pages at once). */
async function preparePagesWithHtml(options: PrepareOptions): Promise<SitePage[]> {
  const { pages, bodies } = await preparePages(options);
  try {
    return pages.map((page) => ({ ...page, html: bodies.html(page) }));
  } finally {
    bodies.close();
  }
}
