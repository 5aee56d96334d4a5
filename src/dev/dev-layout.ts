/**
 * `errata dev`'s layout run, in a process of its own (Astro changes the working directory
 * and keeps its bundler's memory): one locale's homes, 404 page, article lists, sitemap and
 * the root pages, as the build lays them out, plus the page frames the server asked for
 * (build/page-frames.ts), kept in the build's frame store so later builds and dev runs reuse
 * them. Only this locale is checked (through the check cache) and its pages prepared
 * (through a render store of dev's own): the site-wide facts come from the light content index.
 */
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../core/check/check-content.ts';
import { blocksPublishing } from '../core/check/publishable.ts';
import { moveInto } from '../build/output-folder.ts';
import { preparePages } from '../build/prepare-pages.ts';
import { PROJECT_ROOT } from '../build/project-root.ts';
import { siteFacts } from '../build/site-facts.ts';
import type { SitePage } from '../page-data/site-data.ts';
import { setSiteData } from '../page-data/site-store.ts';
import { framesDir } from './frames.ts';

export interface DevLayoutRequest {
  contentDir: string;
  locale: string;
  site: string;
  /** Where the laid-out pages go (dev's own folder, never the build's --out). */
  outDir: string;
  templateHash: string;
  /** Frames to lay out: shape id → the frame page (page-frames.ts `framePage`). */
  frames: Array<{ id: string; page: SitePage }>;
}

export interface DevLayoutResult {
  pages: number;
  frames: number;
  ms: number;
}

export async function devLayout(request: DevLayoutRequest): Promise<DevLayoutResult> {
  const started = performance.now();
  const cacheDir = join(PROJECT_ROOT, '.errata-cache');
  const { locale, contentDir } = request;
  const set = await checkContent({ contentDir, locales: [locale], cacheDir, indexEntries: true });
  const facts = siteFacts(contentDir, set.registry, request.site, set.indexed);
  const articles = set.files.filter((f) => f.locale === locale && f.article?.isPage && !f.diagnostics.some(blocksPublishing)).map((f) => f.article!);
  const { pages, bodies } = await preparePages({ contentDir, articles, facts, cacheDir: join(cacheDir, 'dev-layout') });
  bodies.close();

  const cwd = mkdtempSync(join(cacheDir, 'dev-astro-'));
  const before = process.cwd();
  process.chdir(cwd);
  const astroOut = join(cwd, 'site');
  try {
    const frames = request.frames.map(({ id, page }) => ({ url: `/${locale}/_frame-${id}/`, locale, slug: `_frame-${id}`, page }));
    setSiteData({ ...facts, pages, buildLocales: [locale], frames, localePages: true });
    const { build } = await import('astro');
    await build({
      root: PROJECT_ROOT,
      outDir: astroOut,
      site: facts.site,
      cacheDir: join(cwd, 'astro-cache'),
      logLevel: 'warn',
      vite: { logLevel: 'warn', build: { emptyOutDir: false } },
    });
    const store = join(framesDir(), request.templateHash);
    mkdirSync(store, { recursive: true });
    for (const frame of frames) {
      const folder = join(astroOut, locale, frame.slug);
      const html = readFileSync(join(folder, 'index.html'), 'utf8');
      rmSync(folder, { recursive: true, force: true });
      const file = join(store, `${frame.slug.slice('_frame-'.length)}.html`);
      writeFileSync(`${file}.${process.pid}.tmp`, html);
      renameSync(`${file}.${process.pid}.tmp`, file);
    }
    moveInto(astroOut, request.outDir);
  } finally {
    process.chdir(before);
    rmSync(cwd, { recursive: true, force: true });
  }
  return { pages: pages.length, frames: request.frames.length, ms: performance.now() - started };
}
