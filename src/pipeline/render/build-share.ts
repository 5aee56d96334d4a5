/**
 * Renders a share of the article pages of some locales. For large content `errata build`
 * runs one process per core, each with an equal share of the pages, so every core renders;
 * the HTML goes to the share's render store on disk. A share answers with its pages'
 * data (no HTML) and which of them changed, and writes the search documents of the
 * locales whose index is written again to files (those of unchanged pages kept from the last
 * build: kept-documents.ts). Laying the site out is the next step's
 * (layout-site.ts), in a process of its own, once the shares have ended.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadRegistry, type Registry } from '../../core/codes/registry.ts';
import { searchDocuments } from '../../search/index-locale.ts';
import { writeDocuments, writePages, type DocumentFile } from '../step-files.ts';
import { listingHash, pageHash } from '../../pages/page-manifest.ts';
import { type Share } from '../../pages/share.ts';
import { preparePages } from '../../pages/prepare-pages.ts';
import { PROJECT_ROOT } from '../../process/project-root.ts';
import type { Article } from '../../core/model.ts';
import type { MarkdownEngine } from '../../core/render/index.ts';
import type { SiteFacts } from '../../page-data/site-data.ts';
import { askParent } from '../../process/child-process.ts';
import { KeptDocuments } from './kept-documents.ts';

const CACHE_DIR = `${PROJECT_ROOT}.errata-cache`;

export interface ShareBuildRequest {
  contentDir: string;
  outDir: string;
  locales: string[];
  /** This share's checked articles to publish (bodies dropped; read again here). */
  articles: Article[];
  facts: SiteFacts;
  /** Threads for rendering inside this process. */
  workers?: number;
  /** The Markdown engine (`errata build --markdown`). */
  markdown?: MarkdownEngine;
  /** Which pages this process renders. */
  share: Share;
  /** The last build's page hashes for this share; absent: write every page. */
  previous?: Record<string, string>;
  /** The site the last build published, when `outDir` is a staging folder for only what changed. */
  publishedDir?: string;
}

export interface ShareBuildResult {
  /** How many pages this share rendered, and the file with their data (no body HTML; step-files.ts). */
  pages: number;
  pagesFile: string;
  /** URLs of the pages to write (changed since the last build, or missing). */
  emit: string[];
  /** URLs of the last build's pages that no longer exist: deleted from the site when it is committed. */
  removed: string[];
  manifest: Record<string, string>;
  /** Files of search documents, one per locale whose index is written again (step-files.ts). */
  documents: DocumentFile[];
  timings: Record<string, number>;
}

/** The share's question: its pages are ready; which locales' search documents should it write? */
export interface SharePrepared {
  kind: 'prepared';
  /** This share's pages: URL → hash of the page, and of what lists of pages show of it. */
  pages: Record<string, { page: string; listing: string }>;
}

export interface SharePlan {
  /** Locales whose search index is written again: the share writes its documents of them. */
  index: string[];
}

export async function buildShare(request: ShareBuildRequest): Promise<ShareBuildResult> {
  const { pages, bodies, timings } = await preparePages({
    contentDir: request.contentDir,
    articles: request.articles,
    facts: request.facts,
    cacheDir: CACHE_DIR,
    workers: request.workers,
    share: request.share,
    fallbackLocales: request.locales,
    ...(request.markdown ? { markdown: request.markdown } : {}),
  });
  const manifest = Object.fromEntries(pages.map((page) => [page.url, pageHash(page)]));
  const emit = request.previous
    ? changedPages(request.publishedDir ?? request.outDir, request.previous, manifest)
    : new Set(pages.map((page) => page.url));
  const removed = request.previous ? Object.keys(request.previous).filter((url) => !(url in manifest)) : [];
  // Fallback pages are in no list and no search index (see fallback-pages.ts): they change neither.
  const listed = pages.filter((page) => !page.fallback);
  const plan = await askParent<SharePrepared, SharePlan>({
    kind: 'prepared',
    pages: Object.fromEntries(
      listed.map((page) => [page.url, { page: manifest[page.url]!, listing: listingHash(page) }]),
    ),
  });

  const searchStarted = performance.now();
  const kept = new KeptDocuments(CACHE_DIR, request.contentDir, request.share);
  let registry: Registry | undefined;
  // One locale at a time, so no more than one locale's documents are in memory at once.
  const documents = plan.index.map((locale) => {
    const file = writeDocuments(
      request.outDir,
      locale,
      request.share,
      kept.documents(
        locale,
        listed.filter((page) => page.locale === locale),
        manifest,
        (pages) =>
          searchDocuments(pages, (registry ??= loadRegistry(request.contentDir).registry), (page) => bodies.html(page)),
      ),
    );
    kept.keep(locale, file.file);
    return file;
  });
  bodies.close();
  const pagesFile = writePages(request.outDir, request.share, pages);
  return {
    pages: pages.length,
    pagesFile,
    emit: [...emit],
    removed,
    manifest,
    documents,
    timings: { ...timings, searchMs: performance.now() - searchStarted, documentsMade: kept.made },
  };
}

/** This share's pages to write again: changed, or missing from the published site. */
function changedPages(outDir: string, previous: Record<string, string>, current: Record<string, string>): Set<string> {
  return new Set(
    Object.keys(current).filter(
      (url) => previous[url] !== current[url] || !existsSync(join(outDir, decodeURIComponent(url), 'index.html')),
    ),
  );
}
