/**
 * Data between the processes of one build, as files: the shares write their pages' data
 * and their search documents, and the layout and indexing processes read them. So the
 * build's parent never holds them (its memory would stay grown beside Astro and Pagefind),
 * and each indexing process holds one locale's documents at a time.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Article } from '../core/model.ts';
import { ReportLines } from './build-report.ts';
import { LocaleLines } from '../pages/locale-lines.ts';
import type { SearchDocument } from '../search/index-locale.ts';
import { PROJECT_ROOT } from '../process/project-root.ts';
import type { Share } from '../pages/share.ts';
import { canonicalTag } from '../page-data/locales.ts';
import { pageUrl } from '../page-data/page-url.ts';
import type { SiteAlternate, SitePage } from '../page-data/site-data.ts';

export interface DocumentFile {
  locale: string;
  file: string;
  bytes: number;
}

/** Where one build's files go: one folder per output folder. */
export function stepFilesDir(outDir: string): string {
  return join(
    PROJECT_ROOT,
    '.errata-cache',
    `step-files-${createHash('sha1').update(resolve(outDir)).digest('hex').slice(0, 12)}`,
  );
}

function write(outDir: string, name: string, data: unknown): string {
  const dir = stepFilesDir(outDir);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  // A new file, never the old one written over: a documents file may live on, linked, as the
  // search documents kept for the next build (render/kept-documents.ts).
  rmSync(file, { force: true });
  writeFileSync(file, JSON.stringify(data));
  return file;
}

export function writeDocuments(
  outDir: string,
  locale: string,
  share: Share,
  documents: SearchDocument[],
): DocumentFile {
  const file = write(outDir, `documents-${locale}-${share.index}-of-${share.count}.json`, documents);
  return { locale, file, bytes: statSync(file).size };
}

export function readDocuments(files: readonly DocumentFile[]): SearchDocument[] {
  return files.flatMap((f) => JSON.parse(readFileSync(f.file, 'utf8')) as SearchDocument[]);
}

/**
 * A page as its step file holds it: its alternates as their locales, when each is that
 * locale's page of the same slug (every page's are, but a page made otherwise keeps its
 * own). At the docset's 36 locales the alternates were ~2.7 KB of a page's ~3.8 KB: a
 * two-locale batch's pages files went from 22 MB to 5 MB, a share's write from ~0.45 s to
 * ~0.11 s and the layout's read from ~0.6 s to ~0.35 s.
 */
type StoredPage = Omit<SitePage, 'alternates'> & { alternates: SiteAlternate[] | string[] };

export function writePages(outDir: string, share: Share, pages: SitePage[]): string {
  return write(outDir, `pages-${share.index}-of-${share.count}.json`, pages.map(storedPage));
}

export function readPages(files: readonly string[]): SitePage[] {
  // The pages of a slug in the batch's locales have the same alternates: made once, shared.
  const made = new Map<string, SiteAlternate[]>();
  return files.flatMap((file) =>
    (JSON.parse(readFileSync(file, 'utf8')) as StoredPage[]).map((page) => {
      if (!page.alternates.every((a) => typeof a === 'string')) return page as SitePage;
      const key = `${page.slug}\0${page.alternates.join()}`;
      let alternates = made.get(key);
      if (!alternates) {
        alternates = page.alternates.map((locale) => ({
          locale,
          hreflang: canonicalTag(locale),
          url: pageUrl(locale, page.slug),
        }));
        made.set(key, alternates);
      }
      return { ...page, alternates };
    }),
  );
}

function storedPage(page: SitePage): StoredPage {
  const derived = page.alternates.every(
    (a) => a.url === pageUrl(a.locale, page.slug) && a.hreflang === canonicalTag(a.locale),
  );
  return derived ? { ...page, alternates: page.alternates.map((a) => a.locale) } : page;
}

/** The build report's lines, from the check until the report is written (locale-lines.ts). */
export function reportLines(outDir: string): ReportLines {
  return new ReportLines(join(stepFilesDir(outDir), 'report'));
}

/** Lines of another kind a step keeps on disk a locale at a time, under `name` (locale-lines.ts). */
export function localeLines<T>(outDir: string, name: string, localeOf: (item: T) => string): LocaleLines<T> {
  return new LocaleLines(join(stepFilesDir(outDir), name), localeOf);
}

/** A batch's checked articles, from its check until its shares render them (locale-batches.ts). */
export function writeArticles(outDir: string, batch: number, articles: Article[]): string {
  return write(outDir, `articles-${batch}.json`, articles);
}

/** `remove`: the file is read once; it goes as soon as it is read. */
export function readArticles(file: string, { remove = false } = {}): Article[] {
  const articles = JSON.parse(readFileSync(file, 'utf8')) as Article[];
  if (remove) rmSync(file, { force: true });
  return articles;
}

/** Step files that have been read, before the build's end removes the folder. */
export function removeReadStepFiles(files: readonly string[]): void {
  for (const file of files) rmSync(file, { force: true });
}

export function removeStepFiles(outDir: string): void {
  rmSync(stepFilesDir(outDir), { recursive: true, force: true });
}
