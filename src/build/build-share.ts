/**
 * Builds a share of the article pages of some locales, their homes and the root pages,
 * into the output folder with Astro: Astro lays out the homes and root pages, and one page
 * frame per shape of article page that no earlier build has a frame for; the share writes
 * every article page from its frame (page-frames.ts). For large content `errata build` runs
 * one process per core, each with an equal share of the pages, so every core works and
 * each process holds the HTML of its share only.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRegistry } from '../core/codes/registry.ts';
import { searchDocuments, type SearchDocument } from '../search/index-locale.ts';
import { aliasMediaCase, copyMediaFolders } from './copy-media.ts';
import { listingHash, pageHash } from './page-manifest.ts';
import { inShare, type Share } from './share.ts';
import { preparePages } from './prepare-pages.ts';
import type { Article } from '../core/model.ts';
import type { SiteFacts } from './site-data.ts';
import { setSiteData } from './site-store.ts';
import { PageFrames } from './frame-store.ts';
import { askParent } from './child-process.ts';

export interface ShareBuildRequest {
  contentDir: string;
  outDir: string;
  locales: string[];
  /**
   * The checked articles to publish (bodies dropped; read again here): every one for the
   * first share, which writes the homes listing them all; this share's own for the others.
   */
  articles: Article[];
  facts: SiteFacts;
  /** Threads for rendering inside this process. */
  workers?: number;
  /** Which pages this process renders and writes; homes and root pages it writes in any case. */
  share: Share;
  /** The last build's page hashes for this share; absent: write every page. */
  previous?: Record<string, string>;
  /** Hash of the templates, UI strings and site facts: page frames made from others are not used. */
  templateHash: string;
}

export interface ShareBuildResult {
  pages: number;
  /** Article pages written (the rest were unchanged since the last build). */
  written: number;
  manifest: Record<string, string>;
  timings: Record<string, number>;
  /** Page frames Astro laid out (the other pages' shapes had frames from earlier builds). */
  frames: number;
  /** Whether Astro ran: not when every page's frame was at hand and no locale page is written. */
  astro: boolean;
}

/** The share's first question: its pages are ready; what should it write? */
export interface SharePrepared {
  kind: 'prepared';
  /** This share's pages: URL → hash of the page, and of what lists of pages show of it. */
  pages: Record<string, { page: string; listing: string }>;
  /** Pages this share would write (changed since the last build, or missing). */
  changed: number;
}

export interface SharePlan {
  /** Locales whose search index is written again: the share sends its documents of them. */
  index: string[];
  /** Write the locales' homes, 404 pages and sitemaps: one share of a build does. */
  localePages: boolean;
}

/** The share's second question: its pages as the search index needs them, for the locales in the plan. */
export interface ShareDocuments {
  kind: 'documents';
  documents: SearchDocument[];
}

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export async function buildShare(request: ShareBuildRequest): Promise<ShareBuildResult> {
  const { pages, bodies, timings } = await preparePages({
    contentDir: request.contentDir, articles: request.articles, facts: request.facts, cacheDir: `${PROJECT_ROOT}.errata-cache`,
    workers: request.workers, share: request.share,
  });
  const own = pages.filter((page) => inShare(page.url, request.share));
  const manifest = Object.fromEntries(own.map((page) => [page.url, pageHash(page)]));
  const emit = request.previous
    ? changedPages(request.outDir, request.previous, manifest, new Set(pages.map((p) => p.url)))
    : new Set(own.map((page) => page.url));
  const plan = await askParent<SharePrepared, SharePlan>({
    kind: 'prepared', changed: emit.size,
    pages: Object.fromEntries(own.map((page) => [page.url, { page: manifest[page.url]!, listing: listingHash(page) }])),
  });

  const searchStarted = performance.now();
  const index = new Set(plan.index);
  const documents = searchDocuments(own.filter((page) => index.has(page.locale)), loadRegistry(request.contentDir).registry, (page) => bodies.html(page));
  // The parent may index these while Astro writes pages here.
  await askParent<ShareDocuments, null>({ kind: 'documents', documents });
  const searchMs = performance.now() - searchStarted;

  const astroStarted = performance.now();
  const frames = new PageFrames(request, emit, pages, bodies);
  const astro = plan.localePages || frames.toRender.length > 0;
  if (astro) {
    setSiteData({ ...request.facts, pages, buildLocales: request.locales, frames: frames.toRender, localePages: plan.localePages });
    const { build } = await import('astro');
    await build({
      root: PROJECT_ROOT,
      outDir: request.outDir,
      site: request.facts.site,
      // Each share keeps its own content-layer store, so shares can build side by side.
      cacheDir: `${PROJECT_ROOT}node_modules/.astro/errata-${request.share.index}-of-${request.share.count}`,
      logLevel: (process.env.ERRATA_ASTRO_LOG as 'info' | undefined) ?? 'warn',
      vite: { logLevel: 'warn', build: { emptyOutDir: false } },
    });
    frames.collect();
  }
  const astroMs = performance.now() - astroStarted;
  const writeStarted = performance.now();
  frames.writePages(bodies);
  bodies.close();
  const writeMs = performance.now() - writeStarted;
  const mediaStarted = performance.now();
  if (request.share.index === 0) copyMediaFolders(request.contentDir, request.outDir, request.locales);
  aliasMediaCase(request.contentDir, request.outDir, own);
  const mediaMs = performance.now() - mediaStarted;
  return { pages: own.length, written: emit.size, frames: frames.toRender.length, manifest, astro, timings: { ...timings, searchMs, astroMs, writeMs, mediaMs } };
}

/** This share's pages to write again, after removing the pages that no longer exist at all. */
function changedPages(outDir: string, previous: Record<string, string>, current: Record<string, string>, all: Set<string>): Set<string> {
  for (const url of Object.keys(previous)) {
    if (!all.has(url)) rmSync(join(outDir, decodeURIComponent(url)), { recursive: true, force: true });
  }
  return new Set(Object.keys(current).filter((url) => previous[url] !== current[url] || !existsSync(join(outDir, decodeURIComponent(url), 'index.html'))));
}
