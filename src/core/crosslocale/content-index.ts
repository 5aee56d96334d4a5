/**
 * A light, site-wide view of the content: every locale's articles from their front matter
 * alone (the first few KB of each file). Root pages, language switchers and the status
 * matrix are built from it, so every shard of a split build computes them identically.
 */
import type { ArticleMeta } from '../model.ts';
import { parseFrontMatter } from '../parse/front-matter.ts';
import { isPageSlug, listLocaleFiles, listLocales } from '../read/content-files.ts';
import { readFrontMatterHead } from '../read/front-matter-head.ts';
import { validateFrontMatter } from '../schema/validate-front-matter.ts';
import { newestHashes } from './staleness.ts';

export interface IndexedArticle {
  file: string;
  locale: string;
  slug: string;
  isPage: boolean;
  stale: boolean;
  meta: Pick<ArticleMeta, 'title' | 'translation' | 'openLocFileHash' | 'lastHandoff' | 'robots'>;
}

export interface ContentIndex {
  locales: string[];
  articles: IndexedArticle[];
}

export function readContentIndex(contentDir: string, sourceLocale: string): ContentIndex {
  const locales = listLocales(contentDir);
  const articles: IndexedArticle[] = [];
  for (const locale of locales) {
    for (const input of listLocaleFiles(contentDir, locale)) {
      const text = readFrontMatterHead(input.absolute);
      if (text === undefined) continue;
      const fm = parseFrontMatter(input.file, text);
      if (fm.diagnostics.some((d) => d.severity === 'error')) continue;
      const isPage = isPageSlug(input.slug);
      const { meta } = validateFrontMatter(fm, { file: input.file, locale, isSourceLocale: locale === sourceLocale, isPage });
      // Only what the index offers: the whole front matter of every file would be most of its memory.
      const { title, translation, openLocFileHash, lastHandoff, robots } = meta;
      articles.push({ file: input.file, locale, slug: input.slug, isPage, stale: false, meta: { title, translation, openLocFileHash, lastHandoff, robots } });
    }
  }
  const newest = newestHashes(articles.map((a) => ({ file: a.file, slug: a.slug, hash: a.meta.openLocFileHash, lastHandoff: a.meta.lastHandoff })));
  for (const article of articles) {
    const newer = newest.get(article.slug);
    article.stale = article.meta.translation !== 'source' && Boolean(newer && article.meta.openLocFileHash && newer.hash !== article.meta.openLocFileHash);
  }
  return { locales, articles };
}
