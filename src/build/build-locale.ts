/**
 * Builds the pages of a group of locales, and the root pages, into the output folder with
 * Astro. For large content `errata build` runs one group per core, each in its own
 * process, so memory stays bounded by a group and every core works.
 */
import { fileURLToPath } from 'node:url';
import { copyMedia } from './copy-media.ts';
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
}

export interface LocaleBuildResult {
  pages: number;
  timings: Record<string, number>;
}

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export async function buildLocales(request: LocaleBuildRequest): Promise<LocaleBuildResult> {
  const { pages, timings } = await prepareLocalePages({
    contentDir: request.contentDir, articles: request.articles, facts: request.facts, cacheDir: `${PROJECT_ROOT}.errata-cache`, workers: request.workers,
  });
  setSiteData({ ...request.facts, pages, buildLocales: request.locales });
  const astroStarted = performance.now();
  const { build } = await import('astro');
  await build({
    root: PROJECT_ROOT,
    outDir: request.outDir,
    site: request.facts.site,
    // Each locale keeps its own content-layer store, so locales can build side by side.
    cacheDir: `${PROJECT_ROOT}node_modules/.astro/errata-${request.locales.join('+') || 'root'}`,
    logLevel: 'warn',
    vite: { logLevel: 'warn', build: { emptyOutDir: false } },
  });
  const astroMs = performance.now() - astroStarted;
  const mediaStarted = performance.now();
  copyMedia(request.contentDir, request.outDir, request.locales, pages);
  return { pages: pages.length, timings: { ...timings, astroMs, mediaMs: performance.now() - mediaStarted } };
}
