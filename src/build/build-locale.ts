/**
 * Builds the pages of a group of locales, and the root pages, into the output folder with
 * Astro. For large content `errata build` runs one group per core, each in its own
 * process, so memory stays bounded by a group and every core works.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyMedia } from './copy-media.ts';
import { pageHash } from './page-manifest.ts';
import { prepareLocalePages } from './prepare-locale.ts';
import type { Article } from '../core/model.ts';
import type { SiteFacts } from './site-data.ts';
import { setSiteData } from './site-store.ts';

export interface LocaleBuildRequest {
  contentDir: string;
  outDir: string;
  locales: string[];
  /** The checked articles of these locales to publish (bodies dropped; read again here). */
  articles: Article[];
  facts: SiteFacts;
  /** Threads for rendering inside this process. */
  workers?: number;
  /** The last build's page hashes for these locales; absent: write every page. */
  previous?: Record<string, string>;
}

export interface LocaleBuildResult {
  pages: number;
  /** Article pages written (the rest were unchanged since the last build). */
  written: number;
  manifest: Record<string, string>;
  timings: Record<string, number>;
}

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export async function buildLocales(request: LocaleBuildRequest): Promise<LocaleBuildResult> {
  const { pages, timings } = await prepareLocalePages({
    contentDir: request.contentDir, articles: request.articles, facts: request.facts, cacheDir: `${PROJECT_ROOT}.errata-cache`, workers: request.workers,
  });
  const manifest = Object.fromEntries(pages.map((page) => [page.url, pageHash(page)]));
  const emit = request.previous ? changedPages(request.outDir, request.previous, manifest) : undefined;
  setSiteData({ ...request.facts, pages, buildLocales: request.locales, ...(emit ? { emit } : {}) });
  const astroStarted = performance.now();
  const { build } = await import('astro');
  await build({
    root: PROJECT_ROOT,
    outDir: request.outDir,
    site: request.facts.site,
    // Each locale keeps its own content-layer store, so locales can build side by side.
    cacheDir: `${PROJECT_ROOT}node_modules/.astro/errata-${request.locales.join('+') || 'root'}`,
    logLevel: (process.env.ERRATA_ASTRO_LOG as 'info' | undefined) ?? 'warn',
    vite: { logLevel: 'warn', build: { emptyOutDir: false } },
  });
  const astroMs = performance.now() - astroStarted;
  const mediaStarted = performance.now();
  copyMedia(request.contentDir, request.outDir, request.locales, pages);
  return { pages: pages.length, written: emit?.size ?? pages.length, manifest, timings: { ...timings, astroMs, mediaMs: performance.now() - mediaStarted } };
}

/** The pages to write again, after removing the ones that no longer exist. */
function changedPages(outDir: string, previous: Record<string, string>, current: Record<string, string>): Set<string> {
  for (const url of Object.keys(previous)) {
    if (!(url in current)) rmSync(join(outDir, decodeURIComponent(url)), { recursive: true, force: true });
  }
  return new Set(Object.keys(current).filter((url) => previous[url] !== current[url] || !existsSync(join(outDir, decodeURIComponent(url), 'index.html'))));
}
