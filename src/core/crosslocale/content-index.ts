/**
 * A light, site-wide view of the content: every locale's articles from their front matter
 * alone (the first few KB of each file). Root pages, language switchers and the status
 * matrix are built from it, so every shard of a split build computes them identically.
 */
import type { ArticleMeta } from '../model.ts';
import { parseFrontMatter } from '../parse/front-matter.ts';
import { isPageSlug, listLocaleFiles, listLocales, type ContentFile } from '../read/content-files.ts';
import { readFrontMatterHead } from '../read/front-matter-head.ts';
import { validateFrontMatter } from '../schema/validate-front-matter.ts';
import { newestHashes, type NewestHashes } from './staleness.ts';

export interface IndexedArticle {
  file: string;
  locale: string;
  slug: string;
  isPage: boolean;
  stale: boolean;
  meta: Pick<ArticleMeta, 'title' | 'translation' | 'openLocFileHash' | 'lastHandoff' | 'robots' | 'date'>;
}

export interface ContentIndex {
  locales: string[];
  articles: IndexedArticle[];
}

/**
 * `known`: entries already made from files the caller read (check-file.ts makes them with
 * `indexEntry` on the same front-matter head), by file; null for a file the index leaves out.
 * Every other file's head is read here.
 */
export function readContentIndex(
  contentDir: string,
  sourceLocale: string,
  known?: ReadonlyMap<string, IndexedArticle | null>,
): ContentIndex {
  const locales = listLocales(contentDir);
  const articles = locales.flatMap((locale) => localeIndexEntries(contentDir, locale, sourceLocale, known));
  markIndexStale(articles, newestOfIndex(articles));
  return { locales, articles };
}

/** One locale's entries, in the order of its files, not yet marked stale: `known` ones as they are, the rest from each file's head. */
export function localeIndexEntries(
  contentDir: string,
  locale: string,
  sourceLocale: string,
  known?: ReadonlyMap<string, IndexedArticle | null>,
): IndexedArticle[] {
  const entries: IndexedArticle[] = [];
  for (const input of listLocaleFiles(contentDir, locale)) {
    const entry = known?.has(input.file)
      ? known.get(input.file)
      : indexEntry(input, readFrontMatterHead(input.absolute), sourceLocale);
    if (entry) entries.push({ ...entry, stale: false });
  }
  return entries;
}

/** The newest handoff of each slug over entries (staleness.ts `newestHashes`), which may come a locale at a time. */
export function newestOfIndex(entries: Iterable<IndexedArticle>): NewestHashes {
  return newestHashes(handoffs(entries));
}

function* handoffs(entries: Iterable<IndexedArticle>) {
  for (const a of entries)
    yield { file: a.file, slug: a.slug, hash: a.meta.openLocFileHash, lastHandoff: a.meta.lastHandoff };
}

/** A translation is stale when a newer handoff of its slug carries another source hash. */
export function markIndexStale(entries: Iterable<IndexedArticle>, newest: NewestHashes): void {
  for (const article of entries) {
    const newer = newest.get(article.slug);
    article.stale =
      article.meta.translation !== 'source' &&
      Boolean(newer && article.meta.openLocFileHash && newer.hash !== article.meta.openLocFileHash);
  }
}

/** One file's entry from its front-matter head (front-matter-head.ts); null when the index leaves it out. */
export function indexEntry(input: ContentFile, head: string | undefined, sourceLocale: string): IndexedArticle | null {
  if (head === undefined) return null;
  const fm = parseFrontMatter(input.file, head);
  if (fm.diagnostics.some((d) => d.severity === 'error')) return null;
  const { meta } = validateFrontMatter(fm, {
    file: input.file,
    locale: input.locale,
    isSourceLocale: input.locale === sourceLocale,
    isPage: isPageSlug(input.slug),
  });
  return indexEntryOf(input, meta);
}

/**
 * The entry of a file whose front matter parsed without an error into `meta`, validated as
 * `indexEntry` validates it: what the check makes when the head is the whole file it parsed.
 */
export function indexEntryOf(input: ContentFile, meta: ArticleMeta): IndexedArticle {
  // Only what the index offers: the whole front matter of every file would be most of its memory.
  const { title, translation, openLocFileHash, lastHandoff, robots, date } = meta;
  const entry: IndexedArticle = {
    file: input.file,
    locale: input.locale,
    slug: input.slug,
    isPage: isPageSlug(input.slug),
    stale: false,
    meta: { title, translation, openLocFileHash, lastHandoff, robots, ...(date ? { date } : {}) },
  };
  // A copy: its values are slices of the head, and a slice keeps the whole head alive (~5 KB a
  // file: 400 MB for the 28 other locales of a two-locale build of the 30-locale corpus).
  return JSON.parse(JSON.stringify(entry)) as IndexedArticle;
}
